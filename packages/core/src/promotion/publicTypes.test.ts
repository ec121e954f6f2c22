import type { Result, ResultAsync } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';
import type { InvalidInputError } from '../errors/input';
import { pairCanaries } from '../helpers';
import { canaryVerify, promoteImage, rollbackLatest, runSmoke } from '../index';
import type { CanaryVerifyFailure, CanaryVerifyReport, PromotionError, PromotionReport, RunSmokeError, SmokeReport } from '../index';

import type { Canary } from '../smoke/types';

describe('the public promotion surface (type level)', () => {
  it('returns ResultAsync from every operation, with the documented error unions', () => {
    expectTypeOf(runSmoke).returns.toEqualTypeOf<ResultAsync<SmokeReport, RunSmokeError>>();
    expectTypeOf(promoteImage).returns.toEqualTypeOf<ResultAsync<PromotionReport, PromotionError>>();
    expectTypeOf(rollbackLatest).returns.toEqualTypeOf<ResultAsync<PromotionReport, PromotionError>>();
    expectTypeOf(canaryVerify).returns.toEqualTypeOf<ResultAsync<CanaryVerifyReport, CanaryVerifyFailure>>();
    expectTypeOf(pairCanaries).returns.toEqualTypeOf<Result<Canary[], InvalidInputError>>();
  });

  it('keeps error kinds literal, so callers can switch on them exhaustively', () => {
    expectTypeOf<PromotionError['kind']>().toEqualTypeOf<
      'invalid-input' | 'source-missing' | 'precheck-failed' | 'tag-immutable' | 'move-failed' | 'digest-mismatch' | 'aborted'
    >();
    expectTypeOf<RunSmokeError['kind']>().toEqualTypeOf<'invalid-input' | 'aborted'>();
    expectTypeOf<CanaryVerifyFailure['outcome']>().toEqualTypeOf<'rejected' | 'failed'>();
    // Every failure but bad input carries its partial progress: what each repository looks like now.
    expectTypeOf<Exclude<PromotionError, InvalidInputError>['progress']>().toEqualTypeOf<PromotionReport>();
  });
});
