import type { DeployEvent, DeployEventListener } from '@molecule/deploy-core';
import { eventLine } from './eventLine';
import { timestamp } from './timestamp';

export interface EventLogOptions {
  /** Receives one finished line (with `\n`). */
  readonly write: (line: string) => void;
  readonly now: () => number;
  /** A status poll is logged at most this often (the first always). @default 60_000 */
  readonly pollEveryMs?: number;
}

/**
 * Events → timestamped log lines: one per phase change, batch, retry and tenant problem.
 * Polls and per-tenant successes would flood a CI log (120 polls in 30 minutes, 10,000
 * tenants), so polls are throttled and verification progress is logged by quarter.
 */
export function createEventLog(options: EventLogOptions): DeployEventListener {
  const pollEveryMs = options.pollEveryMs ?? 60_000;
  let lastPollAt: number | undefined;
  let lastQuarter = 0;

  return (event: DeployEvent) => {
    const at = options.now();
    if (event.type === 'contexts-poll') {
      if (lastPollAt !== undefined && at - lastPollAt < pollEveryMs) return;
      lastPollAt = at;
    }
    if (event.type === 'tenant-verified') {
      // Quarter 4 is reached only when every tenant is verified.
      const quarter = event.total > 0 ? Math.floor((event.verified * 4) / event.total) : 0;
      if (quarter <= lastQuarter) return;
      lastQuarter = quarter;
    }
    const line = eventLine(event);
    if (line !== undefined) options.write(`${timestamp(at)} ${line}\n`);
  };
}
