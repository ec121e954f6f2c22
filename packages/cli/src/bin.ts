#!/usr/bin/env node
// The only module that touches the real process: argv, env, stdout/stderr, signals, exit code.
import { cliLastWords } from './interrupt/cliLastWords';
import { FORCED_EXIT_GRACE_MS, forcedExitOnSignals } from './interrupt/forcedExit';
import { createRunWatch } from './interrupt/runWatch';
import { collectSecrets } from './redact';
import { runCli } from './runCli';

const argv = process.argv.slice(2);
const watch = createRunWatch();
const write = (stream: NodeJS.WriteStream) => (text: string) => {
  try {
    stream.write(text);
  } catch {
    // A closed pipe must not stop the exit that follows.
  }
};

// The first signal aborts the run; whatever the run is stuck on, the process ends within
// the grace period with an aborted report naming the mutating calls still in flight.
const stop = forcedExitOnSignals({
  on: (signal, listener) => process.on(signal, listener),
  exit: (code) => process.exit(code),
  // The run's progress output says "stopping" with this message (see render/interruptNotice.ts).
  abortReason: (signal) => new DOMException(`${signal} received; send it again to exit at once`, 'AbortError'),
});
stop.setLastWords(
  cliLastWords({
    watch,
    secrets: collectSecrets(argv, process.env),
    graceMs: FORCED_EXIT_GRACE_MS,
    stdout: write(process.stdout),
    stderr: write(process.stderr),
  }),
);

// `molecule-deploy --help | head`: a reader that goes away is not a crash of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

// No top-level await: the executable is a CommonJS bundle (build/binBundles.ts says why). Until
// runCli answers, the exit code is 1: an event loop that drains first (a promise nothing will
// settle) ends the process as a failure, never as a silent success.
process.exitCode = 1;
void runCli(argv, process.env, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
  terminalSize: () => ({ columns: process.stderr.columns, rows: process.stderr.rows }),
  ...(process.stdout.isTTY && { helpWidth: process.stdout.columns }),
  signal: stop.signal,
  watch,
}).then((exitCode) => {
  stop.finished();
  process.exitCode = stop.exitCode() ?? exitCode;
});
