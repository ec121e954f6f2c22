import type { DeployEvent } from '@molecule/deploy-core';
import { describe, expect, it } from 'vitest';
import { createEventLog } from './eventLog';

const T0 = Date.UTC(2026, 10, 25, 12, 0, 0);

function logOf(events: readonly (DeployEvent | { at: number })[]) {
  const lines: string[] = [];
  let now = T0;
  const log = createEventLog({ write: (line) => lines.push(line), now: () => now });
  for (const item of events) {
    if ('at' in item) now = item.at;
    else log(item);
  }
  return lines;
}

describe('createEventLog', () => {
  it('writes one timestamped plain line per phase change', () => {
    expect(logOf([{ type: 'phase', phase: 'contexts', message: 'waiting for 2 contexts' }])).toEqual(['2026-11-25T12:00:00Z phase contexts: waiting for 2 contexts\n']);
  });

  it('writes one line per batch, retry, tenant problem and context change', () => {
    const lines = logOf([
      { type: 'context-state', context: 'CI / all-required (push)', state: 'pending' },
      { type: 'context-state', context: 'CI / all-required (push)', state: 'success', previous: 'pending' },
      { type: 'batch-start', phase: 'canary', index: 1, total: 3, slugs: ['hongming'] },
      { type: 'batch-done', phase: 'canary', index: 1, total: 3, ok: false, message: 'control plane halted' },
      { type: 'retry', call: 'POST redeploy-fleet', attempt: 1, delayMs: 5000, reason: 'HTTP 502' },
      { type: 'tenant-problem', slug: 'acme', problem: 'serves 1234567' },
      { type: 'kill-switch', source: 'live-variable', armed: true, detail: 'PROD_AUTO_DEPLOY_DISABLED is armed' },
    ]).map((line) => line.slice('2026-11-25T12:00:00Z '.length).trimEnd());
    expect(lines).toEqual([
      'context "CI / all-required (push)": pending',
      'context "CI / all-required (push)": pending -> success',
      'batch canary (1/3): rolling hongming',
      'batch canary (1/3): FAILED: control plane halted',
      'retry: POST redeploy-fleet, attempt 1 in 5s: HTTP 502',
      'tenant acme: serves 1234567',
      'kill switch (live-variable): ARMED: PROD_AUTO_DEPLOY_DISABLED is armed',
    ]);
  });

  it('logs status polls at most once a minute, so a 30-minute wait stays readable', () => {
    const poll = (n: number): DeployEvent => ({ type: 'contexts-poll', poll: n, satisfied: 0, required: 2, requests: n * 3 });
    const lines = logOf([poll(1), { at: T0 + 15_000 }, poll(2), { at: T0 + 60_000 }, poll(3), { at: T0 + 75_000 }, poll(4)]);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('poll 3, 0/2 green');
  });

  it('logs verification progress by quarter, not once per tenant', () => {
    const events: DeployEvent[] = Array.from({ length: 100 }, (_, i) => ({
      type: 'tenant-verified',
      slug: `t${i}`,
      sha: 'abcdef1',
      verified: i + 1,
      total: 100,
    }));
    const lines = logOf(events);
    expect(lines.map((l) => l.split(' ')[2])).toEqual(['25/100', '50/100', '75/100', '100/100']);
  });
});
