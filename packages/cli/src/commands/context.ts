import type { Clock, DeployEventListener } from '@molecule/deploy-core';
import type { CliIo } from '../io';
import type { CommandReport } from '../report/commandReport';

/** What every command gets from `runCli`: output already redacted, the clock, the stop signal. */
export interface CommandContext {
  readonly io: CliIo;
  readonly clock: Clock;
  readonly signal?: AbortSignal;
  /** Renders core's progress events on stderr. */
  readonly onEvent: DeployEventListener;
  /** One timestamped line on stderr. */
  log(message: string): void;
  /** Token values to mask in the report file too. */
  readonly secrets: readonly string[];
  /** Receives the command's report (unredacted) before it is printed; the Gitea action renders its outputs and job summary from it. */
  readonly onReport?: (report: CommandReport) => void;
}
