import { createHash } from 'node:crypto';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DOCKER_MANIFEST, DOCKER_MANIFEST_LIST, OCI_INDEX, OCI_MANIFEST } from '../mediaTypes';
import { createOciRegistry, type OciRegistryOptions } from './createOciRegistry';

const REGISTRY = 'https://registry.test';
const MANIFEST_URL = `${REGISTRY}/v2/team/platform/manifests/:tag`;
// Not canonical JSON, and with a non-ASCII character: any re-encoding would change the digest.
const BODY = '{\n  "schemaVersion": 2,\n  "mediaType": "application/vnd.oci.image.index.v1+json",\n  "annotations": {"note": "café"},\n  "manifests": []\n}';
const DIGEST = `sha256:${createHash('sha256').update(BODY, 'utf8').digest('hex')}`;
const PASSWORD = 'registry-password-never-printed';
const TOKEN = 'issued-bearer-token-never-printed';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const registry = (options: Partial<OciRegistryOptions> = {}) => createOciRegistry({ registry: 'registry.test', ...options });
const manifestAnswer = (headers: Record<string, string> = { 'content-type': OCI_INDEX, 'docker-content-digest': DIGEST }) =>
  new HttpResponse(BODY, { status: 200, headers });
const errors = (status: number, code: string, message: string) => HttpResponse.json({ errors: [{ code, message }] }, { status });

describe('getManifest', () => {
  it('asks for all four manifest media types and returns the body byte for byte, with media type and digest', async () => {
    let accept: string | null = null;
    server.use(
      http.get(MANIFEST_URL, ({ request }) => {
        accept = request.headers.get('accept');
        return manifestAnswer();
      }),
    );
    const manifest = (await registry().getManifest('team/platform', 'staging-1a2b3c4'))._unsafeUnwrap();
    expect(manifest).toEqual({ digest: DIGEST, mediaType: OCI_INDEX, body: BODY });
    expect(accept!.split(', ').sort()).toEqual([OCI_INDEX, OCI_MANIFEST, DOCKER_MANIFEST_LIST, DOCKER_MANIFEST].sort());
  });

  it('computes the digest when the registry sends none, and reads the media type from the body behind a generic Content-Type', async () => {
    server.use(http.get(MANIFEST_URL, () => manifestAnswer({ 'content-type': 'application/json; charset=utf-8' })));
    expect((await registry().getManifest('team/platform', 'latest'))._unsafeUnwrap()).toEqual({ digest: DIGEST, mediaType: OCI_INDEX, body: BODY });
  });

  it('refuses a body that does not hash to the Docker-Content-Digest the registry announces', async () => {
    server.use(http.get(MANIFEST_URL, () => manifestAnswer({ 'content-type': OCI_INDEX, 'docker-content-digest': `sha256:${'1'.repeat(64)}` })));
    expect((await registry().getManifest('team/platform', 'latest'))._unsafeUnwrapErr()).toMatchObject({
      kind: 'invalid-response',
      issues: 'Docker-Content-Digest: does not match the body',
    });
  });

  it.each([
    ['a media type not asked for', { 'content-type': 'text/html' }, BODY, 'Content-Type: not one of the manifest media types asked for'],
    ['a cut body', { 'content-type': OCI_INDEX }, BODY.slice(0, 40), 'manifest is not (complete) JSON'],
    ['an index without manifests', { 'content-type': OCI_INDEX }, '{"schemaVersion":2}', 'manifest: manifests: expected array'],
    ['a schemaVersion other than 2', { 'content-type': OCI_MANIFEST }, '{"schemaVersion":1,"config":{},"layers":[]}', 'manifest: schemaVersion: unexpected value'],
  ])('refuses a 200 that is not a whole manifest: %s', async (_, headers, body, issues) => {
    server.use(http.get(MANIFEST_URL, () => new HttpResponse(body, { status: 200, headers })));
    expect((await registry().getManifest('team/platform', 'latest'))._unsafeUnwrapErr()).toEqual({
      kind: 'invalid-response',
      call: 'GET manifest',
      path: '/v2/team/platform/manifests/latest',
      issues,
    });
  });

  it('answers null for 404', async () => {
    server.use(http.get(MANIFEST_URL, () => errors(404, 'MANIFEST_UNKNOWN', 'manifest unknown')));
    expect((await registry().getManifest('team/platform', 'staging-0000000'))._unsafeUnwrap()).toBeNull();
  });

  it('reports other statuses as http errors with a short excerpt, without retrying', async () => {
    let calls = 0;
    server.use(http.get(MANIFEST_URL, () => (calls++, errors(503, 'UNAVAILABLE', 'try later'))));
    expect((await registry().getManifest('team/platform', 'latest'))._unsafeUnwrapErr()).toEqual({
      kind: 'http',
      call: 'GET manifest',
      path: '/v2/team/platform/manifests/latest',
      status: 503,
      excerpt: 'UNAVAILABLE: try later',
    });
    expect(calls).toBe(1);
  });
});

