import { err, ok, ResultAsync, type Result } from 'neverthrow';
import type { PortError } from '../errors/transport';
import type { SmokeHttp, SmokeRequest, SmokeResponse } from '../ports';

/** What an override answers for a request: `undefined` lets the healthy canary answer. */
export type CanaryOverride = (request: SmokeRequest) => SmokeResponse | PortError | 'throw' | undefined;

export interface FakeCanaries extends SmokeHttp {
  /** Every request in order, exactly as core built it (bearer included, for isolation asserts). */
  readonly requests: SmokeRequest[];
  requestsTo(url: string): SmokeRequest[];
  /** Installs (or, with `undefined`, removes) a per-canary override. */
  override(url: string, answer: CanaryOverride | undefined): void;
}

/**
 * In-memory canary tenants speaking the smoke endpoints of control-plane.md. Each canary
 * accepts only its own admin token; with it: liveness has a subsystems map, workspaces and
 * events are arrays, a committed memory is found by search. Without it: 401. An unknown
 * base URL is a network error. Overrides inject broken answers, transport errors and throws.
 */
export function fakeCanaries(canaries: readonly { readonly url: string; readonly token: string }[]): FakeCanaries {
  const tokens = new Map(canaries.map((canary) => [canary.url, canary.token]));
  const memories = new Map<string, { id: string; content: string }[]>();
  const overrides = new Map<string, CanaryOverride>();
  const requests: SmokeRequest[] = [];

  const healthy = (request: SmokeRequest): Result<SmokeResponse, PortError> => {
    const token = tokens.get(request.baseUrl);
    const path = request.path.split('?')[0] ?? '';
    if (token === undefined) return err({ kind: 'network', call: `${request.method} ${path}`, path, message: 'connect ECONNREFUSED' });
    if (request.bearer !== token) return ok({ status: 401, json: { error: 'unauthorized' } });
    const stored = memories.get(request.baseUrl) ?? [];
    memories.set(request.baseUrl, stored);
    switch (`${request.method} ${path}`) {
      case 'GET /admin/liveness':
        return ok({ status: 200, json: { subsystems: { db: 'ok', redis: 'ok' } } });
      case 'GET /workspaces':
      case 'GET /events':
        return ok({ status: 200, json: [] });
      case 'POST /memories/commit': {
        const content = String((request.body as { content?: unknown } | undefined)?.content ?? '');
        const memory = { id: `mem-${stored.length + 1}`, content };
        stored.push(memory);
        return ok({ status: 201, json: { id: memory.id } });
      }
      case 'GET /memories/search': {
        const query = new URLSearchParams(request.path.split('?')[1] ?? '').get('query') ?? '';
        return ok({ status: 200, json: { results: stored.filter((m) => m.content.includes(query)).map((m) => ({ id: m.id, memory: { content: m.content } })) } });
      }
      default:
        return ok({ status: 404, json: undefined });
    }
  };

  return {
    requests,
    requestsTo: (url) => requests.filter((request) => request.baseUrl === url),
    override(url, answer) {
      if (answer) overrides.set(url, answer);
      else overrides.delete(url);
    },
    send(request) {
      requests.push(request);
      const overridden = overrides.get(request.baseUrl)?.(request);
      if (overridden === 'throw') throw new Error('smoke adapter exploded');
      return new ResultAsync(
        Promise.resolve().then((): Result<SmokeResponse, PortError> => {
          if (overridden === undefined) return healthy(request);
          return 'kind' in overridden ? err(overridden) : ok(overridden);
        }),
      );
    },
  };
}
