import { promoteImage, type RegistryError } from '@molecule/deploy-core';
import { describe, it, type ExpectStatic } from 'vitest';
import { DOCKER_MANIFEST, OCI_INDEX } from '../mediaTypes';
import { startFaultyOciRegistry, type FaultyOciRegistry, type OciFaultSpec } from './_testing/faultyOciRegistry';
import { createOciRegistry } from './createOciRegistry';

// The OCI adapter against every network fault, on a loopback registry: each call ends as a
// typed error naming it (`GET manifest`, `PUT manifest`), after one request (no call retries,
// so a 429's Retry-After is never waited out), within the request deadline, with no credential
// and no fragment of the faulty body in it. Then core's promotion through the adapter: a fault
// on the second repository's write leaves `latest` where it was in both (no half promotion).

const TIMEOUT_MS = 300;
/** One deadline, plus the restores' in the promotion cells: far below this. */
const BOUND_MS = 3_000;
const USERNAME = 'deployer';
const PASSWORD = 'oci-password-never-printed';
const BASIC = Buffer.from(`${USERNAME}:${PASSWORD}`).toString('base64');
const TOKEN = 'oci-bearer-token-never-printed';

const SHA = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d';
const SOURCE_TAG = 'staging-1a2b3c4';
const REPOSITORIES = ['platform', 'platform-tenant'] as const;
const newIndex = (repository: string) => `{"schemaVersion":2,"mediaType":"${OCI_INDEX}","manifests":[],"annotations":{"t":"${repository}-new"}}`;
const oldManifest = (repository: string) =>
  `{"schemaVersion":2,"mediaType":"${DOCKER_MANIFEST}","config":{"mediaType":"application/vnd.docker.container.image.v1+json","size":2,"digest":"sha256:${'4'.repeat(64)}"},"layers":[],"annotations":{"t":"${repository}-old"}}`;

type Expected = Partial<RegistryError> | 'ok';

interface FaultRow {
  readonly label: string;
  readonly fault: Omit<OciFaultSpec, 'method' | 'repository' | 'tag' | 'location'>;
  /** What `getManifest` answers under the fault; absent: the fault has no GET form. */
  readonly get?: Expected;
  /** What `putManifest` answers under the fault; absent: the fault has no PUT form. */
  readonly put?: Expected;
  /** What core's promotion fails with when the fault is on the second repository's write. */
  readonly promotion?: 'move-failed' | 'digest-mismatch';
}

const NOT_A_PUT_ANSWER = "HTTP 200 without Docker-Content-Digest is not a registry's answer to a manifest PUT";

const FAULTS: readonly FaultRow[] = [
  { label: '429 with Retry-After', fault: { kind: 'rate-limit' }, get: { kind: 'http', status: 429 }, put: { kind: 'http', status: 429 }, promotion: 'move-failed' },
  { label: '5xx flap (503, then OK)', fault: { kind: 'flap' }, get: { kind: 'http', status: 503 }, put: { kind: 'http', status: 503 }, promotion: 'move-failed' },
  { label: 'connection reset', fault: { kind: 'reset' }, get: { kind: 'network' }, put: { kind: 'network' }, promotion: 'move-failed' },
  {
    label: 'a server that never answers',
    fault: { kind: 'hang' },
    get: { kind: 'timeout', timeoutMs: TIMEOUT_MS },
    put: { kind: 'timeout', timeoutMs: TIMEOUT_MS },
    promotion: 'move-failed',
  },
  {
    label: 'an HTML login page (200)',
    fault: { kind: 'html', status: 200 },
    get: { kind: 'invalid-response', issues: 'Content-Type: not one of the manifest media types asked for' },
    put: { kind: 'invalid-response', issues: NOT_A_PUT_ANSWER },
    promotion: 'move-failed',
  },
  {
    label: 'an HTML error page (502)',
    fault: { kind: 'html', status: 502 },
    get: { kind: 'http', status: 502, excerpt: 'HTML error page' },
    put: { kind: 'http', status: 502, excerpt: 'HTML error page' },
    promotion: 'move-failed',
  },
  {
    label: 'a truncated manifest / JSON body',
    fault: { kind: 'truncated' },
    get: { kind: 'invalid-response', issues: 'manifest is not (complete) JSON' },
    put: { kind: 'invalid-response', issues: NOT_A_PUT_ANSWER },
    promotion: 'move-failed',
  },
  {
    label: "a truncated manifest announcing the whole one's Docker-Content-Digest",
    fault: { kind: 'truncated', withDigest: true },
    get: { kind: 'invalid-response', issues: 'Docker-Content-Digest: does not match the body' },
  },
  {
    label: 'a manifest missing its required fields / a PUT answer without its digest',
    fault: { kind: 'missing-fields' },
    get: { kind: 'invalid-response', issues: 'manifest: config: expected object; layers: expected array' },
    put: { kind: 'invalid-response', issues: NOT_A_PUT_ANSWER },
    promotion: 'move-failed',
  },
  {
    label: 'a manifest without Content-Type that declares no mediaType',
    fault: { kind: 'missing-fields', noMediaType: true },
    get: { kind: 'invalid-response', issues: 'Content-Type: missing, and the manifest declares no mediaType' },
  },
  // The spec makes Docker-Content-Digest optional on a 201: the digest sent stands, and core's read-back is the proof.
  { label: 'a 201 without Docker-Content-Digest or Location', fault: { kind: 'missing-fields', bare201: true }, put: 'ok', promotion: 'digest-mismatch' },
  { label: 'a cross-origin redirect', fault: { kind: 'redirect' }, get: { kind: 'http', status: 307 }, put: { kind: 'http', status: 307 }, promotion: 'move-failed' },
];

