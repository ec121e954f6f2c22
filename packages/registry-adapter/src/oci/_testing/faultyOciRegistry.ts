import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FaultKind } from '@molecule/deploy-testkit';
import { sha256Digest } from '../../_internals/sha256Digest';

/**
 * A fault armed on the fake registry's manifest calls. The fault answers in place of the
 * registry, so a faulted PUT stores nothing.
 *
 * - `rate-limit`: 429, `Retry-After: 1`, a distribution `TOOMANYREQUESTS` error.
 * - `flap`: a 503 `UNAVAILABLE`, then the real answer, alternating.
 * - `reset` / `hang`: the socket is destroyed / never answered (until close()).
 * - `html`: a proxy's page, 200 (a login page) or 502.
 * - `truncated`: 200 with the manifest's Content-Type and the first half of its bytes
 *   (`withDigest`: also the whole manifest's `Docker-Content-Digest`, as a cutting proxy would pass on).
 * - `missing-fields`: GET: 200 with a manifest Content-Type and a body lacking the manifest's
 *   required fields (`noMediaType`: no Content-Type and a body that declares no mediaType).
 *   PUT: 200 `{}` without `Docker-Content-Digest` (`bare201`: a 201 without `Docker-Content-Digest` or `Location`).
 * - `redirect`: 307 to `location` (another origin: it must never get a request, let alone a token).
 *
 * Every fault body quotes the request's Authorization header, as a careless proxy might:
 * an adapter that echoes bodies into errors would leak it.
 */
export interface OciFaultSpec {
  readonly method: 'GET' | 'PUT';
  /** @default every repository */
  readonly repository?: string;
  /** @default every tag */
  readonly tag?: string;
  readonly kind: FaultKind;
  /** @default unlimited */
  readonly times?: number;
  /** `html` only. @default 200 */
  readonly status?: 200 | 502;
  readonly withDigest?: boolean;
  readonly noMediaType?: boolean;
  readonly bare201?: boolean;
  /** `redirect` only. */
  readonly location?: string;
}

export interface OciRecordedRequest {
  readonly method: string;
  readonly repository: string;
  readonly tag: string;
  readonly authorization?: string;
  /** The fault that answered, if one did. */
  readonly fault?: FaultKind;
}

export interface FaultyOciRegistry {
  /** `127.0.0.1:PORT`, for `createOciRegistry({ registry, insecureLoopback: true })`. */
  readonly host: string;
  readonly requests: readonly OciRecordedRequest[];
  /** Stores a manifest under a tag; answers its digest. */
  seed(repository: string, tag: string, mediaType: string, body: string): string;
  /** The digest a tag points at, or undefined. */
  tagDigest(repository: string, tag: string): string | undefined;
  inject(spec: OciFaultSpec): void;
  close(): Promise<void>;
}

interface Stored {
  readonly mediaType: string;
  readonly body: string;
  readonly digest: string;
}

interface Armed {
  readonly spec: OciFaultSpec;
  hits: number;
  seen: number;
}

const MANIFEST_PATH = /^\/v2\/(.+)\/manifests\/([^/]+)$/;

