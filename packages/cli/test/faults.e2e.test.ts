import type { SmokeCheckResult } from '@molecule/deploy-core';
import type { FaultSpec, RequestMatcher, RouteName, World } from '@molecule/deploy-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCanaryCell, REPOSITORIES, type CanaryCellRun } from './_faults/canaryCell';
import { cpRetries, isDryRun, isMutating, MATRIX_FAULTS, onlySlugs, previousImage, targetImage, type MatrixFault } from './_faults/cells';
import { runCliCell, type CliCellRun } from './_faults/cliCell';
import { runDeployCell, type DeployCellRun } from './_faults/deployCell';

// The fault matrix (issue 6): every external call × every fault, each in its own world, all
// at once. Each cell asserts (a) the outcome and that no side effect happened that the gates
// did not prove safe, (b) that the failure names the call, (c) that it ended in bounded time.
// The deploy cells run core's `deploy` with the real adapters (short deadlines: a hung
// request must cost 400 ms, not the CLI's 30 s default); the canary cells run `canaryVerify`
// with the real smoke, /buildinfo and ECR adapters.

/**
 * Every deploy cell, hung requests and retries included, ends well within this. The slowest
 * is a rate-limited branch head: it is read before every mutating call (lesson 6), and each
 * read waits out Retry-After on every bounded retry before it gives up.
 */
const BOUND_MS = 20_000;
/**
 * The canary cells: the AWS SDK backs off throttling for longer (it is the only retry layer
 * for ECR: 3 attempts per call, 4 pre-check reads).
 */
const CANARY_BOUND_MS = 15_000;
/** The tenant whose /buildinfo is faulted: the failure must name it, and only it. */
const FAULTED_TENANT = 'globex';

interface DeployCall {
  readonly name: string;
  /** What the failure message names (the CLI cells check it on the report's error). */
  readonly names: string;
  /** Mutating CP requests a failed run made: none before the gates pass, the canary's (retried) call, or the whole rollout. */
  readonly mutatingWhenFailed: (fault: MatrixFault) => number;
  readonly fault: (fault: MatrixFault) => FaultSpec;
  /** Whether the deploy still ends `deployed` despite this fault. */
  readonly survives: (fault: MatrixFault) => boolean;
  /** What a failed run must show (or, for a call whose faults are survived, what the report says about it). */
  readonly check: (run: DeployCellRun, fault: MatrixFault) => void;
}

const on = (service: FaultSpec['service'], match: FaultSpec['match'], fault: MatrixFault): FaultSpec => ({
  service,
  ...(match !== undefined ? { match } : {}),
  kind: fault.kind,
  ...(fault.status !== undefined ? { status: fault.status } : {}),
});

/** A call whose every fault is survived: its check then describes the deployed run. */
const ALWAYS = (): boolean => true;

const cpRequests = (w: World) => w.requests.filter((r) => r.service === 'cp');

