import { appendFileSync } from 'node:fs';
import { abortedReport, redact, writeReportSync, type LastWords, type TrackingRunWatch } from '@molecule/deploy-cli';
import { actionOutputs } from './outputs';
import { reportView } from './reportView';
import type { RunnerPort } from './runnerPort';
import { jobSummary } from './summary';

export interface AbortedStepInput {
  /** The redacting port: every text below reaches the runner through it. */
  readonly port: RunnerPort;
  readonly secrets: readonly string[];
  readonly watch: TrackingRunWatch;
  readonly graceMs: number;
  /** The step's label (`molecule-deploy deploy`) and files, as known when the run was cut short. */
  step(): { readonly label: string; readonly reportPath: string; readonly targetTag?: string; readonly summaryFile?: string };
  /** True once the step began writing its own outputs and summary: they are not written twice. */
  ending(): boolean;
}

/**
 * The action's last words when a cancelled run does not stop by itself: the aborted report
 * (naming each mutating call in flight), the outputs, the job summary and one error
 * annotation, all written synchronously because the process exits right after.
 */
export function abortedStepWriter(input: AbortedStepInput): LastWords {
  return (signal, cutShort) => {
    if (input.ending()) return;
    const { port, secrets } = input;
    const step = input.step();
    const report = abortedReport({ snapshot: input.watch.snapshot(), signal, cutShort, graceMs: input.graceMs });
    const problem = writeReportSync(step.reportPath, `${redact(JSON.stringify(report, null, 2), secrets)}\n`);
    if (problem) port.info(`molecule-deploy: ${problem}`);
    const view = reportView(report);
    const outputs = actionOutputs({
      exitCode: 1,
      report: view,
      ...(problem === undefined && { reportPath: step.reportPath }),
      ...(step.targetTag && { targetTag: step.targetTag }),
    });
    for (const [name, value] of Object.entries(outputs)) port.setOutput(name, value);
    if (step.summaryFile) {
      const markdown = jobSummary(view, { title: step.label, outcome: outputs.outcome, ...(outputs.report && { reportPath: outputs.report }) });
      try {
        // `core.summary.write()` is asynchronous; the process will not wait for it.
        appendFileSync(step.summaryFile, redact(`${markdown}\n`, secrets), 'utf8');
      } catch (cause) {
        port.info(`molecule-deploy: the job summary could not be written (${cause instanceof Error ? cause.message : String(cause)})`);
      }
    }
    port.setFailed(`${step.label} failed: ${view.reason}`);
  };
}
