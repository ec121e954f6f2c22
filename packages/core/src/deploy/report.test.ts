import { describe, expect, it } from 'vitest';
import { newRunState, renderReport } from './report';

const row = (slug: string) => ({ slug, phase: 'canary', ssmStatus: 'Success', healthzOk: true, verifiedOnTarget: true });

function stateWith(batches: { phase: string; slugs: string[]; ok: boolean; attempts: number; error?: string }[]) {
  const state = newRunState('abcdef1234567890abcdef1234567890abcdef12', 'main', false, 0);
  state.rollout = { targetTag: 'staging-abcdef1', dryRun: false, enumerated: ['hongming', 'acme', 'globex'], batches, rows: [row('hongming')] };
  return state;
}

describe('the report of an interrupted rollout', () => {
  it('does not present a tenant whose call was in flight at the abort as untouched', () => {
    const state = stateWith([
      { phase: 'canary', slugs: ['hongming'], ok: true, attempts: 1 },
      { phase: 'batch-1', slugs: ['acme'], ok: false, attempts: 1, error: 'aborted' },
    ]);
    const report = renderReport(state, 'failed', 'aborted during rollout', 1);
    expect(report.tenants).toEqual([
      { slug: 'hongming', phase: 'canary', cpStatus: 'Success', healthzOk: true, verifiedOnTarget: true, result: 'rolled' },
      { slug: 'acme', result: 'not-rolled', problem: 'its redeploy call was in flight when the run was aborted: the control plane may still have applied it' },
      { slug: 'globex', result: 'not-rolled' },
    ]);
  });

  it('says the same of a call that got no usable answer', () => {
    const state = stateWith([{ phase: 'batch-1', slugs: ['acme'], ok: false, attempts: 4, error: 'POST redeploy-fleet: no answer within 600s' }]);
    const acme = renderReport(state, 'failed', 'batch-1 failed', 1).tenants.find((t) => t.slug === 'acme');
    expect(acme?.problem).toBe('its redeploy call got no usable answer (POST redeploy-fleet: no answer within 600s): the control plane may still have applied it');
  });
});