const DEPLOY_CALLS: readonly DeployCall[] = [
  {
    name: 'Gitea commit statuses',
    names: 'GET commit statuses',
    mutatingWhenFailed: () => 0,
    fault: (f) => on('gitea', 'commit-statuses', f),
    // The transport retries a 503 flap on a GET; everything else keeps the gate shut.
    survives: (f) => f.kind === 'flap',
    check: ({ world, report }) => {
      expect(report.error?.message).toContain('GET commit statuses');
      expect(['status-read-failed', 'contexts-timeout']).toContain(report.error?.kind);
      expect(cpRequests(world)).toEqual([]);
    },
  },
  {
    name: 'Gitea kill-switch variable',
    names: 'GET actions variable',
    mutatingWhenFailed: () => 0,
    fault: (f) => on('gitea', 'actions-variable', f),
    survives: (f) => f.kind === 'flap',
    check: ({ world, report }) => {
      // Lesson 5: an unreadable live kill switch holds the deploy; the dry run was all the CP saw.
      expect(report.error?.kind).toBe('gate-failed');
      expect(report.error?.message).toMatch(/kill switch .* could not be read/);
      expect(report.error?.message).toContain('GET actions variable');
      expect(cpRequests(world).filter(isMutating)).toEqual([]);
      expect(cpRequests(world).filter(isDryRun)).toHaveLength(1);
    },
  },
  {
    name: 'Gitea branch head',
    names: 'GET branch',
    mutatingWhenFailed: () => 0,
    fault: (f) => on('gitea', 'branch', f),
    // Lesson 6: an unreadable head is NOT superseded; the deploy proceeds.
    survives: ALWAYS,
    check: ({ report }, f) => {
      expect(report.superseded?.superseded).toBe(false);
      if (f.kind !== 'flap') {
        expect(report.superseded?.detail).toContain('could not be read');
        expect(report.superseded?.detail).toContain('GET branch');
      }
    },
  },
  {
    name: 'CP enumeration (dry run)',
    names: 'POST redeploy-fleet',
    mutatingWhenFailed: () => 0,
    fault: (f) => on('cp', 'redeploy-fleet:dry-run', f),
    survives: (f) => f.kind === 'flap',
    check: ({ world, report }, f) => {
      expect(report.error?.kind).toBe('enumeration-failed');
      expect(report.error?.message).toContain('POST redeploy-fleet');
      expect(cpRequests(world).filter(isMutating)).toEqual([]);
      expect(cpRequests(world).filter(isDryRun)).toHaveLength(cpRetries(f) ? 4 : 1);
    },
  },
  {
    name: 'CP canary redeploy (mutating)',
    names: 'POST redeploy-fleet',
    mutatingWhenFailed: (f) => (cpRetries(f) ? 4 : 1),
    fault: (f) => on('cp', 'redeploy-fleet:mutating', f),
    survives: (f) => f.kind === 'flap',
    check: ({ world, report }, f) => {
      const mutating = cpRequests(world).filter(isMutating);
      // Bounded retries of the canary call, and never a second batch.
      expect(mutating.map(onlySlugs)).toEqual(Array(cpRetries(f) ? 4 : 1).fill([world.slugs[0]]));
      expect(report.error?.kind).toBe('batch-failed');
      expect(report.error?.message).toMatch(/^canary \(hongming\) failed: POST redeploy-fleet/);
      expect(report.batches.map((b) => b.phase)).toEqual(['canary']);
      // The fault answered for the CP: no tenant changed.
      for (const slug of world.slugs) expect(world.fleet.runningImage(slug)).toBe(previousImage(world));
    },
  },
  {
    name: 'tenant /buildinfo',
    names: FAULTED_TENANT,
    // Canary, then 5 tenants in batches of 3: the rollout was fine, verification failed.
    mutatingWhenFailed: () => 3,
    fault: (f) => ({ ...on('tenant', undefined, f), match: (_method: string, path: string) => path === `/tenants/${FAULTED_TENANT}/buildinfo` }),
    survives: (f) => f.kind === 'flap',
    check: ({ world, report }) => {
      expect(report.error?.kind).toBe('fleet-unverified');
      expect(report.error?.message).toContain(`1 of ${world.slugs.length} tenants do not serve`);
      expect(report.error?.message).toContain(FAULTED_TENANT);
      const row = report.tenants.find((t) => t.slug === FAULTED_TENANT);
      expect(row?.result).not.toBe('verified');
      expect(row?.problem).toMatch(/buildinfo/);
      expect(report.tenants.filter((t) => t.result === 'verified')).toHaveLength(world.slugs.length - 1);
    },
  },
];

interface CanaryCall {
  readonly name: string;
  readonly arm: (fault: MatrixFault) => Parameters<typeof runCanaryCell>[0];
  readonly survives: (fault: MatrixFault) => boolean;
  readonly check: (run: CanaryCellRun, fault: MatrixFault) => void;
}