describe('putManifest', () => {
  it('PUTs the same bytes with the media type as Content-Type and answers the registry digest', async () => {
    let received: { contentType: string | null; bytes: Uint8Array } | undefined;
    server.use(
      http.put(MANIFEST_URL, async ({ request }) => {
        received = { contentType: request.headers.get('content-type'), bytes: new Uint8Array(await request.arrayBuffer()) };
        return new HttpResponse(null, { status: 201, headers: { 'docker-content-digest': DIGEST } });
      }),
    );
    const result = await registry().putManifest('team/platform', 'latest', { digest: DIGEST, mediaType: OCI_INDEX, body: BODY });
    expect(result._unsafeUnwrap()).toEqual({ digest: DIGEST });
    expect(received?.contentType).toBe(OCI_INDEX);
    expect(Buffer.from(received!.bytes).equals(Buffer.from(BODY, 'utf8'))).toBe(true);
  });

  it('takes any 2xx announcing a digest, or a bare 201, as stored; a 200 with neither is not the registry answering', async () => {
    const put = () => registry().putManifest('team/platform', 'latest', { digest: DIGEST, mediaType: OCI_INDEX, body: BODY });
    server.use(http.put(MANIFEST_URL, () => new HttpResponse(null, { status: 200, headers: { 'docker-content-digest': DIGEST } })));
    expect((await put())._unsafeUnwrap()).toEqual({ digest: DIGEST });
    server.use(http.put(MANIFEST_URL, () => new HttpResponse(null, { status: 201 })));
    expect((await put())._unsafeUnwrap()).toEqual({ digest: DIGEST });
    server.use(http.put(MANIFEST_URL, () => new HttpResponse('<html><body>Sign in</body></html>', { status: 200, headers: { 'content-type': 'text/html' } })));
    expect((await put())._unsafeUnwrapErr()).toMatchObject({ kind: 'invalid-response', call: 'PUT manifest', path: '/v2/team/platform/manifests/latest' });
  });

  it('refuses, without sending anything, a body that does not hash to the digest given with it', async () => {
    const error = (await registry().putManifest('team/platform', 'latest', { digest: `sha256:${'2'.repeat(64)}`, mediaType: OCI_INDEX, body: BODY }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'unexpected', call: 'PUT manifest' });
    expect(error.kind === 'unexpected' && error.message).toContain('manifest.digest');
  });

  it.each([
    ['a 409', () => errors(409, 'CONFLICT', 'tag exists')],
    ['a 400 MANIFEST_INVALID about immutability', () => errors(400, 'MANIFEST_INVALID', 'tag latest is immutable')],
    ['a 403 DENIED about immutability', () => errors(403, 'DENIED', 'The tag is configured as Immutable')],
    ['a 412 about an immutable rule', () => errors(412, 'PRECONDITION', 'immutable tag rule matched')],
  ])('reports %s as tag-immutable', async (_, answer) => {
    server.use(http.put(MANIFEST_URL, answer));
    expect((await registry().putManifest('team/platform', 'latest', { digest: DIGEST, mediaType: OCI_INDEX, body: BODY }))._unsafeUnwrapErr()).toEqual({
      kind: 'tag-immutable',
      call: 'PUT manifest',
      repository: 'team/platform',
      tag: 'latest',
    });
  });

  it('reports a 403 that is not about immutability as an http error', async () => {
    server.use(http.put(MANIFEST_URL, () => errors(403, 'DENIED', 'requested access to the resource is denied')));
    expect((await registry().putManifest('team/platform', 'latest', { digest: DIGEST, mediaType: OCI_INDEX, body: BODY }))._unsafeUnwrapErr()).toMatchObject({
      kind: 'http',
      status: 403,
      excerpt: 'DENIED: requested access to the resource is denied',
    });
  });
});