interface Setup {
  readonly registry: FaultyOciRegistry;
  /** Another origin: a redirect's target, which must never be asked anything. */
  readonly elsewhere: FaultyOciRegistry;
  readonly latestBefore: Readonly<Record<string, string>>;
  close(): Promise<void>;
}

async function setup(): Promise<Setup> {
  const [registry, elsewhere] = await Promise.all([startFaultyOciRegistry(), startFaultyOciRegistry()]);
  const latestBefore: Record<string, string> = {};
  for (const repository of REPOSITORIES) {
    registry.seed(repository, SOURCE_TAG, OCI_INDEX, newIndex(repository));
    latestBefore[repository] = registry.seed(repository, 'latest', DOCKER_MANIFEST, oldManifest(repository));
    // The other origin would answer: only not asking it keeps the token home.
    elsewhere.seed(repository, 'latest', DOCKER_MANIFEST, oldManifest(repository));
  }
  return { registry, elsewhere, latestBefore, close: async () => void (await Promise.all([registry.close(), elsewhere.close()])) };
}

const at = (s: Setup, method: 'GET' | 'PUT', repository: string, row: FaultRow): OciFaultSpec => ({
  ...row.fault,
  method,
  repository,
  tag: 'latest',
  ...(row.fault.kind === 'redirect' ? { location: `http://${s.elsewhere.host}/v2/${repository}/manifests/latest` } : {}),
});

const oci = (s: Setup, credentials: { username: string; password: string } | { token: string } = { username: USERNAME, password: PASSWORD }) =>
  createOciRegistry({ registry: s.registry.host, insecureLoopback: true, timeoutMs: TIMEOUT_MS, ...credentials });

/**
 * No credential in what a user sees (the fault bodies quote the Authorization header), and
 * nothing of an HTML page. A distribution error's code and message may show, sanitised.
 */
function expectNothingLeaked(expect: ExpectStatic, seen: unknown): void {
  const text = JSON.stringify(seen);
  for (const secret of [PASSWORD, BASIC, TOKEN]) expect(text).not.toContain(secret);
  expect(text).not.toMatch(/DOCTYPE|<html|Sign in|Bad Gateway/);
}

describe('OCI adapter under faults: getManifest', () => {
  for (const row of FAULTS.filter((r) => r.get !== undefined)) {
    it.concurrent(`${row.label}: ${row.get === 'ok' ? 'answers' : 'a typed error naming GET manifest'}, in bounded time`, async ({ expect }) => {
      const s = await setup();
      try {
        s.registry.inject(at(s, 'GET', 'platform', row));
        const started = performance.now();
        const result = await oci(s).getManifest('platform', 'latest');
        expect(performance.now() - started).toBeLessThan(BOUND_MS);
        // One request, met by the fault: no call retries, and a Retry-After is not waited out.
        expect(s.registry.requests.map((r) => [r.method, r.fault])).toEqual([['GET', row.fault.kind]]);
        expect(s.elsewhere.requests).toEqual([]);
        const error = result._unsafeUnwrapErr();
        expect(error).toMatchObject({ call: 'GET manifest', path: '/v2/platform/manifests/latest', ...(row.get as object) });
        expectNothingLeaked(expect, error);
      } finally {
        await s.close();
      }
    });
  }
});

