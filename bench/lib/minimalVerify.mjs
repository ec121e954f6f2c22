// The floor as a process: the smallest correct /buildinfo verifier a person would write with
// node:http — a keep-alive Agent with maxSockets = concurrency, workers pulling slugs off one
// index, one GET each, JSON.parse, compare. No validation, no typed errors, no deadline.
// Usage: node minimalVerify.mjs <slugs-file> <tenant-url-template> <sha> <concurrency>
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { get } from './httpGet.mjs';

const [slugsFile, template, sha, concurrencyText] = process.argv.slice(2);
const slugs = readFileSync(slugsFile, 'utf8').split('\n').filter(Boolean);
const concurrency = Number(concurrencyText);
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
let next = 0;
let verified = 0;

async function worker() {
  while (next < slugs.length) {
    const slug = slugs[next++];
    if (JSON.parse(await get(`${template.replace('{slug}', slug)}/buildinfo`, agent)).git_sha === sha) verified += 1;
  }
}

await Promise.all(Array.from({ length: Math.min(concurrency, slugs.length) }, worker));
agent.destroy();
process.stdout.write(`${verified} of ${slugs.length} tenants serve ${sha}\n`);
process.exitCode = verified === slugs.length ? 0 : 1;