describe('authentication', () => {
  it('sends basic credentials straight to the registry', async () => {
    const seen: (string | null)[] = [];
    server.use(http.get(MANIFEST_URL, ({ request }) => (seen.push(request.headers.get('authorization')), manifestAnswer())));
    await registry({ username: 'bot', password: PASSWORD }).getManifest('team/platform', 'latest');
    expect(seen).toEqual([`Basic ${Buffer.from(`bot:${PASSWORD}`).toString('base64')}`]);
  });

  it('sends a fixed token as Bearer, and takes a 401 for it as the answer', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get(MANIFEST_URL, ({ request }) => {
        seen.push(request.headers.get('authorization'));
        return new HttpResponse(null, { status: 401, headers: { 'www-authenticate': `Bearer realm="${REGISTRY}/token"` } });
      }),
    );
    const error = (await registry({ token: TOKEN }).getManifest('team/platform', 'latest'))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'http', status: 401 });
    expect(seen).toEqual([`Bearer ${TOKEN}`]);
  });

  describe('Bearer token flow', () => {
    function bearerRegistry(realm: string) {
      const log: { url: string; authorization: string | null }[] = [];
      server.use(
        http.get(MANIFEST_URL, ({ request }) => {
          log.push({ url: request.url, authorization: request.headers.get('authorization') });
          if (request.headers.get('authorization') !== `Bearer ${TOKEN}`) {
            return new HttpResponse(null, {
              status: 401,
              headers: { 'www-authenticate': `Bearer realm="${realm}",service="registry.test",scope="repository:team/platform:pull"` },
            });
          }
          return manifestAnswer();
        }),
        http.get(realm, ({ request }) => {
          log.push({ url: request.url, authorization: request.headers.get('authorization') });
          return HttpResponse.json({ token: TOKEN, expires_in: 300 });
        }),
      );
      return log;
    }

    it('fetches a token from the realm with the basic credentials, retries with it, and reuses it', async () => {
      const log = bearerRegistry(`${REGISTRY}/token`);
      const oci = registry({ username: 'bot', password: PASSWORD });
      expect((await oci.getManifest('team/platform', 'latest'))._unsafeUnwrap()?.digest).toBe(DIGEST);
      expect((await oci.getManifest('team/platform', 'latest'))._unsafeUnwrap()?.digest).toBe(DIGEST);
      const basic = `Basic ${Buffer.from(`bot:${PASSWORD}`).toString('base64')}`;
      expect(log).toEqual([
        { url: `${REGISTRY}/v2/team/platform/manifests/latest`, authorization: basic },
        { url: `${REGISTRY}/token?service=registry.test&scope=repository%3Ateam%2Fplatform%3Apull`, authorization: basic },
        { url: `${REGISTRY}/v2/team/platform/manifests/latest`, authorization: `Bearer ${TOKEN}` },
        { url: `${REGISTRY}/v2/team/platform/manifests/latest`, authorization: `Bearer ${TOKEN}` },
      ]);
    });

    it('sends the password to a realm on another host only over https', async () => {
      const log = bearerRegistry('https://auth.test/token');
      await registry({ username: 'bot', password: PASSWORD }).getManifest('team/platform', 'latest');
      expect(log[1]).toMatchObject({ url: expect.stringMatching(/^https:\/\/auth\.test\/token/), authorization: expect.stringMatching(/^Basic /) });
    });

    it('asks a plain-http realm on another host for an anonymous token, never sending the password there', async () => {
      const log = bearerRegistry('http://auth.test/token');
      await registry({ username: 'bot', password: PASSWORD }).getManifest('team/platform', 'latest');
      expect(log[1]).toEqual({ url: expect.stringMatching(/^http:\/\/auth\.test\/token/), authorization: null });
    });

    it('accepts access_token, and reports a realm failure without any credential in the error', async () => {
      server.use(
        http.get(MANIFEST_URL, () => new HttpResponse(null, { status: 401, headers: { 'www-authenticate': `Bearer realm="${REGISTRY}/token"` } })),
        http.get(`${REGISTRY}/token`, ({ request }) =>
          HttpResponse.json({ errors: [{ code: 'UNAUTHORIZED', message: `bad credentials ${request.headers.get('authorization')} ${PASSWORD}` }] }, { status: 401 }),
        ),
      );
      const error = (await registry({ username: 'bot', password: PASSWORD }).getManifest('team/platform', 'latest'))._unsafeUnwrapErr();
      expect(error).toMatchObject({ kind: 'http', call: 'GET registry token', path: '/token', status: 401 });
      const text = JSON.stringify(error);
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain(Buffer.from(`bot:${PASSWORD}`).toString('base64'));
    });
  });

  it('does not follow a redirect, so a token never reaches another host', async () => {
    let elsewhere = 0;
    server.use(
      http.get(MANIFEST_URL, () => new HttpResponse(null, { status: 307, headers: { location: 'https://elsewhere.test/steal' } })),
      http.get('https://elsewhere.test/steal', () => (elsewhere++, manifestAnswer())),
    );
    const error = (await registry({ token: TOKEN }).getManifest('team/platform', 'latest'))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'http', status: 307 });
    expect(elsewhere).toBe(0);
    expect(JSON.stringify(error)).not.toContain(TOKEN);
  });
});

