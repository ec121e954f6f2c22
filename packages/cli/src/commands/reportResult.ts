import type { OutputSettings } from '../config/types';
import type { CommandReport, ReportError } from '../report/commandReport';
import type { CommandContext } from './context';
import { finish } from './finish';

/** Outcomes that end a run with exit 1: it broke, the commit was judged not good enough, or some tenants never answered. */
const FAILING: ReadonlySet<string> = new Set(['failed', 'red', 'rejected', 'incomplete']);

export interface ReportResultOptions {
  /** Lines after the headline (stragglers, failing tenants, repositories). */
  readonly details?: readonly string[];
  /** Appended to the headline only, not to the report's reason (`(3 polls, 4 requests)`). */
  readonly suffix?: string;
}

/**
 * The end of a single-step command: the headline `<command> <outcome>: <reason>`, then the
 * details; exit 1 for a failing outcome, else 0. The report goes through `finish` as it is.
 */
export function reportResult(ctx: CommandContext, config: OutputSettings, report: CommandReport, options: ReportResultOptions = {}): Promise<number> {
  return finish(ctx, config, {
    report,
    summary: [`${report.command} ${report.outcome}: ${report.reason}${options.suffix ?? ''}`, ...(options.details ?? [])],
    exitCode: FAILING.has(report.outcome) ? 1 : 0,
  });
}

/** The fields of a failed report: the reason is also the error's message, so both always agree. */
export function failure(kind: string, reason: string): { readonly outcome: 'failed'; readonly reason: string; readonly error: ReportError } {
  return { outcome: 'failed', reason, error: { kind, message: reason } };
}
