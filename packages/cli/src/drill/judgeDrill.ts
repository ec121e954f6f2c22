import type { ScenarioExpectation } from '@molecule/deploy-testkit';
import { z } from 'zod';

/** The fields of a command report the drill compares; a setup failure's report has no `stragglers`. */
const judgedReport = z.object({
  outcome: z.string(),
  reason: z.string(),
  stragglers: z.array(z.string()).optional(),
});

export interface DrillVerdict {
  readonly passed: boolean;
  /** The pipeline's outcome, when it produced a report. */
  readonly actual?: string;
  /** Each way the run differs from the expectation, as a clause: `the pipeline deployed`. */
  readonly mismatches: readonly string[];
}

/**
 * Did the pipeline behave as the scenario expects? Outcome, reason wording and straggler
 * count as the scenario states them, and an exit code that agrees with the outcome (a
 * failed deploy that exits 0 would let a broken pipeline through CI).
 */
export function judgeDrill(report: unknown, exitCode: number, expected: ScenarioExpectation): DrillVerdict {
  const parsed = judgedReport.safeParse(report);
  if (!parsed.success) return { passed: false, mismatches: ['the pipeline produced no report'] };
  const { outcome, reason, stragglers } = parsed.data;
  const mismatches: string[] = [];
  if (outcome !== expected.outcome) mismatches.push(`the pipeline ${outcome}`);
  if (expected.reasonIncludes && !reason.toLowerCase().includes(expected.reasonIncludes.toLowerCase())) {
    mismatches.push(`its reason does not mention "${expected.reasonIncludes}"`);
  }
  const stragglerCount = stragglers?.length ?? 0;
  if (expected.stragglers !== undefined && stragglerCount !== expected.stragglers) {
    mismatches.push(`it quarantined ${stragglerCount} straggler(s), not ${expected.stragglers}`);
  }
  const expectedExit = outcome === 'failed' ? 1 : 0;
  if (exitCode !== expectedExit) mismatches.push(`it exited ${exitCode} for outcome ${outcome}`);
  return { passed: mismatches.length === 0, actual: outcome, mismatches };
}
