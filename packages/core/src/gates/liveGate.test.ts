import { describe, expect, it } from 'vitest';
import { fakeBranches, fakeVariables, httpError } from '../_testing/fakeGitea';
import type { MutationGateContext } from '../rollout/types';
import { mutationGate, type MutationGateDeps, type MutationGateInput } from './liveGate';

const SHA = 'abcdef0123456789abcdef0123456789abcdef01';
const NEWER = '9999999999999999999999999999999999999999';
const HEAD = { sha: SHA, branch: 'main' };

/** Before the canary: nothing redeployed yet. */
const FIRST: MutationGateContext = { phase: 'canary', slugs: ['hongming'], completed: [], redeployed: [], untouched: ['hongming', 'acme', 'globex'] };
/** Before batch 1, the canary already redeployed. */
const LATER: MutationGateContext = {
  phase: 'batch-1',
  slugs: ['acme', 'globex'],
  completed: [{ phase: 'canary', slugs: ['hongming'] }],
  redeployed: ['hongming'],
  untouched: ['acme', 'globex'],
};

function gate(input: Partial<MutationGateInput>, deps: MutationGateDeps, next: MutationGateContext = FIRST) {
  return mutationGate({ killSwitchValues: [], targetTag: 'staging-abcdef0', ...input }, deps)(next);
}

describe('mutationGate: the live gate before every mutating call', () => {
  it('lets the call through when the switch is clear and the branch still points at the commit, reading only', async () => {
    const variables = fakeVariables(null);
    const branches = fakeBranches(SHA);

    const decision = await gate({ head: HEAD }, { variables, branches });

    expect(decision._unsafeUnwrap()).toEqual({ proceed: true });
    // Two reads and nothing else: the gate itself never mutates (its deps have no mutating port).
    expect(variables.reads).toEqual(['PROD_AUTO_DEPLOY_DISABLED']);
    expect(branches.reads).toEqual(['main']);
  });

  it('stops before the first call when the live variable is armed, saying nothing was changed', async () => {
    const branches = fakeBranches(SHA);

    const decision = (await gate({ head: HEAD }, { variables: fakeVariables('true'), branches }))._unsafeUnwrap();

    expect(decision.proceed).toBe(false);
    expect(decision.proceed === false && decision.reason).toMatch(/^kill switch armed \(.*\): nothing was changed$/);
    // The switch decides first: no branch read once it is armed.
    expect(branches.reads).toEqual([]);
  });

  it('stops half-way when the switch is armed during the rollout, naming what already ran and warning of a mixed fleet', async () => {
    const warnings: string[] = [];

    const decision = (await gate({}, { variables: fakeVariables('yes'), onWarning: (message) => warnings.push(message) }, LATER))._unsafeUnwrap();

    expect(decision.proceed === false && decision.reason).toMatch(/^kill switch armed during the rollout .* after .*canary.*; 2 tenants not touched$/);
    expect(warnings).toEqual(['the fleet is mixed: 1 tenant(s) run staging-abcdef0, 2 do not; the rollout stopped for the kill switch']);
  });

  it('stops on an armed job-start value even when the live variable says clear', async () => {
    const decision = (await gate({ killSwitchValues: ['true'] }, { variables: fakeVariables('false') }))._unsafeUnwrap();

    expect(decision.proceed).toBe(false);
  });

  it('fails closed when the live variable cannot be read: an unreadable switch is not a clear one (lesson 5)', async () => {
    const branches = fakeBranches(SHA);

    const result = await gate({ head: HEAD }, { variables: fakeVariables(httpError(500, 'GET /repos/{owner}/{repo}/actions/variables/{name}')), branches });

    expect(result._unsafeUnwrapErr().kind).toBe('kill-switch-unreadable');
    expect(branches.reads).toEqual([]);
  });

  it('fails closed on a kill-switch word it does not know', async () => {
    const result = await gate({}, { variables: fakeVariables('maybe') });

    expect(result._unsafeUnwrapErr().kind).toBe('kill-switch-unreadable');
  });

  it('stops before the first call when the branch head moved, saying nothing was changed (lesson 6)', async () => {
    const decision = (await gate({ head: HEAD }, { variables: fakeVariables(null), branches: fakeBranches(NEWER) }))._unsafeUnwrap();

    expect(decision).toEqual({ proceed: false, reason: `superseded: main is now at ${NEWER}; nothing was changed` });
  });

  it('stops half-way when the branch head moved during the rollout, naming what this job already redeployed', async () => {
    const decision = (await gate({ head: HEAD }, { variables: fakeVariables(null), branches: fakeBranches(NEWER) }, LATER))._unsafeUnwrap();

    expect(decision.proceed === false && decision.reason).toBe(
      `superseded during the rollout: main is now at ${NEWER}; this job already redeployed hongming (canary) and made no further call; the newer job redeploys the fleet`,
    );
  });

  it('cannot check a branch head without a branch reader: an error, never a pass', async () => {
    const result = await gate({ head: HEAD }, { variables: fakeVariables(null) });

    expect(result._unsafeUnwrapErr()).toMatchObject({ kind: 'invalid-input' });
  });

  it('tells the caller every reading it acted on', async () => {
    const switches: boolean[] = [];
    const heads: boolean[] = [];

    await gate(
      { head: HEAD },
      {
        variables: fakeVariables(null),
        branches: fakeBranches(SHA),
        onKillSwitch: (read) => switches.push(read.armed),
        onSuperseded: (check) => heads.push(check.superseded),
      },
    );

    expect(switches).toEqual([false]);
    expect(heads).toEqual([false]);
  });
});
