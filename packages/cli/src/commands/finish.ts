import { stripControlDeep } from '@molecule/deploy-core/helpers';
import type { OutputSettings } from '../config/types';
import type { CommandReport } from '../report/commandReport';
import { redact } from '../redact';
import { writeReport } from '../report/writeReport';
import type { CommandContext } from './context';

export interface CommandOutcome {
  readonly report: CommandReport;
  /** Human summary lines: stdout normally, stderr with `--json`. */
  readonly summary: readonly string[];
  readonly exitCode: number;
}

/**
 * The common end of every command: `--report FILE` (written on failure too), then
 * either only the report JSON on stdout (`--json`) or the human summary.
 */
export async function finish(ctx: CommandContext, config: OutputSettings, outcome: CommandOutcome): Promise<number> {
  // Its strings quote outside text: JSON escapes ESC as \u001b, which `jq -r` turns back into
  // ESC, so terminal control is removed from the values themselves, for every reader.
  const report = stripControlDeep(outcome.report);
  ctx.onReport?.(report);
  const json = redact(JSON.stringify(report, null, 2), ctx.secrets);
  let exitCode = outcome.exitCode;
  if (config.reportFile) {
    const written = await writeReport(config.reportFile, `${json}\n`);
    if (written.isErr()) {
      ctx.log(`error: ${written.error}`);
      // Whoever asked for the file relies on it: a missing report is a failed run.
      if (exitCode === 0) exitCode = 1;
    }
  }
  const summary = outcome.summary.map((line) => `${line}\n`).join('');
  if (config.json) {
    ctx.io.stderr(summary);
    ctx.io.stdout(`${json}\n`);
  } else {
    ctx.io.stdout(summary);
  }
  return exitCode;
}
