import { describe, expectTypeOf, it } from 'vitest';
import {
  canaryVerify,
  checkSuperseded,
  deploy,
  promoteImage,
  redeployFleet,
  resolveKillSwitch,
  rollbackLatest,
  runSmoke,
  selectTarget,
  verifyFleetSha,
  waitForContexts,
} from './index';
import type { WaitForContextsInput } from './contexts/types';
import type { DeployInput } from './index';
import type { CheckSupersededInput, ResolveKillSwitchInput } from './gates/types';
import type { CanaryVerifyInput, PromoteImageInput } from './promotion/types';
import type { RunSmokeInput } from './smoke/types';
import type { RedeployFleetInput } from './rollout/types';
import type { SelectTargetInput } from './target/types';
import type { VerifyFleetShaInput } from './verify/types';

const SHA = 'abcdef1';
const canaries = [{ url: 'https://alpha.example', token: 't' }];

/**
 * Type-level specs: each operation's input is typed from its schema, so a misspelt or mistyped
 * field is a compile error (checked by `tsc`). JavaScript callers still get the run-time
 * check, specified beside each operation.
 */

describe('public operation inputs (type level)', () => {
  it("are the operations' parameter types", () => {
    expectTypeOf(waitForContexts).parameter(0).toEqualTypeOf<WaitForContextsInput>();
    expectTypeOf(resolveKillSwitch).parameter(0).toEqualTypeOf<ResolveKillSwitchInput>();
    expectTypeOf(checkSuperseded).parameter(0).toEqualTypeOf<CheckSupersededInput>();
    expectTypeOf(selectTarget).parameter(0).toEqualTypeOf<SelectTargetInput>();
    expectTypeOf(redeployFleet).parameter(0).toEqualTypeOf<RedeployFleetInput>();
    expectTypeOf(verifyFleetSha).parameter(0).toEqualTypeOf<VerifyFleetShaInput>();
    expectTypeOf(deploy).parameter(0).toEqualTypeOf<DeployInput>();
    expectTypeOf(runSmoke).parameter(0).toEqualTypeOf<RunSmokeInput>();
    expectTypeOf(promoteImage).parameter(0).toEqualTypeOf<PromoteImageInput>();
    expectTypeOf(rollbackLatest).parameter(0).toEqualTypeOf<PromoteImageInput>();
    expectTypeOf(canaryVerify).parameter(0).toEqualTypeOf<CanaryVerifyInput>();
  });

  it('accept what the documentation shows, readonly lists included', () => {
    const contexts: readonly string[] = ['CI / test (push)'];
    expectTypeOf({ sha: SHA, requiredContexts: contexts }).toExtend<WaitForContextsInput>();
    expectTypeOf({ sha: SHA, requiredContexts: 'a,b' }).toExtend<WaitForContextsInput>();
    expectTypeOf({ jobStartValues: contexts }).toExtend<ResolveKillSwitchInput>();
    expectTypeOf({ live: true as const }).toExtend<ResolveKillSwitchInput>();
    expectTypeOf({ sha: SHA, slugs: contexts, exclude: contexts }).toExtend<VerifyFleetShaInput>();
    expectTypeOf({ sha: SHA, requiredContexts: contexts, killSwitchValues: contexts }).toExtend<DeployInput>();
  });

  it('refuse a misspelt or mistyped field at compile time', () => {
    // Never called: each line must fail to compile, and `@ts-expect-error` fails the typecheck if one does not.
    const compileOnly = () => {
      // @ts-expect-error misspelt requiredContexts
      waitForContexts({ sha: SHA, requiredContexs: ['x'] }, {} as never);
      // @ts-expect-error a number sha
      waitForContexts({ sha: 42, requiredContexts: ['x'] }, {} as never);
      // @ts-expect-error states nothing about the kill switch
      resolveKillSwitch({}, {});
      // @ts-expect-error a live flag that is not a boolean
      resolveKillSwitch({ jobStartValues: [], live: 'yes' }, {});
      // @ts-expect-error misspelt jobStartValues
      resolveKillSwitch({ jobStartValue: ['1'], live: true }, {});
      // @ts-expect-error misspelt branch
      checkSuperseded({ sha: SHA, brnach: 'main' }, {} as never);
      // @ts-expect-error a number sha
      selectTarget({ sha: 1234567 });
      // @ts-expect-error misspelt manualTargetTag
      selectTarget({ sha: SHA, manualTag: 'staging-abcdef1' });
      // @ts-expect-error misspelt canarySlug
      redeployFleet({ targetTag: 'staging-abcdef1', canary: 'hongming' }, {} as never);
      // @ts-expect-error a string batch size
      redeployFleet({ targetTag: 'staging-abcdef1', batchSize: '3' }, {} as never);
      // @ts-expect-error slugs that are not a list
      verifyFleetSha({ sha: SHA, slugs: 'acme' }, {} as never);
      // @ts-expect-error misspelt exclude
      verifyFleetSha({ sha: SHA, slugs: ['acme'], excluded: ['acme'] }, {} as never);
      // @ts-expect-error misspelt requiredContexts
      deploy({ sha: SHA, requiredContext: ['x'] }, {} as never);
      // @ts-expect-error a string dry run
      deploy({ sha: SHA, requiredContexts: ['x'], dryRun: 'yes' }, {} as never);
      // @ts-expect-error canaries without tokens
      runSmoke({ canaries: [{ url: 'https://alpha.example' }] }, {} as never);
      // @ts-expect-error misspelt repositories
      promoteImage({ sha: SHA, repos: ['platform'] }, {} as never);
      // @ts-expect-error only latest can be moved
      rollbackLatest({ sha: SHA, targetTag: 'stable' }, {} as never);
      // @ts-expect-error a string wait
      canaryVerify({ sha: SHA, canaries, waitSeconds: '60' }, {} as never);
    };
    expectTypeOf(compileOnly).toBeFunction();
  });
});
