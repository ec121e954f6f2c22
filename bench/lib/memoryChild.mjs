// Child process of verify-memory.mjs: runs one verifyFleetSha over the fleet it is sent and
// reports its own memory, so the world's memory is never counted.
import { systemClock, verifyFleetSha } from '@molecule/deploy-core';
import { createBuildInfoReader } from '@molecule/deploy-fleet';

const SAMPLE_EVERY_MS = 5;

// An orphan must not linger: the parent going away ends the run.
process.on('disconnect', () => process.exit(1));

process.once('message', async ({ slugs, tenantUrlTemplate, sha, concurrency }) => {
  const baselineRss = process.memoryUsage().rss;
  let peakRss = baselineRss;
  let peakHeapUsed = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => {
    const usage = process.memoryUsage();
    if (usage.rss > peakRss) peakRss = usage.rss;
    if (usage.heapUsed > peakHeapUsed) peakHeapUsed = usage.heapUsed;
  }, SAMPLE_EVERY_MS);
  const started = performance.now();
  const result = await verifyFleetSha(
    { sha, slugs, tenantUrlTemplate, concurrency, timeoutSeconds: 300, intervalSeconds: 1 },
    { tenants: createBuildInfoReader(), clock: systemClock },
  );
  const elapsedMs = performance.now() - started;
  clearInterval(sampler);
  const usage = process.memoryUsage();
  peakRss = Math.max(peakRss, usage.rss);
  // With --expose-gc: what is still held once garbage is gone (the report itself, mostly).
  globalThis.gc?.();
  const retainedHeap = process.memoryUsage().heapUsed;
  process.send(
    {
      tenants: slugs.length,
      verified: result.isOk() ? result.value.tenants.filter((t) => t.status === 'verified').length : 0,
      ok: result.isOk(),
      elapsedMs,
      baselineRss,
      peakRss,
      peakHeapUsed,
      retainedHeap,
      // `maxRSS` is in kilobytes: the kernel's own high-water mark, not a sample.
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
    },
    () => process.exit(0),
  );
});
