import type { ResultAsync, Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';
import { type DoctorError, type DoctorInput, type DoctorReport, runDoctor } from './doctor/index';
import { type FleetSnapshot, type ReadFleetError, type ReadFleetInput, readFleet, type StatusReporter, type StatusTargetInput, statusReporter } from './visibility';
import { type LintReport, type LintWorkflowsError, type LintWorkflowsInput, lintWorkflows } from './workflows/index';
import type { InvalidInputError } from './errors/input';

const SHA = 'abcdef1';

/**
 * Type-level specs for the operations behind the subpaths (`/doctor`, `/workflows`,
 * `/visibility`), as `publicInputs.test.ts` and `errors/publicErrors.test.ts` are for the root:
 * inputs typed from their schemas (a misspelt field does not compile) and closed error unions
 * a caller can switch on exhaustively. Checked by `tsc`.
 */
describe('subpath operations (type level)', () => {
  it('take inputs typed from their schemas', () => {
    expectTypeOf(runDoctor).parameter(0).toEqualTypeOf<DoctorInput>();
    expectTypeOf(lintWorkflows).parameter(0).toEqualTypeOf<LintWorkflowsInput>();
    expectTypeOf(readFleet).parameter(0).toEqualTypeOf<ReadFleetInput>();
    expectTypeOf(statusReporter).parameter(0).toEqualTypeOf<StatusTargetInput>();
    expectTypeOf({ files: [{ path: 'ci.yml', text: 'on: push' }], requiredContexts: ['CI / test (push)'] }).toExtend<LintWorkflowsInput>();
    expectTypeOf({ sha: SHA, context: 'Production deploy' }).toExtend<StatusTargetInput>();
  });

  it('refuse a misspelt or mistyped field at compile time', () => {
    // Never called: each line must fail to compile, and `@ts-expect-error` fails the typecheck if one does not.
    const compileOnly = () => {
      // @ts-expect-error misspelt requiredContexts
      runDoctor({ branch: 'main', requiredContexts: ['x'], requiredContexs: ['y'] }, {} as never);
      // @ts-expect-error a string history length
      runDoctor({ requiredContexts: ['x'], historyCommits: '20' }, {} as never);
      // @ts-expect-error files must be objects with path and text
      lintWorkflows({ files: ['ci.yml'] });
      // @ts-expect-error misspelt requiredContexts
      lintWorkflows({ files: [], requiredContext: ['x'] });
      // @ts-expect-error a number concurrency given as text
      readFleet({ slugs: ['a'], concurrency: '8' }, {} as never);
      // @ts-expect-error misspelt targetUrl
      statusReporter({ sha: SHA, targetURL: 'https://git.example/run/1' }, {} as never);
      // @ts-expect-error a number sha
      statusReporter({ sha: 1234567 }, {} as never);
    };
    expectTypeOf(compileOnly).toBeFunction();
  });

  it('return closed error unions', () => {
    expectTypeOf(runDoctor).returns.toEqualTypeOf<ResultAsync<DoctorReport, DoctorError>>();
    expectTypeOf(lintWorkflows).returns.toEqualTypeOf<Result<LintReport, LintWorkflowsError>>();
    expectTypeOf(readFleet).returns.toEqualTypeOf<ResultAsync<FleetSnapshot, ReadFleetError>>();
    expectTypeOf(statusReporter).returns.toEqualTypeOf<Result<StatusReporter, InvalidInputError>>();
    expectTypeOf<DoctorError['kind']>().toEqualTypeOf<'invalid-input' | 'aborted' | 'unexpected'>();
    expectTypeOf<LintWorkflowsError['kind']>().toEqualTypeOf<'invalid-input' | 'unexpected'>();
    expectTypeOf<ReadFleetError['kind']>().toEqualTypeOf<'invalid-input' | 'aborted' | 'enumeration-failed' | 'fleet-empty' | 'unexpected'>();
  });
});