const latestUntouched = (run: CanaryCellRun) => {
  for (const repository of REPOSITORIES) expect(run.ecr.tagDigest(repository, 'latest')).toBe(run.latestBefore[repository]);
};

/**
 * Each canary gets two `/admin/liveness` requests: the liveness check's (with its bearer) and,
 * last in the suite, the auth gate's (without). A matcher sees no headers, so it counts them;
 * the cells check that every request faulted carried (or lacked) an Authorization header.
 */
function livenessRequest(which: 'with-bearer' | 'without-bearer'): RequestMatcher {
  const seen = new Map<string, number>();
  return (method, path) => {
    if (method !== 'GET' || !path.endsWith('/admin/liveness')) return false;
    const count = (seen.get(path) ?? 0) + 1;
    seen.set(path, count);
    return (count % 2 === 1) === (which === 'with-bearer');
  };
}

interface SmokeRoute {
  /** The route faulted: a testkit route name, or the auth gate's anonymous liveness request. */
  readonly route: RouteName | 'auth-gate';
  /** The check that must go red, and the start of its reason. */
  readonly check: SmokeCheckResult['check'];
  readonly reasonStart: string;
  /** What the check says of a 200 that is not the answer it needs (an HTML login page, cut or incomplete JSON). */
  readonly wrong200: string;
}

/** Every request of the canary smoke suite (control-plane.md). */
const SMOKE_ROUTES: readonly SmokeRoute[] = [
  { route: 'liveness', check: 'liveness', reasonStart: '', wrong200: '(not JSON|no subsystems map)' },
  { route: 'workspaces', check: 'workspaces', reasonStart: '', wrong200: '(not JSON|not a JSON array)' },
  { route: 'memories-commit', check: 'memory-round-trip', reasonStart: 'commit: ', wrong200: 'no id in the answer' },
  { route: 'memories-search', check: 'memory-round-trip', reasonStart: 'search: ', wrong200: 'probe not found' },
  { route: 'events', check: 'events', reasonStart: '', wrong200: '(not JSON|not a JSON array)' },
  // Any 200 to a request without a bearer is the C4 regression itself.
  { route: 'auth-gate', check: 'auth-gate', reasonStart: '', wrong200: 'expected 401, got 200' },
];

/** What a failed check says of each fault (the matrix's deadline is 400 ms). */
const smokeReason = (fault: MatrixFault, wrong200: string, expected: string): string => {
  if (fault.kind === 'reset') return 'request failed: network error';
  if (fault.kind === 'hang') return 'request failed: no answer within 400ms';
  const status = fault.kind === 'rate-limit' ? 429 : fault.kind === 'flap' ? 503 : fault.kind === 'html' && fault.status === 502 ? 502 : undefined;
  return status === undefined ? wrong200 : `expected ${expected}, got ${status}`;
};

