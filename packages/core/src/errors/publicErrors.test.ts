import type { Result, ResultAsync } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';
import { checkSuperseded, deploy, describeError, redeployFleet, resolveKillSwitch, selectTarget, verifyFleetSha, waitForContexts } from '../index';
import type {
  CheckSupersededError,
  ContextsGreen,
  DeployError,
  DeployFailure,
  DeployReport,
  FleetVerified,
  KillSwitchState,
  PortError,
  PromotionError,
  PromotionReport,
  RedeployFleetError,
  RegistryError,
  ResolveKillSwitchError,
  RolloutProgress,
  RolloutResult,
  RunSmokeError,
  SelectTargetError,
  SupersededCheck,
  TargetSelection,
  VerifyFleetShaError,
  WaitForContextsError,
} from '../index';
import type { CanaryVerifyCause, RollbackLatestError } from '../promotion/types';
import type { CpHalt, GateFailure } from '../rollout/types';

// Each assertion names the exact set of kinds: adding a kind to a union fails here first, and the
// author then finds every `switch` over it (describeError's `never` check among them).
describe('the public error unions (type level)', () => {
  it('returns each operation with its documented error union', () => {
    expectTypeOf(waitForContexts).returns.toEqualTypeOf<ResultAsync<ContextsGreen, WaitForContextsError>>();
    expectTypeOf(resolveKillSwitch).returns.toEqualTypeOf<ResultAsync<KillSwitchState, ResolveKillSwitchError>>();
    expectTypeOf(checkSuperseded).returns.toEqualTypeOf<ResultAsync<SupersededCheck, CheckSupersededError>>();
    expectTypeOf(selectTarget).returns.toEqualTypeOf<Result<TargetSelection, SelectTargetError>>();
    expectTypeOf(redeployFleet).returns.toEqualTypeOf<ResultAsync<RolloutResult, RedeployFleetError>>();
    expectTypeOf(verifyFleetSha).returns.toEqualTypeOf<ResultAsync<FleetVerified, VerifyFleetShaError>>();
    expectTypeOf(deploy).returns.toEqualTypeOf<ResultAsync<DeployReport, DeployFailure>>();
  });

  it('closes the contexts, kill switch, superseded and target unions', () => {
    expectTypeOf<WaitForContextsError['kind']>().toEqualTypeOf<'invalid-input' | 'aborted' | 'context-failed' | 'contexts-timeout' | 'status-read-failed'>();
    expectTypeOf<ResolveKillSwitchError['kind']>().toEqualTypeOf<'invalid-input' | 'aborted' | 'kill-switch-unreadable'>();
    expectTypeOf<CheckSupersededError['kind']>().toEqualTypeOf<'invalid-input' | 'aborted'>();
    expectTypeOf<SelectTargetError['kind']>().toEqualTypeOf<'invalid-input'>();
  });

  it('closes the rollout union and the gate failure inside it', () => {
    expectTypeOf<RedeployFleetError['kind']>().toEqualTypeOf<
      'invalid-input' | 'aborted' | 'enumeration-failed' | 'canary-not-enumerated' | 'fleet-empty' | 'gate-failed' | 'batch-failed' | 'stragglers-exceeded' | 'unexpected'
    >();
    expectTypeOf<GateFailure['kind']>().toEqualTypeOf<'gate-failed' | 'gate-threw' | 'gate-malformed' | 'kill-switch-unreadable' | 'invalid-input' | 'aborted'>();
    expectTypeOf<Extract<RedeployFleetError, { kind: 'gate-failed' }>['cause']>().toEqualTypeOf<GateFailure>();
    expectTypeOf<CpHalt['kind']>().toEqualTypeOf<'cp-halted'>();
  });

  it('closes the verify union', () => {
    expectTypeOf<VerifyFleetShaError['kind']>().toEqualTypeOf<'invalid-input' | 'aborted' | 'fleet-unverified'>();
  });

  it('closes the deploy failure: its cause and the report error are the stages’ kinds, nothing else', () => {
    expectTypeOf<DeployFailure['kind']>().toEqualTypeOf<'deploy-failed'>();
    expectTypeOf<DeployFailure['cause']>().toEqualTypeOf<DeployError>();
    expectTypeOf<DeployError['kind']>().toEqualTypeOf<
      | 'invalid-input'
      | 'aborted'
      | 'kill-switch-unreadable'
      | 'context-failed'
      | 'contexts-timeout'
      | 'status-read-failed'
      | 'enumeration-failed'
      | 'canary-not-enumerated'
      | 'fleet-empty'
      | 'gate-failed'
      | 'batch-failed'
      | 'stragglers-exceeded'
      | 'fleet-unverified'
      | 'unexpected'
    >();
    expectTypeOf<NonNullable<DeployReport['error']>['kind']>().toEqualTypeOf<DeployError['kind']>();
  });

  it('closes the smoke, promotion and canary-verify unions', () => {
    expectTypeOf<RunSmokeError['kind']>().toEqualTypeOf<'invalid-input' | 'aborted'>();
    expectTypeOf<PromotionError['kind']>().toEqualTypeOf<
      'invalid-input' | 'source-missing' | 'precheck-failed' | 'tag-immutable' | 'move-failed' | 'digest-mismatch' | 'aborted'
    >();
    expectTypeOf<RollbackLatestError>().toEqualTypeOf<PromotionError>();
    expectTypeOf<CanaryVerifyCause['kind']>().toEqualTypeOf<
      | 'invalid-input'
      | 'aborted'
      | 'canaries-not-on-sha'
      | 'smoke-red'
      | 'source-missing'
      | 'precheck-failed'
      | 'tag-immutable'
      | 'move-failed'
      | 'digest-mismatch'
      | 'unexpected'
    >();
  });

  it('closes the port and registry unions', () => {
    expectTypeOf<PortError['kind']>().toEqualTypeOf<'http' | 'network' | 'timeout' | 'invalid-response' | 'aborted' | 'unexpected'>();
    expectTypeOf<RegistryError['kind']>().toEqualTypeOf<PortError['kind'] | 'tag-immutable'>();
  });

  it('names partial progress the same way on a failed rollout and a failed promotion', () => {
    expectTypeOf<Extract<RedeployFleetError, { progress: unknown }>['kind']>().toEqualTypeOf<
      'aborted' | 'gate-failed' | 'batch-failed' | 'stragglers-exceeded' | 'unexpected'
    >();
    expectTypeOf<Extract<RedeployFleetError, { progress: unknown }>['progress']>().toEqualTypeOf<RolloutProgress>();
    expectTypeOf<Exclude<PromotionError, { kind: 'invalid-input' }>['progress']>().toEqualTypeOf<PromotionReport>();
  });

  it('describes every error a front end can hold with the one describeError', () => {
    expectTypeOf(describeError).toBeCallableWith({} as DeployError);
    expectTypeOf(describeError).toBeCallableWith({} as RegistryError);
    expectTypeOf(describeError).toBeCallableWith({} as CpHalt);
    expectTypeOf(describeError).toBeCallableWith({} as RunSmokeError);
    expectTypeOf(describeError).returns.toEqualTypeOf<string>();
  });
});
