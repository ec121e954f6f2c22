import { errAsync, okAsync } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { fakeClock } from '../_testing/fakeClock';
import { fakeControlPlane } from '../_testing/fakeControlPlane';
import { fakeTenants } from '../_testing/fakeTenants';
import type { PortError } from '../errors/transport';
import type { BranchSource, BuildInfo, CommitHistorySource } from '../ports';
import { readFleet } from './readFleet';

const NEW = 'abcdef1234567890abcdef1234567890abcdef12';
const OLD = '1234567aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const TEMPLATE = 'https://{slug}.moleculesai.app';
const down: PortError = { kind: 'http', call: 'GET /buildinfo', path: '/buildinfo', status: 503 };

function fleet(serving: Record<string, BuildInfo | PortError>) {
  return fakeTenants({ serve: (slug) => serving[slug] ?? { gitSha: null } });
}

const head = (sha: string): BranchSource => ({ readBranchHead: () => okAsync(sha) });

describe('readFleet: what the fleet runs', () => {
  it('groups a mixed fleet by commit, largest first, marks the branch head and names the unreadable tenants', async () => {
    const tenants = fleet({
      hongming: { gitSha: NEW },
      acme: { gitSha: OLD },
      globex: { gitSha: OLD.toUpperCase() },
      initech: { gitSha: OLD },
      umbrella: { gitSha: 'dev' },
      hooli: down,
    });
    const snapshot = (
      await readFleet(
        { slugs: ['hongming', 'acme', 'globex', 'initech', 'umbrella', 'hooli'], tenantUrlTemplate: TEMPLATE, branch: 'main' },
        { tenants, clock: fakeClock(), branches: head(NEW) },
      )
    )._unsafeUnwrap();

    expect(snapshot.commits).toEqual([
      { sha: OLD, count: 3, slugs: ['acme', 'globex', 'initech'], branchHead: false },
      { sha: NEW, count: 1, slugs: ['hongming'], branchHead: true },
    ]);
    expect(snapshot.unreadable).toBe(2);
    expect(snapshot.tenants.filter((t) => 'problem' in t)).toEqual([
      { slug: 'umbrella', problem: expect.stringContaining('"dev"') },
      { slug: 'hooli', problem: 'GET /buildinfo: HTTP 503' },
    ]);
    expect(snapshot.branch).toEqual({ name: 'main', head: NEW });
  });

  it('reads each tenant once, never more than `concurrency` at a time', async () => {
    const slugs = Array.from({ length: 40 }, (_, i) => `tenant-${i}`);
    const tenants = fakeTenants({ serve: () => ({ gitSha: NEW }) });
    const snapshot = (await readFleet({ slugs, tenantUrlTemplate: TEMPLATE, concurrency: 4 }, { tenants, clock: fakeClock() }))._unsafeUnwrap();
    expect(tenants.reads).toHaveLength(40);
    expect(tenants.maxInFlight).toBeLessThanOrEqual(4);
    expect(snapshot.commits).toEqual([{ sha: NEW, count: 40, slugs }]);
    expect(snapshot.branch).toBeUndefined();
  });

  it('keeps grouping when the branch head cannot be read, and says why', async () => {
    const branches: BranchSource = { readBranchHead: () => errAsync({ kind: 'http', call: 'GET branch', path: '/branches/main', status: 500 }) };
    const snapshot = (
      await readFleet({ slugs: ['acme'], tenantUrlTemplate: TEMPLATE, branch: 'main' }, { tenants: fleet({ acme: { gitSha: NEW } }), clock: fakeClock(), branches })
    )._unsafeUnwrap();
    expect(snapshot.commits).toEqual([{ sha: NEW, count: 1, slugs: ['acme'] }]);
    expect(snapshot.branch).toEqual({ name: 'main', problem: 'GET branch: HTTP 500' });
  });

  it('starts no read after the deadline: the tenants left are named "not read before the deadline"', async () => {
    const clock = fakeClock();
    const tenants = fakeTenants({ serve: () => ({ gitSha: NEW }), onRead: () => clock.advance(2_000) });
    const snapshot = (await readFleet({ slugs: ['a', 'b', 'c'], tenantUrlTemplate: TEMPLATE, concurrency: 1, timeoutSeconds: 3 }, { tenants, clock }))._unsafeUnwrap();
    expect(tenants.reads.map((r) => r.slug)).toEqual(['a', 'b']);
    expect(snapshot.tenants[2]).toEqual({ slug: 'c', problem: 'not read before the deadline' });
  });

  it('refuses an empty list and a slug that could change the URL, before any read', async () => {
    const tenants = fleet({});
    for (const slugs of [[], ['acme/../admin']]) {
      const result = await readFleet({ slugs, tenantUrlTemplate: TEMPLATE }, { tenants, clock: fakeClock() });
      expect(result._unsafeUnwrapErr().kind).toBe('invalid-input');
    }
    expect(tenants.reads).toEqual([]);
  });

  it('ends `aborted` when the caller aborts', async () => {
    const controller = new AbortController();
    const tenants = fakeTenants({ serve: () => ({ gitSha: NEW }), onRead: () => controller.abort() });
    const result = await readFleet({ slugs: ['a', 'b'], tenantUrlTemplate: TEMPLATE }, { tenants, clock: fakeClock(), signal: controller.signal });
    expect(result._unsafeUnwrapErr()).toEqual({ kind: 'aborted', during: 'readFleet' });
  });

  it('lists the tenants with one dry run when no slugs are given, and never sends a mutating call', async () => {
    const controlPlane = fakeControlPlane({ fleet: ['hongming', 'acme'] });
    const tenants = fleet({ hongming: { gitSha: NEW }, acme: { gitSha: NEW } });
    const snapshot = (await readFleet({ tenantUrlTemplate: TEMPLATE }, { tenants, clock: fakeClock(), controlPlane }))._unsafeUnwrap();
    expect(snapshot.commits).toEqual([{ sha: NEW, count: 2, slugs: ['hongming', 'acme'] }]);
    expect(controlPlane.calls).toEqual([{ request: expect.objectContaining({ dry_run: true, confirm: true, target_tag: 'latest' }), mutating: false }]);
  });

  it('retries a 503 on the dry run (lesson 9), and fails typed when the control plane keeps failing, reading no tenant', async () => {
    const unavailable: PortError = { kind: 'http', call: 'POST /cp/admin/tenants/redeploy-fleet', path: '/cp/admin/tenants/redeploy-fleet', status: 503 };
    const controlPlane = fakeControlPlane({ fleet: ['acme'], reply: () => unavailable });
    const tenants = fleet({});
    const clock = fakeClock();
    const result = await readFleet({ tenantUrlTemplate: TEMPLATE, retryDelaysMs: [10, 20] }, { tenants, clock, controlPlane });
    expect(result._unsafeUnwrapErr()).toEqual({ kind: 'enumeration-failed', cause: unavailable });
    expect(controlPlane.calls).toHaveLength(3);
    expect(clock.sleeps).toEqual([10, 20]);
    expect(tenants.reads).toEqual([]);
  });

  it('needs either slugs or a control plane', async () => {
    const result = await readFleet({ tenantUrlTemplate: TEMPLATE }, { tenants: fleet({}), clock: fakeClock() });
    expect(result._unsafeUnwrapErr()).toMatchObject({ kind: 'invalid-input', issues: [{ path: 'slugs' }] });
  });

  it('counts how many commits each group is behind the head from the branch history, when it is there', async () => {
    const MID = 'c0ffee0000000000000000000000000000000000';
    const history: CommitHistorySource = { listBranchCommits: (_branch, limit) => okAsync([NEW, MID, OLD].slice(0, limit)) };
    const tenants = fleet({ a: { gitSha: NEW }, b: { gitSha: OLD }, c: { gitSha: OLD }, d: { gitSha: 'feedface'.padEnd(40, '0') } });
    const snapshot = (
      await readFleet({ slugs: ['a', 'b', 'c', 'd'], tenantUrlTemplate: TEMPLATE, branch: 'main' }, { tenants, clock: fakeClock(), branches: head(NEW), history })
    )._unsafeUnwrap();
    expect(snapshot.commits.map((c) => [c.sha.slice(0, 7), c.count, c.branchHead, c.behind])).toEqual([
      ['1234567', 2, false, 2],
      ['abcdef1', 1, true, 0],
      ['feedfac', 1, false, undefined],
    ]);
    expect(snapshot.branch).toEqual({ name: 'main', head: NEW, historyRead: 3 });
  });

  it('says why the history could not be read, and still marks the head', async () => {
    const history: CommitHistorySource = { listBranchCommits: () => errAsync({ kind: 'http', call: 'GET branch commits', path: '/commits', status: 404 }) };
    const snapshot = (
      await readFleet(
        { slugs: ['a'], tenantUrlTemplate: TEMPLATE, branch: 'main' },
        { tenants: fleet({ a: { gitSha: NEW } }), clock: fakeClock(), branches: head(NEW), history },
      )
    )._unsafeUnwrap();
    expect(snapshot.commits).toEqual([{ sha: NEW, count: 1, slugs: ['a'], branchHead: true }]);
    expect(snapshot.branch).toEqual({ name: 'main', head: NEW, historyProblem: 'GET branch commits: HTTP 404' });
  });
});
