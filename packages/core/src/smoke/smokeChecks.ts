import type { Result } from 'neverthrow';
import { z } from 'zod';
import type { PortError } from '../errors/transport';
import type { SmokeRequest, SmokeResponse } from '../ports';
import type { SmokeCheckName, SmokeCheckResult } from './types';

/** Sends one request to the canary under test (its URL and, unless `anonymous`, its own token). */
export type CanarySend = (request: Pick<SmokeRequest, 'method' | 'path' | 'body'> & { readonly anonymous?: boolean }) => Promise<Result<SmokeResponse, PortError>>;

export interface SmokeCheck {
  readonly name: SmokeCheckName;
  readonly run: (send: CanarySend, probe: string) => Promise<SmokeCheckResult>;
}

/** The namespace the memory probe is written to, so probes are easy to find and clean up. */
const PROBE_NAMESPACE = 'canary-smoke';

const livenessSchema = z.object({
  subsystems: z.custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value)),
});
const commitSchema = z.object({ id: z.union([z.string().min(1), z.number()]) });

/**
 * The canary smoke suite of control-plane.md, one entry per check, in the order they run.
 * Reasons are short and built here from statuses and shapes: a response body is never
 * echoed (lesson 10), and the token never reaches a reason (it is not in scope here).
 */
export const SMOKE_CHECKS: readonly SmokeCheck[] = [
  {
    // Tenant booted and AdminAuth reachable.
    name: 'liveness',
    run: async (send) =>
      expect200(await send({ method: 'GET', path: '/admin/liveness' }), 'liveness', (json) =>
        livenessSchema.safeParse(json).success ? undefined : json === undefined ? 'not JSON' : 'no subsystems map',
      ),
  },
  {
    // wsAuth and the database.
    name: 'workspaces',
    run: async (send) => expect200(await send({ method: 'GET', path: '/workspaces' }), 'workspaces', jsonArray),
  },
  {
    // Encryption and the scrubber: what goes in must come back out.
    name: 'memory-round-trip',
    run: async (send, probe) => {
      const committed = await send({
        method: 'POST',
        path: '/memories/commit',
        body: { scope: 'LOCAL', namespace: PROBE_NAMESPACE, content: probe },
      });
      if (committed.isErr()) return failed('memory-round-trip', `commit: ${transportReason(committed.error)}`);
      const { status, json } = committed.value;
      if (status < 200 || status > 299) return failed('memory-round-trip', `commit: expected 2xx, got ${status}`);
      if (!commitSchema.safeParse(json).success) return failed('memory-round-trip', 'commit: no id in the answer');

      const searched = await send({ method: 'GET', path: `/memories/search?query=${encodeURIComponent(probe)}` });
      if (searched.isErr()) return failed('memory-round-trip', `search: ${transportReason(searched.error)}`);
      if (searched.value.status !== 200) return failed('memory-round-trip', `search: expected 200, got ${searched.value.status}`);
      // Only the results count: a search answer that echoes its query contains the probe without having found it.
      if (!containsText(resultItems(searched.value.json), probe)) return failed('memory-round-trip', 'search: probe not found in the results');
      return passed('memory-round-trip');
    },
  },
  {
    // C4 fail-closed proof: the admin read works with the token.
    name: 'events',
    run: async (send) => expect200(await send({ method: 'GET', path: '/events' }), 'events', jsonArray),
  },
  {
    // C4 regression gate: the admin endpoint must refuse a request without a bearer.
    name: 'auth-gate',
    run: async (send) => {
      const answer = await send({ method: 'GET', path: '/admin/liveness', anonymous: true });
      if (answer.isErr()) return failed('auth-gate', transportReason(answer.error));
      return answer.value.status === 401 ? passed('auth-gate') : failed('auth-gate', `expected 401, got ${answer.value.status}`);
    },
  },
];

function expect200(answer: Result<SmokeResponse, PortError>, check: SmokeCheckName, problemOf: (json: unknown) => string | undefined): SmokeCheckResult {
  if (answer.isErr()) return failed(check, transportReason(answer.error));
  if (answer.value.status !== 200) return failed(check, `expected 200, got ${answer.value.status}`);
  const problem = problemOf(answer.value.json);
  return problem === undefined ? passed(check) : failed(check, problem);
}

function jsonArray(json: unknown): string | undefined {
  if (Array.isArray(json)) return undefined;
  return json === undefined ? 'not JSON' : 'not a JSON array';
}

function passed(check: SmokeCheckName): SmokeCheckResult {
  return { check, passed: true, reason: 'ok' };
}

function failed(check: SmokeCheckName, reason: string): SmokeCheckResult {
  return { check, passed: false, reason };
}

/** A transport failure as a short reason; adapter messages are clipped (they are already sanitised). */
function transportReason(error: PortError): string {
  switch (error.kind) {
    case 'http':
      return `request failed: HTTP ${error.status}`;
    case 'network':
      return `request failed: network error (${clip(error.message)})`;
    case 'timeout':
      return `request failed: no answer within ${error.timeoutMs < 1000 ? `${error.timeoutMs}ms` : `${Math.round(error.timeoutMs / 1000)}s`}`;
    case 'invalid-response':
      return 'request failed: invalid response';
    case 'aborted':
      return 'request aborted';
    case 'unexpected':
      return `request failed: adapter failure (${clip(error.message)})`;
  }
}

function clip(text: string, max = 80): string {
  const line = String(text).replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

/** Where a search answer keeps its hits. Anything else beside them (an echoed `query`, `warnings`) is not a result. */
const RESULT_KEYS = ['results', 'memories', 'items', 'data', 'hits'] as const;

/** The result items of a search answer: the answer itself when it is an array, else its result arrays. */
function resultItems(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (typeof json !== 'object' || json === null) return [];
  const record = json as Record<string, unknown>;
  return RESULT_KEYS.flatMap((key) => (Array.isArray(record[key]) ? (record[key] as unknown[]) : []));
}

/** Whether any string anywhere in a JSON value contains `text` (result items vary in shape). */
function containsText(json: unknown, text: string): boolean {
  // Iterative, so that a deeply nested answer cannot overflow the stack.
  const stack: unknown[] = [json];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (value.includes(text)) return true;
    } else if (typeof value === 'object' && value !== null) {
      // A loop, not `push(...values)`: a huge array would exceed the argument limit.
      for (const child of Array.isArray(value) ? value : Object.values(value)) stack.push(child);
    }
  }
  return false;
}
