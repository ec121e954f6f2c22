import { describe, expect, it } from 'vitest';
import { fakeRegistry, indexBody, OCI_INDEX } from '../_testing/fakeRegistry';
import type { DeployEvent } from '../events';
import { rollbackLatest } from './rollbackLatest';

const OLD = '4c1d56e';
const CURRENT_TAG = 'staging-abcdef1';

/** `latest` on the current image; the older `staging-4c1d56e` still published. */
function world() {
  const registry = fakeRegistry();
  for (const repo of ['platform', 'platform-tenant']) {
    registry.seed(repo, `staging-${OLD}`, { mediaType: OCI_INDEX, body: indexBody(`${repo}-old`) });
    const current = registry.seed(repo, CURRENT_TAG, { mediaType: OCI_INDEX, body: indexBody(`${repo}-current`) });
    registry.seed(repo, 'latest', current);
  }
  return registry;
}

describe('rollbackLatest', () => {
  it('moves latest back to the older staging-<sha7> everywhere and reports a rollback', async () => {
    const registry = world();
    const events: DeployEvent[] = [];
    const report = (await rollbackLatest({ sha: OLD.toUpperCase() }, { registry, onEvent: (event) => events.push(event) }))._unsafeUnwrap();
    expect(report).toMatchObject({ action: 'rollback', sourceTag: `staging-${OLD}`, targetTag: 'latest' });
    expect(report.repositories.map((r) => [r.repository, r.state])).toEqual([
      ['platform', 'promoted'],
      ['platform-tenant', 'promoted'],
    ]);
    for (const repo of ['platform', 'platform-tenant']) {
      expect(registry.tagged(repo, 'latest')?.digest).toBe(registry.tagged(repo, `staging-${OLD}`)?.digest);
    }
    expect(events[0]).toEqual({ type: 'phase', phase: 'rollback', message: `rolling latest back to staging-${OLD} in platform, platform-tenant` });
  });

  it('refuses, moving nothing, when the older image is gone from one repository', async () => {
    const registry = fakeRegistry();
    registry.seed('platform', `staging-${OLD}`, { mediaType: OCI_INDEX, body: indexBody('p-old') });
    const error = (await rollbackLatest({ sha: OLD }, { registry }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'source-missing', repositories: ['platform-tenant'] });
    if (error.kind === 'invalid-input') throw new Error('unreachable');
    expect(error.message).toMatch(/^rollback to staging-4c1d56e refused before any change/);
    expect(error.progress.action).toBe('rollback');
    expect(registry.puts).toEqual([]);
  });

  it('names itself in invalid-input errors', async () => {
    const error = (await rollbackLatest({ sha: 'latest' }, { registry: world() }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'invalid-input', operation: 'rollbackLatest', issues: [{ path: 'sha' }] });
  });
});
