import { redact } from '../redact';
import { abortedReport } from './abortedReport';
import type { LastWords } from './forcedExit';
import type { TrackingRunWatch } from './runWatch';
import { writeReportSync } from './writeReportSync';

export interface CliLastWordsInput {
  readonly watch: TrackingRunWatch;
  readonly secrets: readonly string[];
  readonly graceMs: number;
  stdout(text: string): void;
  stderr(text: string): void;
}

/**
 * What the CLI leaves when it is cut short: the aborted report replaces the `--report`
 * placeholder, goes to stdout under `--json`, and one line on stderr says why. Everything
 * is redacted here: these writes bypass the run's redacting io.
 */
export function cliLastWords(input: CliLastWordsInput): LastWords {
  return (signal, cutShort) => {
    const snapshot = input.watch.snapshot();
    const report = abortedReport({ snapshot, signal, cutShort, graceMs: input.graceMs });
    const json = `${redact(JSON.stringify(report, null, 2), input.secrets)}\n`;
    const problem = snapshot.run?.reportFile ? writeReportSync(snapshot.run.reportFile, json) : undefined;
    if (snapshot.run?.json) input.stdout(json);
    const lines = [`molecule-deploy: ${String(report.reason)}`, ...(problem ? [`molecule-deploy: ${problem}`] : [])];
    input.stderr(`${redact(lines.join('\n'), input.secrets)}\n`);
  };
}
