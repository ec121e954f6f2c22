// Renders docs/benchmarks.md: the goals of issue 13 met or not, the figures, the machine and its
// load, and how each figure is measured.
import { goalRows } from './goals.mjs';

const f0 = (n) => n.toFixed(0);
const MiB = (bytes) => (bytes / 1024 / 1024).toFixed(1);

export function renderMarkdown({ machine, figures, lines }) {
  const { verify, cpu, memory, coldStart, contexts, action, libraryCpu, sanitize } = figures;
  const goals = goalRows(figures)
    .map((row) => `| ${row.what} | ${row.ours} | ${row.floor} | **${row.result}** | ${row.goal} | ${row.met ? 'met' : '**missed**'} |`)
    .join('\n');
  const verifyRows = verify.results
    .map(
      (r) =>
        `| ${r.concurrency}${r.default ? ' (default)' : ''} | ${f0(r.cliMs)} | ${f0(r.minimalMs)} | ${r.ratio.toFixed(2)}× | ${f0(r.cliReadMs)} / ${f0(r.cliTailMs)} | ${f0(r.minimalReadMs)} / ${f0(r.minimalTailMs)} | ${f0(r.cliWholeMs)} | ${f0(r.minimalWholeMs)} | ${r.idealMs} | ${r.cliAll.join(', ')} / ${r.minimalAll.join(', ')} |`,
    )
    .join('\n');
  const lib = libraryCpu.microsPerRead;
  return `# Benchmarks

Written by \`npm run bench\` (\`bench/run.mjs\`; \`--no-build\` skips the build). Every figure comes from one run
on the machine below, and every ratio compares two contenders measured in that same run, interleaved. What
users run is measured as processes: \`node packages/cli/bin/molecule-deploy.js …\` (the \`molecule-deploy\` npm links) and the action's
\`packages/action/dist/index.mjs\`, each beside the minimal client doing the same job
(\`bench/lib/minimalVerify.mjs\`: \`node:http\`, a keep-alive \`Agent\`, \`JSON.parse\`, no validation, no deadline).
Loopback only; the simulated world is \`@molecule/deploy-testkit\`, in a process of its own.

## Machine

| | |
|---|---|
| CPU | ${machine.cpu} |
| cores | ${machine.cores} |
| memory | ${machine.memoryGiB} GiB |
| Node.js | ${machine.node} |
| OS | ${machine.platform} |
| date | ${machine.date} |
| load average (1/5/15 min) at start → end | ${machine.loadAverageAtStart} → ${machine.loadAverageAtEnd} |

A load average above the core count means other work shared the CPUs during the run: wall-clock ratios
then vary by tens of percent from run to run (start-up ratios most).

## Goals (issue 13)

| what | ours | floor | result | goal | |
|---|---|---|---|---|---|
${goals}

Not a benchmark but a guarantee, proven by tests on a fake clock (\`packages/gitea-adapter/src/createGiteaClient.hostile.test.ts\`):
a gate read (the kill switch with its repository-visibility read, the branch head) against a server that
never answers fails closed within 60 s by default, retries included.

Printed by the run:

\`\`\`
${lines.join('\n')}
\`\`\`

## Figures

**1. \`verify\` as a process** (\`bench/verify-process.mjs\`), ${verify.tenants} tenants at ${verify.latencyMs} ms, median of ${verify.rounds} runs each.
"Work" is from the first \`/buildinfo\` request the world receives to the process's exit (start-up excluded);
"whole" is spawn to exit; "reads / tail" splits the work at the last request (first to last request, then
the last answer, the report and the exit).

| concurrency | CLI work (ms) | minimal work (ms) | ratio | CLI reads / tail (ms) | minimal reads / tail (ms) | CLI whole (ms) | minimal whole (ms) | ideal (ms) | runs CLI / minimal (ms) |
|---|---|---|---|---|---|---|---|---|---|
${verifyRows}

**1b. CPU per read** (\`bench/verify-cpu-process.mjs\`): process CPU (user + system, read by a preloaded probe
at exit) of a ${cpu.tenants}-tenant run minus a ${cpu.small}-tenant run, divided by the difference, no latency,
concurrency ${cpu.concurrency}, median of ${cpu.rounds}: CLI ${f0(cpu.microsPerRead.cli)} µs, minimal ${f0(cpu.microsPerRead.minimal)} µs (${cpu.ratio.toFixed(2)}×).
In-process and warm (\`bench/client-cpu.mjs\`, the library's \`verifyFleetSha\`, ${libraryCpu.tenants} tenants, diagnostic):
\`verifyFleetSha\` ${f0(lib.core)} µs, bare \`fetch\` ${f0(lib.bareFetch)} µs, \`node:http\` ${f0(lib.nodeHttp)} µs per read.

**5. Peak memory** (\`bench/verify-memory-process.mjs\`): \`maxRSS\` at exit (the kernel's high-water mark) of
\`verify\` over ${memory.tenants} tenants at ${memory.latencyMs} ms, concurrency ${memory.concurrency}, median of ${memory.rounds}: CLI ${MiB(memory.cli.maxRssBytes)} MiB
(${memory.cli.allMaxRssBytes.map(MiB).join(', ')}), minimal ${MiB(memory.minimal.maxRssBytes)} MiB (${memory.minimal.allMaxRssBytes.map(MiB).join(', ')}).

**3. Cold starts** (\`bench/cold-start.mjs\`), wall time, median of ${coldStart.runs}, interleaved:

| process | ms | vs |
|---|---|---|
| \`node -e 0\` | ${f0(coldStart.ms.node)} | |
| \`molecule-deploy --help\` | ${f0(coldStart.ms.help)} | ${coldStart.ratios.help.toFixed(2)}× \`node -e 0\` |
| \`molecule-deploy verify\` with a configuration error (exit 2) | ${f0(coldStart.ms.configError)} | ${coldStart.ratios.configError.toFixed(2)}× \`node -e 0\` |
| the action's entry on a configuration error (exit ${coldStart.actionExitCode}) | ${f0(coldStart.ms.action)} | ${coldStart.ratios.action.toFixed(2)}× \`node -e 0\` |
| \`molecule-deploy verify\`, one tenant | ${f0(coldStart.ms.verifyOne)} | ${coldStart.ratios.verifyOne.toFixed(2)}× the one-tenant script |
| one-tenant \`node:http\` script | ${f0(coldStart.ms.minimalOne)} | |

**2. Contexts** (\`bench/contexts-requests.mjs\`): ${contexts.rows} rows on one commit (the required successes the
oldest, on the last page), read through the real Gitea client behind a proxy adding ${contexts.rttMs} ms to every
request; requests counted from the world's own record (${contexts.requestsRecorded} over ${contexts.polls} poll; pages read
${contexts.pagesRead.join(', ')}; \`limit\` ${contexts.limitsAsked.join(', ')}); round trips = how many times a request had to
wait for an earlier answer (each request notes the answers sent before it arrived). One poll: ${f0(contexts.pollMs)} ms.

**4. The action's bundle** (\`packages/action/dist/\`): ${action.files} files, ${action.totalBytes} B in all; the entry
\`${action.path}\` ${action.entryBytes} B; loaded at start (entry + static imports) ${action.startBytes} B in
${action.startFiles} files; the AWS SDK in ${action.sdkFiles} chunks (${action.sdkBytes} B) loaded only by \`import()\` from the
promotion commands; ${action.undici ? 'undici is bundled' : 'no undici (the runner protocol is written without `@actions/core`)'}.

**6. Sanitising hostile text** (\`bench/sanitize.mjs\`, issue 11): ${sanitize.inputs} adversarial inputs of ${MiB(sanitize.bytes)} MiB,
median of ${sanitize.rounds}: slowest **${sanitize.slowestMs.toFixed(1)} ms** (${sanitize.slowest}; target < 50 ms); \`stripControl\`
on 1 MiB of mixed escapes ${sanitize.stripControlMs.toFixed(1)} ms.
`;
}
