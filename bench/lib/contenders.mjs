// The two contenders of the verify benchmark, reading the same fleet the same way:
// every tenant's /buildinfo once (all tenants already serve the commit), 32 at a time.
import http from 'node:http';
import { systemClock, verifyFleetSha } from '@molecule/deploy-core';
import { createBuildInfoReader } from '@molecule/deploy-fleet';
import { get } from './httpGet.mjs';

/** The real thing: core's verifyFleetSha over the real /buildinfo reader (fetch, zod, neverthrow). */
export async function verifyWithCore({ slugs, tenantUrlTemplate, sha, concurrency }) {
  const tenants = createBuildInfoReader();
  const started = performance.now();
  const result = await verifyFleetSha({ sha, slugs, tenantUrlTemplate, concurrency, timeoutSeconds: 120, intervalSeconds: 1 }, { tenants, clock: systemClock });
  const elapsed = performance.now() - started;
  const verified = result.isOk() ? result.value.tenants.filter((t) => t.status === 'verified').length : 0;
  return { ms: elapsed, verified };
}

/**
 * The floor: node:http with a keep-alive Agent, `concurrency` workers pulling slugs off one
 * index, one GET each, JSON.parse, compare. No validation, no typed errors, no deadline.
 */
export async function verifyWithMinimalClient({ slugs, tenantUrlTemplate, sha, concurrency }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  let next = 0;
  let verified = 0;
  const worker = async () => {
    while (next < slugs.length) {
      const slug = slugs[next++];
      const body = await get(`${tenantUrlTemplate.replace('{slug}', slug)}/buildinfo`, agent);
      if (JSON.parse(body).git_sha === sha) verified += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = performance.now() - started;
  agent.destroy();
  return { ms: elapsed, verified };
}

/** Plain global `fetch` (undici), no wrapper: separates fetch's own cost from the layers above it. */
export async function verifyWithBareFetch({ slugs, tenantUrlTemplate, sha, concurrency }) {
  let next = 0;
  let verified = 0;
  const worker = async () => {
    while (next < slugs.length) {
      const slug = slugs[next++];
      const response = await fetch(`${tenantUrlTemplate.replace('{slug}', slug)}/buildinfo`);
      if (JSON.parse(await response.text()).git_sha === sha) verified += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { ms: performance.now() - started, verified };
}
