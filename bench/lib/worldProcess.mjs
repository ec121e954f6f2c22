// Runs the simulated world in its own process, so the measured client never shares an event
// loop (or a CPU core's time slices) with 1,000 server-side timers and responses.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const WORLD_CHILD = fileURLToPath(new URL('../worldChild.mjs', import.meta.url));

/**
 * Starts a world child and resolves with what it reports once listening:
 * `{ tenantUrlTemplate, sha, slugs }`, plus `tenantRequests()` and `close()`.
 */
export async function startWorldProcess({ tenants, latencyMs }) {
  const child = fork(WORLD_CHILD, [String(tenants), String(latencyMs)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const pending = new Map();
  let nextId = 0;
  const ready = new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`world child exited early (code ${code})`)));
    child.on('message', (message) => {
      if (message.type === 'ready') resolve(message.world);
      else if (message.type === 'reply') {
        pending.get(message.id)?.(message.value);
        pending.delete(message.id);
      }
    });
  });
  const world = await ready;
  child.removeAllListeners('exit');
  const ask = (type) =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      child.send({ type, id });
    });
  return {
    ...world,
    /** How many tenant requests the world has recorded so far. */
    tenantRequests: () => ask('tenant-requests'),
    /** Forgets when the last tenant request arrived: the next one is timed by `firstTenantRequestAt()`. */
    mark: () => ask('mark'),
    /** Epoch ms (sub-millisecond) of the first tenant request since `mark()`, or null. */
    firstTenantRequestAt: () => ask('first-tenant-request-at'),
    /** Epoch ms (sub-millisecond) of the last tenant request since `mark()`, or null. */
    lastTenantRequestAt: () => ask('last-tenant-request-at'),
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.send({ type: 'close' });
      }),
  };
}