/** A distribution registry on 127.0.0.1 that keeps manifests in memory and answers armed faults instead. */
export async function startFaultyOciRegistry(): Promise<FaultyOciRegistry> {
  const tags = new Map<string, Stored>();
  const requests: OciRecordedRequest[] = [];
  const armed: Armed[] = [];
  const key = (repository: string, tag: string) => `${repository}:${tag}`;

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => serve(req, res, Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => res.destroy());
  });

  function serve(req: IncomingMessage, res: ServerResponse, body: string): void {
    const match = MANIFEST_PATH.exec(new URL(req.url ?? '/', 'http://x').pathname);
    if (!match) return send(res, 404, { errors: [{ code: 'NOT_FOUND', message: 'not found' }] });
    const [, repository = '', tag = ''] = match;
    const method = req.method ?? 'GET';
    const authorization = req.headers.authorization;
    const entry: { -readonly [K in keyof OciRecordedRequest]: OciRecordedRequest[K] } = { method, repository, tag, ...(authorization ? { authorization } : {}) };
    requests.push(entry);
    const fault = take(method, repository, tag);
    if (fault) {
      entry.fault = fault.kind;
      return answerFault(res, fault, tags.get(key(repository, tag)), authorization ?? '');
    }
    if (method === 'GET') {
      const stored = tags.get(key(repository, tag));
      if (!stored) return send(res, 404, { errors: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }] });
      return raw(res, 200, stored.body, { 'content-type': stored.mediaType, 'docker-content-digest': stored.digest });
    }
    if (method === 'PUT') {
      const digest = sha256Digest(body);
      tags.set(key(repository, tag), { mediaType: String(req.headers['content-type'] ?? ''), body, digest });
      return raw(res, 201, '', { 'docker-content-digest': digest, location: `/v2/${repository}/manifests/${digest}` });
    }
    return send(res, 405, { errors: [{ code: 'UNSUPPORTED', message: 'method not allowed' }] });
  }

  function take(method: string, repository: string, tag: string): OciFaultSpec | undefined {
    for (const fault of armed) {
      const { spec } = fault;
      if (fault.hits >= (spec.times ?? Number.POSITIVE_INFINITY)) continue;
      if (spec.method !== method || (spec.repository ?? repository) !== repository || (spec.tag ?? tag) !== tag) continue;
      fault.seen += 1;
      // A flap answers 503, then lets the next matching request through, and so on.
      if (spec.kind === 'flap' && fault.seen % 2 === 0) return undefined;
      fault.hits += 1;
      return spec;
    }
    return undefined;
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    host: `127.0.0.1:${port}`,
    requests,
    seed(repository, tag, mediaType, body) {
      const digest = sha256Digest(body);
      tags.set(key(repository, tag), { mediaType, body, digest });
      return digest;
    },
    tagDigest: (repository, tag) => tags.get(key(repository, tag))?.digest,
    inject(spec) {
      if (spec.kind === 'redirect' && !spec.location) throw new TypeError('inject: a redirect needs a location');
      armed.push({ spec, hits: 0, seen: 0 });
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Hung requests and keep-alive sockets would otherwise hold the port.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function answerFault(res: ServerResponse, spec: OciFaultSpec, stored: Stored | undefined, authorization: string): void {
  const echoed = `request had Authorization: ${authorization}`;
  switch (spec.kind) {
    case 'reset':
      res.socket?.destroy();
      return;
    case 'hang':
      return;
    case 'rate-limit':
      return send(res, 429, { errors: [{ code: 'TOOMANYREQUESTS', message: `rate limit exceeded; ${echoed}` }] }, { 'retry-after': '1' });
    case 'flap':
      return send(res, 503, { errors: [{ code: 'UNAVAILABLE', message: `service unavailable; ${echoed}` }] });
    case 'html': {
      const status = spec.status ?? 200;
      const title = status === 200 ? 'Sign in' : '502 Bad Gateway';
      return raw(res, status, `<!DOCTYPE html>\n<html><head><title>${title}</title></head><body><h1>${title}</h1><p>${echoed}</p></body></html>\n`, {
        'content-type': 'text/html; charset=utf-8',
      });
    }
    case 'truncated': {
      const whole = stored ?? { mediaType: 'application/vnd.oci.image.index.v1+json', body: '{"schemaVersion":2,"manifests":[]}', digest: '' };
      const cut = whole.body.slice(0, Math.floor(whole.body.length / 2));
      return raw(res, 200, cut, { 'content-type': whole.mediaType, ...(spec.withDigest && whole.digest ? { 'docker-content-digest': whole.digest } : {}) });
    }
    case 'missing-fields':
      if (spec.method === 'PUT') return spec.bare201 ? raw(res, 201, '', {}) : raw(res, 200, '{}', { 'content-type': 'application/json' });
      if (spec.noMediaType) return raw(res, 200, '{"schemaVersion":2,"manifests":[]}', {});
      return raw(res, 200, '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json"}', {
        'content-type': 'application/vnd.oci.image.manifest.v1+json',
      });
    case 'redirect':
      return raw(res, 307, '', { location: spec.location ?? '/' });
  }
}

function send(res: ServerResponse, status: number, json: unknown, headers: Record<string, string> = {}): void {
  raw(res, status, JSON.stringify(json), { 'content-type': 'application/json', ...headers });
}

function raw(res: ServerResponse, status: number, body: string, headers: Record<string, string>): void {
  if (res.destroyed || res.writableEnded) return;
  res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}
