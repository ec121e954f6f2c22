import { describe, expect, it } from 'vitest';
import { abortedReport } from './abortedReport';
import { createRunWatch, type WatchedRun } from './runWatch';

const deployRun: WatchedRun = { command: 'deploy', json: false, dryRun: false, imageRepositories: ['platform', 'platform-tenant'] };

describe('createRunWatch: mutating calls started and not finished, from core events', () => {
  it('a CP redeploy call is in flight from batch-start to batch-done; answered ones count as redeployed', () => {
    const watch = createRunWatch();
    watch.started(deployRun);
    watch.onEvent({ type: 'batch-start', phase: 'canary', index: 1, total: 3, slugs: ['hongming'] });
    watch.onEvent({ type: 'batch-done', phase: 'canary', index: 1, total: 3, ok: true, message: 'ok' });
    watch.onEvent({ type: 'batch-start', phase: 'batch-1', index: 2, total: 3, slugs: ['acme', 'globex'] });
    watch.onEvent({ type: 'retry', call: 'redeploy-fleet batch-1', attempt: 1, delayMs: 5, reason: '502' });
    expect(watch.snapshot()).toMatchObject({
      inFlight: ['control-plane redeploy-fleet batch-1 for acme, globex'],
      redeployed: ['hongming'],
      inFlightSlugs: ['acme', 'globex'],
    });
    watch.onEvent({ type: 'batch-done', phase: 'batch-1', index: 2, total: 3, ok: false, message: 'failed' });
    expect(watch.snapshot()).toMatchObject({ inFlight: [], redeployed: ['hongming'] });
  });

  it('a dry run changes nothing: its calls are never in flight', () => {
    const watch = createRunWatch();
    watch.started({ ...deployRun, dryRun: true });
    watch.onEvent({ type: 'batch-start', phase: 'canary', index: 1, total: 1, slugs: ['hongming'] });
    expect(watch.snapshot().inFlight).toEqual([]);
  });

  it('registry writes: every repository not yet reported, then those being put back', () => {
    const watch = createRunWatch();
    watch.started({ ...deployRun, command: 'promote' });
    watch.onEvent({ type: 'phase', phase: 'promote', message: 'promoting staging-abc1234 to latest in platform, platform-tenant' });
    expect(watch.snapshot().inFlight).toEqual(['registry write moving latest (promote) in platform, platform-tenant']);
    watch.onEvent({ type: 'info', message: 'platform: latest now points at staging-abc1234 (sha256:1)' });
    expect(watch.snapshot().inFlight).toEqual(['registry write moving latest (promote) in platform-tenant']);
    watch.onEvent({ type: 'warning', message: 'platform-tenant: PutImage failed' });
    expect(watch.snapshot().inFlight).toEqual([]);
    watch.onEvent({ type: 'phase', phase: 'restore', message: 'putting latest back in platform-tenant, platform' });
    expect(watch.snapshot().inFlight).toEqual(['registry write putting latest back (restore) in platform, platform-tenant']);
  });
});

describe('abortedReport', () => {
  it('says it was interrupted and names every call in flight and what was already redeployed', () => {
    const watch = createRunWatch();
    watch.started(deployRun);
    watch.onEvent({ type: 'batch-start', phase: 'canary', index: 1, total: 2, slugs: ['hongming'] });
    watch.onEvent({ type: 'batch-done', phase: 'canary', index: 1, total: 2, ok: true, message: 'ok' });
    watch.onEvent({ type: 'batch-start', phase: 'batch-1', index: 2, total: 2, slugs: ['acme\u001b[2K', 'glo\u009bbex'] });
    const report = abortedReport({ snapshot: watch.snapshot(), signal: 'SIGTERM', cutShort: 'grace-expired', graceMs: 8_000 });
    expect(report).toMatchObject({ command: 'deploy', outcome: 'failed', error: { kind: 'aborted' } });
    expect(report.reason).toBe(
      'aborted: interrupted by SIGTERM, and still running 8s later, so it was cut short; in flight and unanswered (each may have been applied): control-plane redeploy-fleet batch-1 for acme[2K, globex; already redeployed: hongming',
    );
    expect(JSON.stringify(report)).not.toMatch(/[\u001b\u0080-\u009f]/);
    expect(report.tenants).toEqual([
      { slug: 'hongming', result: 'rolled' },
      expect.objectContaining({ slug: 'acme[2K', result: 'unknown', problem: expect.stringContaining('may have been applied') }),
      expect.objectContaining({ slug: 'globex', result: 'unknown' }),
    ]);
  });

  it('a run with nothing in flight says so', () => {
    const report = abortedReport({ snapshot: { inFlight: [], redeployed: [], inFlightSlugs: [] }, signal: 'SIGINT', cutShort: 'second-signal', graceMs: 8_000 });
    expect(report.reason).toBe('aborted: interrupted by SIGINT, then ended at once by a second signal; no mutating call was in flight');
  });
});
