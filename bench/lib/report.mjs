// Renders docs/benchmarks.md: the figures, the machine, and how each was measured.

const f0 = (n) => n.toFixed(0);
const f2 = (n) => n.toFixed(2);
const MiB = (bytes) => (bytes / 1024 / 1024).toFixed(1);

export function renderMarkdown({ machine, figures, lines }) {
  const { verify, clientCpu, contexts, coldStart, action, memory, sanitize } = figures;
  const cpu = clientCpu.microsPerRead;
  const actionCell = action.bytes === undefined ? 'absent (not built when this ran)' : `${action.bytes} bytes (${(action.bytes / 1024).toFixed(1)} KiB)`;
  return `# Benchmarks

Written by \`npm run bench\` (\`bench/run.mjs\`; \`--no-build\` skips the build). Every figure below comes from
one run on the machine described, and every ratio compares two contenders measured in that same run.
Loopback only; the simulated world is \`@molecule/deploy-testkit\`.

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

## Results

| # | benchmark | figure |
|---|---|---|
| 1 | \`verifyFleetSha\`, ${verify.tenants} tenants, ${verify.latencyMs} ms latency, concurrency ${verify.concurrency} (median of ${verify.rounds}) | ${f0(verify.coreMedianMs)} ms vs ${f0(verify.minimalMedianMs)} ms for a minimal keep-alive \`node:http\` client: **${f2(verify.ratio)}×** (target ≤ 1.25×, aim 1.10×; ideal ${verify.idealMs} ms) |
| 1b | client CPU per \`/buildinfo\` read, no latency, ${clientCpu.tenants} tenants, concurrency ${clientCpu.concurrency} (median of ${clientCpu.rounds}; diagnostic) | \`verifyFleetSha\` ${f0(cpu.core)} µs, bare \`fetch\` ${f0(cpu.bareFetch)} µs, \`node:http\` ${f0(cpu.nodeHttp)} µs |
| 2 | \`waitForContexts\`, one commit with ${contexts.rows} status rows | **${contexts.requestsPerPoll} requests per poll** (${contexts.expected - 1} pages of 50 + 1 empty = ${contexts.expected}; pages read: ${contexts.pagesRead.join(', ')}; \`limit\` asked: ${contexts.limitsAsked.join(', ')}) |
| 3 | CLI cold start, \`node packages/cli/dist/bin.js --help\` vs \`node -e 0\` (median of ${coldStart.runs}) | ${f0(coldStart.cliMs)} ms vs ${f0(coldStart.nodeMs)} ms: **${f2(coldStart.ratio)}×** |
| 4 | action bundle \`${action.path}\` | ${actionCell} |
| 5 | peak memory, one \`verifyFleetSha\` over ${memory.tenants} tenants (${memory.latencyMs} ms latency, concurrency ${memory.concurrency}) | peak RSS **${MiB(memory.peakRss)} MiB** (sampled every 5 ms), \`maxRSS\` **${MiB(memory.maxRssBytes)} MiB**; RSS before the run ${MiB(memory.baselineRss)} MiB; peak heap ${MiB(memory.peakHeapUsed)} MiB, heap after a forced GC ${MiB(memory.retainedHeap)} MiB; ${f0(memory.elapsedMs)} ms |
| 6 | \`sanitizeExcerpt\` on ${sanitize.inputs} adversarial inputs of ${MiB(sanitize.bytes)} MiB each (median of ${sanitize.rounds}) | slowest **${sanitize.slowestMs.toFixed(1)} ms** (${sanitize.slowest}; target < 50 ms); \`stripControl\` alone on 1 MiB of mixed escapes ${sanitize.stripControlMs.toFixed(1)} ms |

Printed by the run:

\`\`\`
${lines.join('\n')}
\`\`\`

## How each figure is measured

1. **Verify vs a minimal client** (\`bench/verify-ratio.mjs\`). The world runs in its own child process
   (\`bench/worldChild.mjs\`) with \`latencyMs: ${verify.latencyMs}\` and every tenant already on the commit, so server
   timers never share an event loop with the measured client. Both contenders run in one process, alternating
   who goes first, after an untimed warm-up of 200 tenants each: core's \`verifyFleetSha\` with the real
   \`createBuildInfoReader\` and \`systemClock\`, and ${verify.concurrency} workers over a \`node:http\` \`Agent({ keepAlive: true })\`
   doing one GET + \`JSON.parse\` per tenant. Each reads every tenant exactly once (the world recorded
   ${verify.tenantRequests} tenant requests in all, warm-ups included). Runs (ms): core ${verify.coreMs.map(f0).join(', ')};
   minimal ${verify.minimalMs.map(f0).join(', ')}.
   **1b** (\`bench/client-cpu.mjs\`) removes the latency: then the client's own CPU is what differs. Process CPU
   time (user + system) per read, for core, for bare global \`fetch\` with \`JSON.parse\`, and for \`node:http\`.
   The gap between bare \`fetch\` and \`node:http\` is undici's; the gap between core and bare \`fetch\` is every
   layer above it (per-read deadline timer and abort wiring, typed errors, zod, neverthrow, the pool). At
   ${verify.latencyMs} ms latency and concurrency ${verify.concurrency} this CPU is well under the time spent waiting, which is why ratio 1
   stays near 1; it matters only for very large fleets on a busy runner.
2. **Requests per poll** (\`bench/contexts-requests.mjs\`). ${contexts.rows} rows on a commit of its own, the required
   successes posted first (so they are the oldest rows, on the last page), read through the real Gitea
   client; counted from the world's request record (${contexts.requestsRecorded} over ${contexts.polls} poll), not from the client.
3. **Cold start** (\`bench/cold-start.mjs\`): \`spawnSync\` wall time, the two commands interleaved, one untimed
   run of each first.
4. **Action bundle**: the file's size on disk.
5. **Peak memory** (\`bench/verify-memory.mjs\`): the verify runs alone in a child (\`bench/lib/memoryChild.mjs\`,
   \`--expose-gc\`), the world in another; RSS sampled every 5 ms, \`maxRSS\` from \`process.resourceUsage()\`.
6. **Sanitising hostile text** (\`bench/sanitize.mjs\`, issue 11): each input is 1 MiB built to hurt one pattern
   (a keyword then a long run of blanks, quotes or colons; \`a.a.a\`, \`-.-.-\` and path-like runs; escape sequences
   that never end; a JSON body); one untimed call, then the median of the timed ones, in-process. Before the fix,
   \`token\` + 4,000 blanks + \`"\` alone took 22 s.

Figures on a shared or loaded machine (see the load average) vary by tens of percent from run to run;
compare ratios, not absolute times.
`;
}