describe('transport and configuration', () => {
  it('times out a registry that does not answer', async () => {
    server.use(http.get(MANIFEST_URL, async () => (await delay('infinite'), manifestAnswer())));
    expect((await registry({ timeoutMs: 100 }).getManifest('team/platform', 'latest'))._unsafeUnwrapErr()).toEqual({
      kind: 'timeout',
      call: 'GET manifest',
      path: '/v2/team/platform/manifests/latest',
      timeoutMs: 100,
    });
  });

  it('stops when the signal aborts, and sends nothing when it already has', async () => {
    let calls = 0;
    server.use(http.get(MANIFEST_URL, async () => (calls++, await delay('infinite'), manifestAnswer())));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    expect((await registry().getManifest('team/platform', 'latest', controller.signal))._unsafeUnwrapErr()).toMatchObject({ kind: 'aborted' });
    expect((await registry().getManifest('team/platform', 'latest', controller.signal))._unsafeUnwrapErr()).toMatchObject({ kind: 'aborted' });
    expect(calls).toBe(1);
  });

  it('reports a connection failure as a network error', async () => {
    server.use(http.get(MANIFEST_URL, () => HttpResponse.error()));
    expect((await registry().getManifest('team/platform', 'latest'))._unsafeUnwrapErr()).toMatchObject({ kind: 'network', call: 'GET manifest' });
  });

  it.each([
    ['http://registry.test', false, 'must use https://'],
    ['http://127.0.0.1:5000', false, 'needs insecureLoopback'],
    ['https://bot:pw@registry.test', false, 'must not contain credentials'],
    ['registry.test/some/path', false, 'without a path'],
    ['', false, 'required'],
  ])('refuses the registry %s before any request', async (value, insecureLoopback, message) => {
    const error = (await createOciRegistry({ registry: value, insecureLoopback }).getManifest('team/platform', 'latest'))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'unexpected', call: 'GET manifest' });
    expect(error.kind === 'unexpected' && error.message).toContain(message);
    expect(JSON.stringify(error)).not.toContain('pw@');
  });

  it('uses plain http for a loopback host:port only with insecureLoopback, and names the registry by host', async () => {
    server.use(http.get('http://127.0.0.1:5999/v2/team/platform/manifests/latest', () => manifestAnswer()));
    const local = createOciRegistry({ registry: '127.0.0.1:5999', insecureLoopback: true });
    expect(local.name).toBe('127.0.0.1:5999');
    expect((await local.getManifest('team/platform', 'latest')).isOk()).toBe(true);
    expect(registry().name).toBe('registry.test');
  });

  it('refuses a bad repository or tag before any request, naming the field', async () => {
    const error = (await registry().getManifest('../etc', 'latest'))._unsafeUnwrapErr();
    expect(error.kind === 'unexpected' && error.message).toContain('repository');
  });
});
