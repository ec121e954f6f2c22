// Benchmark 2: one poll of waitForContexts over a commit with 500 status rows, 50 ms round-trip
// time. Gitea clamps `limit` to 50: 10 full pages + 1 empty page = 11 requests. Issue 13: page 1,
// then the pages its X-Total-Count announces in parallel, then the empty-page confirmation — 3
// round trips instead of 11. A proxy in front of the simulated Gitea adds the latency and counts
// round trips: each request notes how many answers had been sent when it arrived; the number of
// distinct values is the number of sequential waves the client needed. Requests are counted from
// the testkit's own record, not from what the client believes it sent.
import http from 'node:http';
import { systemClock, waitForContexts } from '@molecule/deploy-core';
import { createGiteaClient } from '@molecule/deploy-gitea';
import { REQUIRED_CONTEXTS, startWorld } from '@molecule/deploy-testkit';

const ROWS = 500;
const PAGE_LIMIT = 50;
const RTT_MS = 50;
/** A commit of its own, so the world's seeded history does not change the row count. */
const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

/** A delaying proxy on 127.0.0.1: every request waits RTT_MS before it is forwarded. */
async function latencyProxy(target) {
  const log = [];
  let answered = 0;
  const agent = new http.Agent({ keepAlive: true });
  const server = http.createServer((req, res) => {
    log.push(answered);
    setTimeout(() => {
      const upstream = http.request(new URL(req.url, target), { method: req.method, headers: req.headers, agent }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        answer.on('end', () => (answered += 1));
      });
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    }, RTT_MS);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    roundTrips: () => new Set(log).size,
    log,
    close: () => new Promise((resolve) => server.close(() => resolve(agent.destroy()))),
  };
}

const world = await startWorld({ tenants: 1 });
const proxy = await latencyProxy(new URL(world.apiUrl).origin);
try {
  // The required successes are posted first: the oldest rows, listed on the last page,
  // so a reader that stops early cannot turn green.
  for (const context of REQUIRED_CONTEXTS) world.gitea.addStatus(SHA, context, 'success');
  for (let i = REQUIRED_CONTEXTS.length; i < ROWS; i += 1) world.gitea.addStatus(SHA, `CI / job ${i % 40} (push)`, i % 3 === 0 ? 'pending' : 'success');

  const apiUrl = `${proxy.url}${new URL(world.apiUrl).pathname}`;
  const gitea = createGiteaClient({ apiUrl, token: world.tokens.gitea, owner: world.owner, repo: world.repo });
  const started = performance.now();
  const result = await waitForContexts(
    { sha: SHA, requiredContexts: [...REQUIRED_CONTEXTS], pollIntervalSeconds: 1, timeoutSeconds: 30 },
    { statuses: gitea, clock: systemClock },
  );
  const pollMs = performance.now() - started;
  if (result.isErr()) throw new Error(`waitForContexts failed: ${JSON.stringify(result.error)}`);

  const statusReads = world.requests.filter((r) => r.service === 'gitea' && r.path.endsWith(`/commits/${SHA}/statuses`));
  const pages = Math.ceil(ROWS / PAGE_LIMIT);
  const output = {
    rows: ROWS,
    rttMs: RTT_MS,
    polls: result.value.polls,
    requestsRecorded: statusReads.length,
    requestsPerPoll: statusReads.length / result.value.polls,
    requestsReported: result.value.requests,
    sequentialRequests: pages + 1,
    roundTripsPerPoll: proxy.roundTrips() / result.value.polls,
    arrivalLog: proxy.log,
    pollMs: pollMs / result.value.polls,
    pagesRead: statusReads.map((r) => Number(r.query.page)),
    limitsAsked: [...new Set(statusReads.map((r) => r.query.limit))],
  };
  process.stdout.write(`${JSON.stringify(output)}\n`);
} finally {
  await proxy.close();
  await world.close();
}