describe('OCI adapter under faults: putManifest', () => {
  for (const row of FAULTS.filter((r) => r.put !== undefined)) {
    it.concurrent(`${row.label}: ${row.put === 'ok' ? 'answers the digest sent' : 'a typed error naming PUT manifest'}, in bounded time`, async ({ expect }) => {
      const s = await setup();
      try {
        s.registry.inject(at(s, 'PUT', 'platform', row));
        const body = newIndex('platform');
        const digest = s.registry.tagDigest('platform', SOURCE_TAG) as string;
        const started = performance.now();
        const result = await oci(s).putManifest('platform', 'latest', { mediaType: OCI_INDEX, body, digest });
        expect(performance.now() - started).toBeLessThan(BOUND_MS);
        expect(s.registry.requests.map((r) => [r.method, r.fault])).toEqual([['PUT', row.fault.kind]]);
        expect(s.elsewhere.requests).toEqual([]);
        // The fault answered for the registry: nothing was stored.
        expect(s.registry.tagDigest('platform', 'latest')).toBe(s.latestBefore.platform);
        if (row.put === 'ok') {
          expect(result._unsafeUnwrap()).toEqual({ digest });
          return;
        }
        const error = result._unsafeUnwrapErr();
        expect(error).toMatchObject({ call: 'PUT manifest', path: '/v2/platform/manifests/latest', ...(row.put as object) });
        expectNothingLeaked(expect, error);
      } finally {
        await s.close();
      }
    });
  }

  it.concurrent('a cross-origin redirect with a Bearer token: not followed, and the other origin never sees the token', async ({ expect }) => {
    const s = await setup();
    try {
      const redirect = FAULTS.find((r) => r.fault.kind === 'redirect') as FaultRow;
      s.registry.inject(at(s, 'GET', 'platform', redirect));
      s.registry.inject(at(s, 'PUT', 'platform', redirect));
      const registry = oci(s, { token: TOKEN });
      const digest = s.registry.tagDigest('platform', SOURCE_TAG) as string;
      const read = await registry.getManifest('platform', 'latest');
      const written = await registry.putManifest('platform', 'latest', { mediaType: OCI_INDEX, body: newIndex('platform'), digest });
      expect(read._unsafeUnwrapErr()).toMatchObject({ kind: 'http', call: 'GET manifest', status: 307 });
      expect(written._unsafeUnwrapErr()).toMatchObject({ kind: 'http', call: 'PUT manifest', status: 307 });
      // The token went to its own registry, and to nobody else.
      expect(s.registry.requests.map((r) => r.authorization)).toEqual([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`]);
      expect(s.elsewhere.requests).toEqual([]);
      expectNothingLeaked(expect, [read, written]);
    } finally {
      await s.close();
    }
  });
});

describe('promoteImage through the OCI adapter: a fault on the second repository', () => {
  for (const row of FAULTS.filter((r) => r.promotion !== undefined)) {
    it.concurrent(`${row.label} on its PUT: ${row.promotion}, and latest is back where it was in both`, async ({ expect }) => {
      const s = await setup();
      try {
        s.registry.inject(at(s, 'PUT', 'platform-tenant', row));
        const started = performance.now();
        const result = await promoteImage({ sha: SHA, repositories: [...REPOSITORIES] }, { registry: oci(s) });
        expect(performance.now() - started).toBeLessThan(BOUND_MS);
        const error = result._unsafeUnwrapErr();
        expect(error.kind).toBe(row.promotion);
        // The first repository did move, and was put back: no half promotion.
        const puts = (repository: string) => s.registry.requests.filter((r) => r.method === 'PUT' && r.repository === repository);
        expect(puts('platform')).toHaveLength(2);
        for (const repository of REPOSITORIES) expect(s.registry.tagDigest(repository, 'latest')).toBe(s.latestBefore[repository]);
        expect(error.kind !== 'invalid-input' && error.progress.repositories.map((r) => [r.repository, r.state])).toEqual([
          ['platform', 'restored'],
          ['platform-tenant', 'failed'],
        ]);
        if (row.promotion === 'move-failed') expect(error.kind !== 'invalid-input' && error.message).toContain('PUT manifest');
        expect(s.elsewhere.requests).toEqual([]);
        expectNothingLeaked(expect, error);
      } finally {
        await s.close();
      }
    });
  }

  for (const row of FAULTS.filter((r) => r.get !== undefined && r.get !== 'ok')) {
    it.concurrent(`${row.label} on its pre-check read: refused before any write, anywhere`, async ({ expect }) => {
      const s = await setup();
      try {
        s.registry.inject(at(s, 'GET', 'platform-tenant', row));
        const started = performance.now();
        const result = await promoteImage({ sha: SHA, repositories: [...REPOSITORIES] }, { registry: oci(s) });
        expect(performance.now() - started).toBeLessThan(BOUND_MS);
        const error = result._unsafeUnwrapErr();
        expect(error.kind).toBe('precheck-failed');
        expect(error.kind !== 'invalid-input' && error.message).toContain('GET manifest');
        expect(s.registry.requests.filter((r) => r.method === 'PUT')).toEqual([]);
        for (const repository of REPOSITORIES) expect(s.registry.tagDigest(repository, 'latest')).toBe(s.latestBefore[repository]);
        expect(s.elsewhere.requests).toEqual([]);
        expectNothingLeaked(expect, error);
      } finally {
        await s.close();
      }
    });
  }
});