/** A smoke fault costs at most one short deadline per canary: far below the registry cells' bound. */
const SMOKE_BOUND_MS = 5_000;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const smokeCall = ({ route, check, reasonStart, wrong200 }: SmokeRoute): CanaryCall => ({
  name: `canary smoke (${route === 'auth-gate' ? 'auth gate: liveness without a bearer' : route})`,
  arm: (f) => {
    // Fresh per cell: the liveness matchers count requests.
    const match = route === 'auth-gate' ? livenessRequest('without-bearer') : route === 'liveness' ? livenessRequest('with-bearer') : route;
    return { world: on('smoke', match, f) };
  },
  // Smoke checks are answers, not retried: even one 503 (a flap) is a red check.
  survives: () => false,
  check: (run, fault) => {
    expect(run.elapsedMs).toBeLessThan(SMOKE_BOUND_MS);
    // Rejected, never promoted, and the reason names the failing check.
    expect(run.outcome).toBe('rejected');
    expect(run.causeKind).toBe('smoke-red');
    expect(run.report.promotion).toBeUndefined();
    const expected = check === 'auth-gate' ? '401' : route === 'memories-commit' ? '2xx' : '200';
    expect(run.report.reason).toMatch(new RegExp(`smoke suite red \\(.*${escapeRegExp(`${check}: ${reasonStart}`)}${smokeReason(fault, wrong200, expected)}`));
    expect(run.report.reason).toMatch(/; latest untouched$/);
    // That check, and only that one, went red (on at least one canary).
    const red = new Set(run.report.smoke?.canaries.flatMap((c) => c.checks.filter((x) => !x.passed).map((x) => x.check)));
    expect([...red]).toEqual([check]);
    // The fault hit the request meant: only the auth gate's goes without a bearer.
    const faulted = run.world.requests.filter((r) => r.fault !== undefined);
    expect(faulted.map((r) => r.authorization === undefined)).toEqual(faulted.map(() => route === 'auth-gate'));
    // Rejected before the registry: not a single ECR call, so `latest` cannot have moved.
    expect(run.ecr.requests).toEqual([]);
    latestUntouched(run);
  },
});

const CANARY_CALLS: readonly CanaryCall[] = [
  ...SMOKE_ROUTES.map(smokeCall),
  {
    name: 'registry read (ECR BatchGetImage)',
    arm: (f) => ({ ecr: { match: 'BatchGetImage', kind: f.kind, ...(f.status !== undefined ? { status: f.status } : {}) } }),
    // The SDK (the only retry layer for ECR) gets through a flap.
    survives: (f) => f.kind === 'flap',
    check: (run) => {
      expect(run.outcome).toBe('failed');
      expect(run.causeKind).toBe('precheck-failed');
      expect(run.report.reason).toContain('refused before any change');
      expect(run.report.reason).toContain('ECR BatchGetImage');
      expect(run.ecr.requests.filter((r) => r.operation === 'PutImage')).toEqual([]);
      latestUntouched(run);
    },
  },
  {
    name: 'registry write (ECR PutImage)',
    arm: (f) => ({ ecr: { match: 'PutImage', kind: f.kind, ...(f.status !== undefined ? { status: f.status } : {}) } }),
    survives: (f) => f.kind === 'flap',
    check: (run) => {
      expect(run.outcome).toBe('failed');
      expect(run.report.reason).toContain('ECR PutImage');
      // Nothing moved (or, had anything moved, it was put back).
      latestUntouched(run);
      expect(run.report.promotion?.repositories.map((r) => r.state)).not.toContain('promoted');
    },
  },
];

/**
 * Faults that end quickly with the CLI's own default deadlines and retry delays (a hung
 * request would cost 30 s there, and a Gitea reset or 502 1 + 2 + 4 s per read).
 */
const CLI_FAULTS = MATRIX_FAULTS.filter((f) => ['rate-limit', 'flap', 'truncated', 'missing-fields'].includes(f.kind) || (f.kind === 'html' && f.status === 200));
const CLI_BOUND_MS = 25_000;

const deployRuns = new Map<string, DeployCellRun>();
const cliRuns = new Map<string, CliCellRun>();
const canaryRuns = new Map<string, CanaryCellRun>();
const key = (call: string, fault: MatrixFault) => `${call} × ${fault.label}`;

beforeAll(async () => {
  const started = performance.now();
  await Promise.all([
    ...DEPLOY_CALLS.flatMap((call) => MATRIX_FAULTS.map(async (fault) => deployRuns.set(key(call.name, fault), await runDeployCell(call.fault(fault))))),
    ...CANARY_CALLS.flatMap((call) => MATRIX_FAULTS.map(async (fault) => canaryRuns.set(key(call.name, fault), await runCanaryCell(call.arm(fault))))),
    ...DEPLOY_CALLS.flatMap((call) => CLI_FAULTS.map(async (fault) => cliRuns.set(key(call.name, fault), await runCliCell(call.fault(fault))))),
  ]);
  // The whole matrix, run concurrently, is fast.
  expect(performance.now() - started).toBeLessThan(30_000);
}, 60_000);

