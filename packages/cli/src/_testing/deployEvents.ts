import type { DeployEvent } from '@molecule/deploy-core';

const SHA = 'abcdef1234567890abcdef1234567890abcdef12';
const SLUGS = ['hongming', 'acme', 'globex', 'initech', 'umbrella', 'hooli'];

/** The events of a successful deploy to six tenants, with one retry and one tenant problem on the way. */
export const DEPLOY_EVENTS: readonly DeployEvent[] = [
  { type: 'phase', phase: 'kill-switch', message: 'checking the job-start kill switch' },
  { type: 'kill-switch', source: 'job-start', armed: false, detail: 'not armed when the job started' },
  { type: 'phase', phase: 'contexts', message: `waiting for 2 required contexts on ${SHA}` },
  { type: 'context-state', context: 'CI / all-required (push)', state: 'pending' },
  { type: 'contexts-poll', poll: 1, satisfied: 1, required: 2, requests: 3 },
  { type: 'context-state', context: 'CI / all-required (push)', state: 'success', previous: 'pending' },
  { type: 'contexts-poll', poll: 2, satisfied: 2, required: 2, requests: 6 },
  { type: 'phase', phase: 'rollout', message: 'rolling staging-abcdef1 to 6 tenant(s): canary hongming first' },
  { type: 'batch-start', phase: 'canary', index: 1, total: 3, slugs: ['hongming'] },
  { type: 'retry', call: 'POST redeploy-fleet', attempt: 1, delayMs: 50, reason: 'HTTP 502' },
  { type: 'batch-done', phase: 'canary', index: 1, total: 3, ok: true, message: '1 tenant(s) redeployed' },
  { type: 'batch-start', phase: 'batch-1', index: 2, total: 3, slugs: ['acme', 'globex', 'initech'] },
  { type: 'batch-done', phase: 'batch-1', index: 2, total: 3, ok: true, message: '3 tenant(s) redeployed' },
  { type: 'batch-start', phase: 'batch-2', index: 3, total: 3, slugs: ['umbrella', 'hooli'] },
  { type: 'batch-done', phase: 'batch-2', index: 3, total: 3, ok: true, message: '2 tenant(s) redeployed' },
  { type: 'phase', phase: 'verify', message: `verifying 6 tenants serve ${SHA}` },
  { type: 'tenant-problem', slug: 'globex', problem: '/buildinfo answered 503, retrying' },
  ...SLUGS.map((slug, i): DeployEvent => ({ type: 'tenant-verified', slug, sha: SHA, verified: i + 1, total: SLUGS.length })),
  { type: 'phase', phase: 'done', message: `deployed: 6 tenants serve ${SHA}` },
];
