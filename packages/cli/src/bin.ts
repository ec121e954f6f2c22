#!/usr/bin/env node
// The only module that touches the real process: argv, env, stdout/stderr, signals, exit code.
import { runCli } from './runCli';

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

const controller = new AbortController();
let signalExitCode: number | undefined;

for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) {
  process.on(signal, () => {
    // A second signal means "now": the operator does not want to wait for a clean stop.
    if (signalExitCode !== undefined) process.exit(code);
    signalExitCode = code;
    // The run's progress output says "stopping" with this message (see render/interruptNotice.ts).
    controller.abort(new DOMException(`${signal} received; send it again to exit at once`, 'AbortError'));
  });
}

// `molecule-deploy --help | head`: a reader that goes away is not a crash of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

const exitCode = await runCli(process.argv.slice(2), process.env, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
  terminalSize: () => ({ columns: process.stderr.columns, rows: process.stderr.rows }),
  signal: controller.signal,
});
process.exitCode = signalExitCode ?? exitCode;
