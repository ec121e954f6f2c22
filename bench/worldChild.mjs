// Child process: a testkit world whose whole fleet already serves the world's commit.
// Controlled over IPC by lib/worldProcess.mjs; exits when told to, or when its parent goes away.
import { startWorld } from '@molecule/deploy-testkit';

const [tenants, latencyMs] = process.argv.slice(2).map(Number);
const world = await startWorld({ tenants, latencyMs });
const tag = `staging-${world.sha.slice(0, 7).toLowerCase()}`;
for (const slug of world.slugs) world.fleet.setImage(slug, tag);

// When the first tenant request after a `mark` arrived (epoch ms, sub-millisecond): a process
// measured from there on is measured without its start-up (module loading, config parsing).
let firstTenantRequestAt;
let lastTenantRequestAt;
const requests = world.requests;
const record = requests.push;
requests.push = function push(...entries) {
  if (entries.some((entry) => entry.service === 'tenant')) {
    lastTenantRequestAt = performance.timeOrigin + performance.now();
    firstTenantRequestAt ??= lastTenantRequestAt;
  }
  return record.apply(this, entries);
};

async function shutdown() {
  await world.close();
  process.exit(0);
}

process.on('message', (message) => {
  if (message.type === 'close') void shutdown();
  else if (message.type === 'mark') {
    firstTenantRequestAt = undefined;
    lastTenantRequestAt = undefined;
    process.send({ type: 'reply', id: message.id, value: true });
  } else if (message.type === 'first-tenant-request-at') process.send({ type: 'reply', id: message.id, value: firstTenantRequestAt ?? null });
  else if (message.type === 'last-tenant-request-at') process.send({ type: 'reply', id: message.id, value: lastTenantRequestAt ?? null });
  else if (message.type === 'tenant-requests') {
    let count = 0;
    for (const request of world.requests) if (request.service === 'tenant') count += 1;
    process.send({ type: 'reply', id: message.id, value: count });
  }
});
process.on('disconnect', () => void shutdown());
process.send({ type: 'ready', world: { tenantUrlTemplate: world.tenantUrlTemplate, sha: world.sha, slugs: world.slugs } });
