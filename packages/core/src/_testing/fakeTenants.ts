import { err, ok, ResultAsync, type Result } from 'neverthrow';
import type { PortError } from '../errors/transport';
import type { BuildInfo, BuildInfoSource } from '../ports';

export interface FakeTenantsOptions {
  /** What the n-th read (1-based) of a tenant answers. */
  readonly serve: (slug: string, read: number) => BuildInfo | PortError;
  /** Microtask turns each read takes, so that concurrent reads overlap. @default 3 */
  readonly ticks?: number;
  /** Called as each read starts (e.g. to abort after the n-th). */
  readonly onRead?: (slug: string, readNumber: number) => void;
}

export interface FakeTenants extends BuildInfoSource {
  /** Every read in the order it started: slug and base URL. */
  readonly reads: { readonly slug: string; readonly baseUrl: string }[];
  readsOf(slug: string): number;
  /** The most reads that were ever in flight at once. */
  readonly maxInFlight: number;
}

/**
 * In-memory tenants for verification tests. The slug is taken from the base URL: the last
 * path segment when there is a path (`http://127.0.0.1:9/tenants/acme`), else the first
 * host label (`https://acme.moleculesai.app`).
 */
export function fakeTenants(options: FakeTenantsOptions): FakeTenants {
  const reads: { slug: string; baseUrl: string }[] = [];
  const counts = new Map<string, number>();
  let inFlight = 0;
  let maxInFlight = 0;

  const read = async (baseUrl: string, signal?: AbortSignal): Promise<Result<BuildInfo, PortError>> => {
    const slug = slugOf(baseUrl);
    const readNumber = (counts.get(slug) ?? 0) + 1;
    counts.set(slug, readNumber);
    reads.push({ slug, baseUrl });
    options.onRead?.(slug, readNumber);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      for (let i = 0; i < (options.ticks ?? 3); i += 1) await Promise.resolve();
      if (signal?.aborted) return err({ kind: 'aborted', call: 'GET /buildinfo', path: '/buildinfo' });
      const answer = options.serve(slug, readNumber);
      return 'kind' in answer ? err(answer) : ok(answer);
    } finally {
      inFlight -= 1;
    }
  };

  return {
    reads,
    readsOf: (slug) => counts.get(slug) ?? 0,
    get maxInFlight() {
      return maxInFlight;
    },
    readBuildInfo: (baseUrl, signal) => new ResultAsync(read(baseUrl, signal)),
  };
}

function slugOf(baseUrl: string): string {
  const url = new URL(baseUrl);
  const segments = url.pathname.split('/').filter(Boolean);
  return segments.at(-1) ?? url.hostname.split('.')[0] ?? '';
}

export function unreachable(status = 503): PortError {
  return { kind: 'http', call: 'GET /buildinfo', path: '/buildinfo', status };
}
