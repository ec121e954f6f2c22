import type { ResultAsync } from 'neverthrow';
import type { CommandName } from '../commands';
import { ProblemList } from '../config/problems';
import type { ConfigError } from '../config/types';
import { writeReport } from './writeReport';

/** What the report file says until the command's own report replaces it. */
const UNFINISHED_REASON = 'run did not finish (it stopped before writing its report)';

/**
 * `--report FILE`, checked before any request: creates the directory and writes a placeholder
 * report (`outcome: failed`, reason "run did not finish") the same way the final report is
 * written (temp file, then rename), so an unwritable path is exit 2 with nothing contacted,
 * not exit 1 after a production rollout. The placeholder is kept on purpose, not removed:
 * a run killed or crashed before its end leaves a failed report, never an earlier run's
 * report that could pass for this one's. The command's final report overwrites it. Never rejects.
 */
export function prepareReportFile(file: string, command: CommandName): ResultAsync<void, ConfigError> {
  const placeholder = JSON.stringify({ command, outcome: 'failed', reason: UNFINISHED_REASON }, null, 2);
  return writeReport(file, `${placeholder}\n`).mapErr((message) => {
    const problems = new ProblemList();
    problems.add('report', `cannot be written, so the run would end without its report (${message})`);
    return { kind: 'config-invalid' as const, command, problems: problems.items };
  });
}
