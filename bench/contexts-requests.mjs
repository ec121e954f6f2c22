// Benchmark 2: HTTP requests per poll of waitForContexts on a commit with 500 status rows.
// Gitea clamps `limit` to 50, so a complete read is 10 full pages + 1 empty page = 11 requests;
// counted from the testkit's own request record, not from what the client believes it sent.
import { systemClock, waitForContexts } from '@molecule/deploy-core';
import { createGiteaClient } from '@molecule/deploy-gitea';
import { REQUIRED_CONTEXTS, startWorld } from '@molecule/deploy-testkit';

const ROWS = 500;
const PAGE_LIMIT = 50;
/** A commit of its own, so the world's seeded history does not change the row count. */
const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

const world = await startWorld({ tenants: 1 });
try {
  // The required successes are posted first: the oldest rows, listed on the last page,
  // so a reader that stops early cannot turn green.
  for (const context of REQUIRED_CONTEXTS) world.gitea.addStatus(SHA, context, 'success');
  for (let i = REQUIRED_CONTEXTS.length; i < ROWS; i += 1) world.gitea.addStatus(SHA, `CI / job ${i % 40} (push)`, i % 3 === 0 ? 'pending' : 'success');

  const gitea = createGiteaClient({ apiUrl: world.apiUrl, token: world.tokens.gitea, owner: world.owner, repo: world.repo });
  const result = await waitForContexts(
    { sha: SHA, requiredContexts: [...REQUIRED_CONTEXTS], pollIntervalSeconds: 1, timeoutSeconds: 30 },
    { statuses: gitea, clock: systemClock },
  );
  if (result.isErr()) throw new Error(`waitForContexts failed: ${JSON.stringify(result.error)}`);

  const statusReads = world.requests.filter((r) => r.service === 'gitea' && r.path.endsWith(`/commits/${SHA}/statuses`));
  const pages = Math.ceil(ROWS / PAGE_LIMIT);
  const output = {
    rows: ROWS,
    polls: result.value.polls,
    requestsRecorded: statusReads.length,
    requestsPerPoll: statusReads.length / result.value.polls,
    requestsReported: result.value.requests,
    expected: pages + 1,
    pagesRead: statusReads.map((r) => Number(r.query.page)),
    limitsAsked: [...new Set(statusReads.map((r) => r.query.limit))],
  };
  process.stdout.write(`${JSON.stringify(output)}\n`);
} finally {
  await world.close();
}
