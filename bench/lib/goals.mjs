// The goals of issue 13, each computed from one run's figures: what was measured for our code,
// the floor beside it (the minimal client, or `node -e 0`), the ratio or value, the goal, met or not.
const MIB = 1024 * 1024;
const ms = (value) => `${value.toFixed(0)} ms`;
const x = (value) => `${value.toFixed(2)}×`;
const mib = (bytes) => `${(bytes / MIB).toFixed(1)} MiB`;

export const GOALS = {
  verifyRatio: 1.1,
  cpuRatio: 1.5,
  rssBytes: 100 * MIB,
  help: 1.5,
  verifyOne: 2,
  actionStartBytes: 1.5 * MIB,
  roundTrips: 3,
  gateDeadlineMs: 60_000,
};

/** A goal on a ratio: ours against the floor, at most `goal`. */
function ratioRow(what, ours, floor, ratio, goal) {
  return { what, ours, floor, result: x(ratio), goal: `≤ ${x(goal)}`, met: ratio <= goal };
}

/** One row per goal: `{ what, ours, floor, result, goal, met }`. */
export function goalRows(figures) {
  const { verify, cpu, memory, coldStart, contexts, action } = figures;
  const concurrency = (r) => `${r.concurrency}${r.default ? ' (the default)' : ''}`;
  return [
    ...verify.results.map((r) =>
      ratioRow(
        `\`verify\`, ${verify.tenants} tenants at ${verify.latencyMs} ms, concurrency ${concurrency(r)}, process start excluded`,
        ms(r.cliMs),
        ms(r.minimalMs),
        r.ratio,
        GOALS.verifyRatio,
      ),
    ),
    ratioRow(
      'CPU per `/buildinfo` read (processes, start-up cancelled out)',
      `${cpu.microsPerRead.cli.toFixed(0)} µs`,
      `${cpu.microsPerRead.minimal.toFixed(0)} µs`,
      cpu.ratio,
      GOALS.cpuRatio,
    ),
    {
      what: `peak RSS, \`verify\` of ${memory.tenants} tenants`,
      ours: mib(memory.cli.maxRssBytes),
      floor: mib(memory.minimal.maxRssBytes),
      result: mib(memory.cli.maxRssBytes),
      goal: `≤ ${mib(GOALS.rssBytes)}`,
      met: memory.cli.maxRssBytes <= GOALS.rssBytes,
    },
    ratioRow('`molecule-deploy --help` vs `node -e 0`', ms(coldStart.ms.help), ms(coldStart.ms.node), coldStart.ratios.help, GOALS.help),
    ratioRow(
      '`verify` of one tenant, whole process, vs a one-tenant `node:http` script',
      ms(coldStart.ms.verifyOne),
      ms(coldStart.ms.minimalOne),
      coldStart.ratios.verifyOne,
      GOALS.verifyOne,
    ),
    {
      what: 'the action: what loads before its entry runs (entry + static imports)',
      ours: `${action.startBytes} B in ${action.startFiles} files (entry ${action.entryBytes} B)`,
      floor: '—',
      result: `${mib(action.startBytes)}; AWS SDK ${action.sdkLoadedAtStart ? 'LOADED AT START' : `only in ${action.sdkFiles} lazy chunks`}; ${action.undici ? 'undici bundled' : 'no undici'}`,
      goal: `≤ ${mib(GOALS.actionStartBytes)}, SDK lazy, one undici or none`,
      met: action.startBytes <= GOALS.actionStartBytes && !action.sdkLoadedAtStart && !action.undici,
    },
    {
      what: `\`wait-contexts\`, one poll over ${contexts.rows} status rows at ${contexts.rttMs} ms RTT`,
      ours: `${contexts.requestsPerPoll} requests, ${contexts.roundTripsPerPoll} round trips, ${ms(contexts.pollMs)}`,
      floor: `${contexts.sequentialRequests} sequential requests`,
      result: `${contexts.roundTripsPerPoll} round trips`,
      goal: `≤ ${GOALS.roundTrips} round trips`,
      met: contexts.roundTripsPerPoll <= GOALS.roundTrips,
    },
  ];
}

/** The same, one line each, for the terminal and the doc's "printed by the run". */
export function goalLines(figures) {
  return goalRows(figures).map((row) => `${row.met ? 'met  ' : 'MISSED'} ${row.what}: ${row.ours} vs ${row.floor} → ${row.result} (goal ${row.goal})`);
}