afterAll(async () => {
  await Promise.all([
    ...[...deployRuns.values(), ...cliRuns.values()].map((run) => run.world.close()),
    ...[...canaryRuns.values()].flatMap((run) => [run.world.close(), run.ecr.close()]),
  ]);
});

describe('fault matrix: deploy calls', () => {
  for (const call of DEPLOY_CALLS) {
    describe(call.name, () => {
      it.each(MATRIX_FAULTS.map((fault) => [fault.label, fault] as const))('%s', (_, fault) => {
        const run = deployRuns.get(key(call.name, fault));
        if (!run) throw new Error('cell did not run');
        // The fault was met at least once: a cell that never hit its fault would prove nothing.
        expect(run.world.requests.some((r) => r.fault === fault.kind)).toBe(true);
        expect(run.elapsedMs).toBeLessThan(BOUND_MS);
        if (call.survives(fault)) {
          expect(run.report.outcome).toBe('deployed');
          if (call.survives === ALWAYS) call.check(run, fault);
          expect(run.report.tenants.every((t) => t.result === 'verified')).toBe(true);
          // Every tenant rolled exactly once: a retried mutation never doubled a batch.
          const rolled = run.world.requests.filter((r) => isMutating(r) && r.fault === undefined).flatMap(onlySlugs);
          expect([...rolled].sort()).toEqual([...run.world.slugs].sort());
          for (const slug of run.world.slugs) expect(run.world.fleet.runningImage(slug)).toBe(targetImage(run.world));
        } else {
          expect(run.report.outcome).toBe('failed');
          expect(run.world.requests.filter(isMutating)).toHaveLength(call.mutatingWhenFailed(fault));
          call.check(run, fault);
        }
      });
    });
  }
});

describe('fault matrix: canary gate calls (smoke, registry)', () => {
  for (const call of CANARY_CALLS) {
    describe(call.name, () => {
      it.each(MATRIX_FAULTS.map((fault) => [fault.label, fault] as const))('%s', (_, fault) => {
        const run = canaryRuns.get(key(call.name, fault));
        if (!run) throw new Error('cell did not run');
        const faulted = [...run.world.requests, ...run.ecr.requests].some((r) => r.fault === fault.kind);
        expect(faulted).toBe(true);
        expect(run.elapsedMs).toBeLessThan(CANARY_BOUND_MS);
        if (call.survives(fault)) {
          expect(run.outcome).toBe('promoted');
          for (const repository of REPOSITORIES) {
            expect(run.ecr.tagDigest(repository, 'latest')).toBe(run.ecr.tagDigest(repository, `staging-${run.world.sha.slice(0, 7)}`));
          }
        } else {
          call.check(run, fault);
        }
      });
    });
  }
});

describe('fault matrix through the CLI (runCli in-process, default deadlines): exit code and report', () => {
  for (const call of DEPLOY_CALLS) {
    describe(call.name, () => {
      it.each(CLI_FAULTS.map((fault) => [fault.label, fault] as const))('%s', (_, fault) => {
        const run = cliRuns.get(key(call.name, fault));
        if (!run) throw new Error('cell did not run');
        expect(run.world.requests.some((r) => r.fault === fault.kind)).toBe(true);
        expect(run.elapsedMs).toBeLessThan(CLI_BOUND_MS);
        if (call.survives(fault)) {
          expect([run.code, run.report.outcome]).toEqual([0, 'deployed']);
        } else {
          expect([run.code, run.report.outcome]).toEqual([1, 'failed']);
          expect(run.report.error?.message).toContain(call.names);
          expect(run.world.requests.filter(isMutating)).toHaveLength(call.mutatingWhenFailed(fault));
        }
      });
    });
  }
});
