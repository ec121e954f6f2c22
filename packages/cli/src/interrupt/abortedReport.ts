import type { InterruptedReport } from '../report/commandReport';
import type { WatchSnapshot } from './runWatch';

export type StopSignal = 'SIGINT' | 'SIGTERM';

/** Why the run is being reported by the front end instead of by itself. */
export type CutShort = 'grace-expired' | 'second-signal';

export interface AbortedReportInput {
  readonly snapshot: WatchSnapshot;
  readonly signal: StopSignal;
  readonly cutShort: CutShort;
  readonly graceMs: number;
}

/** Control characters (C0, DEL, C1) would let a name from outside move a terminal's cursor. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const clean = (text: string): string => text.replace(CONTROL, '');

/**
 * The report of a run cut short after a signal: outcome `failed`, and a reason that says it
 * was interrupted and names every mutating call that was started and never answered, since
 * each may have been applied. The tenant rows say which were redeployed and which were in flight.
 */
export function abortedReport(input: AbortedReportInput): InterruptedReport {
  const { snapshot, signal } = input;
  const inFlight = snapshot.inFlight.map(clean);
  const redeployed = snapshot.redeployed.map(clean);
  const how =
    input.cutShort === 'second-signal'
      ? `interrupted by ${signal}, then ended at once by a second signal`
      : `interrupted by ${signal}, and still running ${Math.round(input.graceMs / 1000)}s later, so it was cut short`;
  const calls = inFlight.length > 0 ? `in flight and unanswered (each may have been applied): ${inFlight.join('; ')}` : 'no mutating call was in flight';
  const done = redeployed.length > 0 ? `; already redeployed: ${redeployed.join(', ')}` : '';
  const reason = `aborted: ${how}; ${calls}${done}`;
  const rows = [
    ...redeployed.map((slug) => ({ slug, result: 'rolled' as const })),
    ...snapshot.inFlightSlugs.map(clean).map((slug) => ({
      slug,
      result: 'unknown' as const,
      problem: 'redeploy call in flight when the run was cut short: it may have been applied',
    })),
  ];
  return {
    command: snapshot.run?.command ?? 'unknown',
    outcome: 'failed',
    reason,
    error: { kind: 'aborted', message: reason },
    interrupted: { signal, cutShort: input.cutShort, inFlight, redeployed },
    ...(rows.length > 0 && { tenants: rows }),
  };
}
