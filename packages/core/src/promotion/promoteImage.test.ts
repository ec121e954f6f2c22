import { describe, expect, it } from 'vitest';
import { DOCKER_MANIFEST, fakeRegistry, indexBody, manifestBody, OCI_INDEX, OCI_MANIFEST } from '../_testing/fakeRegistry';
import type { DeployEvent } from '../events';
import type { RegistryError } from '../ports';
import { promoteImage } from './promoteImage';
import type { PromoteImageDeps, PromotionError } from './types';
import { badInput } from '../_testing/badInput';
import type { PromoteImageInput } from './types';

const SHA = 'ABCDEF1234567890abcdef1234567890abcdef12';
const SOURCE = 'staging-abcdef1';
const REPOS = ['platform', 'platform-tenant'];

/** Both repositories with `staging-abcdef1` (an index) and an older `latest` (a plain manifest). */
function world() {
  const registry = fakeRegistry('ecr');
  const source = Object.fromEntries(REPOS.map((repo) => [repo, registry.seed(repo, SOURCE, { mediaType: OCI_INDEX, body: indexBody(`${repo}-new`) })]));
  const previous = Object.fromEntries(REPOS.map((repo) => [repo, registry.seed(repo, 'latest', { mediaType: DOCKER_MANIFEST, body: manifestBody(`${repo}-old`) })]));
  const events: DeployEvent[] = [];
  const promote = (input: PromoteImageInput = { sha: SHA }, deps: Partial<PromoteImageDeps> = {}) =>
    promoteImage(input, { registry, onEvent: (event) => events.push(event), ...deps });
  return {
    registry,
    source: source as Record<string, { digest: string; body: string; mediaType: string }>,
    previous: previous as Record<string, { digest: string; body: string; mediaType: string }>,
    events,
    promote,
  };
}

function failure(error: PromotionError) {
  if (error.kind === 'invalid-input') throw new Error(`unexpected invalid-input: ${JSON.stringify(error.issues)}`);
  return error;
}

const serverError: RegistryError = { kind: 'http', call: 'PUT manifest', path: '/v2/platform-tenant/manifests/latest', status: 500 };

describe('promoteImage: the happy path', () => {
  it('points latest at staging-<sha7> in every repository, in order, and reads each back', async () => {
    const { registry, source, previous, promote } = world();
    const report = (await promote())._unsafeUnwrap();
    expect(report).toEqual({
      action: 'promote',
      sha: SHA,
      sourceTag: SOURCE,
      targetTag: 'latest',
      registry: 'ecr',
      repositories: REPOS.map((repo) => ({
        repository: repo,
        source: source[repo]?.digest,
        before: previous[repo]?.digest,
        after: source[repo]?.digest,
        state: 'promoted',
      })),
    });
    expect(registry.calls.map((c) => `${c.op} ${c.repository}:${c.tag}`)).toEqual([
      `get platform:${SOURCE}`,
      'get platform:latest',
      `get platform-tenant:${SOURCE}`,
      'get platform-tenant:latest',
      'put platform:latest',
      'get platform:latest',
      'put platform-tenant:latest',
      'get platform-tenant:latest',
    ]);
    for (const repo of REPOS) expect(registry.tagged(repo, 'latest')?.digest).toBe(source[repo]?.digest);
  });

  it('writes the source bytes and media type unchanged: an index stays an index', async () => {
    const { registry, source, promote } = world();
    await promote();
    for (const put of registry.puts) expect(put.manifest).toEqual(source[put.repository]);
    expect(registry.tagged('platform', 'latest')).toMatchObject({ mediaType: OCI_INDEX, body: source.platform?.body });
  });

  it('writes nothing where latest already points at the source', async () => {
    const { registry, source, events, promote } = world();
    registry.seed('platform', 'latest', { mediaType: OCI_INDEX, body: indexBody('platform-new') });
    const report = (await promote())._unsafeUnwrap();
    expect(report.repositories[0]).toEqual({
      repository: 'platform',
      source: source.platform?.digest,
      before: source.platform?.digest,
      after: source.platform?.digest,
      state: 'unchanged',
    });
    expect(registry.puts.map((p) => p.repository)).toEqual(['platform-tenant']);
    expect(events).toContainEqual({ type: 'info', message: expect.stringContaining('platform: latest already points at staging-abcdef1') });
  });

  it('promotes into a repository that had no latest yet', async () => {
    const registry = fakeRegistry();
    registry.seed('platform', SOURCE, { mediaType: OCI_MANIFEST, body: manifestBody('p') });
    const report = (await promoteImage({ sha: SHA, repositories: ['platform'] }, { registry }))._unsafeUnwrap();
    expect(report.repositories).toEqual([expect.objectContaining({ repository: 'platform', before: null, state: 'promoted' })]);
  });

  it('takes the repositories and their order from the input', async () => {
    const { registry, promote } = world();
    registry.seed('team/worker', SOURCE, { mediaType: OCI_MANIFEST, body: manifestBody('w') });
    await promote({ sha: SHA, repositories: ['platform-tenant', 'team/worker'] });
    expect(registry.puts.map((p) => p.repository)).toEqual(['platform-tenant', 'team/worker']);
  });
});

describe('promoteImage: the pre-check changes nothing anywhere', () => {
  it('refuses when the source is missing in the second repository: zero puts anywhere', async () => {
    const registry = fakeRegistry();
    registry.seed('platform', SOURCE, { mediaType: OCI_INDEX, body: indexBody('p') });
    const error = failure((await promoteImage({ sha: SHA }, { registry }))._unsafeUnwrapErr());
    expect(registry.puts).toEqual([]);
    expect(error.kind).toBe('source-missing');
    expect(error).toMatchObject({ repositories: ['platform-tenant'] });
    expect(error.message).toContain('staging-abcdef1 not found in platform-tenant');
    expect(error.progress.repositories.map((r) => [r.repository, r.state])).toEqual([
      ['platform', 'untouched'],
      ['platform-tenant', 'failed'],
    ]);
  });

  it('names every repository with a problem, reading them all', async () => {
    const registry = fakeRegistry();
    const error = failure((await promoteImage({ sha: SHA }, { registry }))._unsafeUnwrapErr());
    expect(error).toMatchObject({ kind: 'source-missing', repositories: REPOS });
  });

  it('refuses when reading latest fails anywhere (fail closed): zero puts anywhere', async () => {
    const { registry, promote } = world();
    registry.onGet = (repo, tag) =>
      repo === 'platform-tenant' && tag === 'latest'
        ? { kind: 'timeout', call: 'GET manifest', path: '/v2/platform-tenant/manifests/latest', timeoutMs: 30_000 }
        : undefined;
    const error = failure((await promote())._unsafeUnwrapErr());
    expect(registry.puts).toEqual([]);
    expect(error).toMatchObject({ kind: 'precheck-failed', repositories: ['platform-tenant'] });
    expect(error.progress.repositories[1]).toMatchObject({ state: 'failed', reason: 'could not read latest: GET manifest: no answer within 30s' });
  });

  it('treats an adapter that throws while reading as a failed read', async () => {
    const { registry, promote } = world();
    registry.onGet = (repo) => {
      if (repo === 'platform') throw new Error('socket hang up');
      return undefined;
    };
    const error = failure((await promote())._unsafeUnwrapErr());
    expect(error.kind).toBe('precheck-failed');
    expect(error.message).toContain('unexpected adapter failure (socket hang up)');
    expect(registry.puts).toEqual([]);
  });

  it('treats an answer that is not a manifest as a failed read', async () => {
    const { registry, promote } = world();
    registry.onGet = (_repo, tag) => (tag === SOURCE ? ({ digest: 'sha256:x' } as never) : undefined);
    expect(failure((await promote())._unsafeUnwrapErr()).kind).toBe('precheck-failed');
    expect(registry.puts).toEqual([]);
  });
});

describe('promoteImage: a failure after a move puts the previous latest back', () => {
  it('put fails in the second repository → the first is restored with its previous bytes', async () => {
    const { registry, source, previous, events, promote } = world();
    registry.onPut = (repo, _tag, manifest) =>
      repo === 'platform-tenant' && manifest.digest === source['platform-tenant']?.digest ? { ...serverError, status: 400 } : undefined;
    const error = failure((await promote())._unsafeUnwrapErr());
    expect(error).toMatchObject({ kind: 'move-failed', repository: 'platform-tenant' });
    expect(registry.puts.map((p) => [p.repository, p.manifest.digest])).toEqual([
      ['platform', source.platform?.digest],
      ['platform-tenant', source['platform-tenant']?.digest],
      ['platform', previous.platform?.digest],
    ]);
    // The very bytes and media type that were there before.
    expect(registry.puts[2]?.manifest).toEqual(previous.platform);
    expect(registry.tagged('platform', 'latest')).toEqual(previous.platform);
    expect(error.progress.repositories).toEqual([
      expect.objectContaining({ repository: 'platform', state: 'restored', before: previous.platform?.digest, after: previous.platform?.digest }),
      expect.objectContaining({
        repository: 'platform-tenant',
        state: 'failed',
        after: previous['platform-tenant']?.digest,
        reason: expect.stringContaining('HTTP 400'),
      }),
    ]);
    expect(error.message).toContain(`platform restored to its previous ${previous.platform?.digest}`);
    expect(events.some((e) => e.type === 'phase' && e.phase === 'restore')).toBe(true);
  });

  it('a 5xx write may have landed: the failing repository is put back too', async () => {
    const { registry, previous, promote } = world();
    let failed = false;
    registry.onPut = (repo) => {
      if (repo !== 'platform-tenant' || failed) return undefined;
      failed = true;
      return serverError;
    };
    const error = failure((await promote())._unsafeUnwrapErr());
    expect(registry.puts.map((p) => p.repository)).toEqual(['platform', 'platform-tenant', 'platform-tenant', 'platform']);
    expect(registry.puts[2]?.manifest).toEqual(previous['platform-tenant']);
    expect(error.progress.repositories[1]).toMatchObject({
      state: 'failed',
      after: previous['platform-tenant']?.digest,
      reason: expect.stringContaining('latest put back on its previous image'),
    });
    expect(error.progress.repositories[0]?.state).toBe('restored');
  });

  it('read-back mismatch → digest-mismatch failure, and both repositories put back', async () => {
    const { registry, source, previous, promote } = world();
    registry.onGet = (repo, tag, call) =>
      repo === 'platform-tenant' && tag === 'latest' && call === 6 ? { digest: 'sha256:someone-else', mediaType: OCI_INDEX, body: '{}' } : undefined;
    const error = failure((await promote())._unsafeUnwrapErr());
    expect(error).toMatchObject({ kind: 'digest-mismatch', repository: 'platform-tenant', expected: source['platform-tenant']?.digest, actual: 'sha256:someone-else' });
    expect(error.message).toContain(`latest reads back sha256:someone-else, expected ${source['platform-tenant']?.digest}`);
    for (const repo of REPOS) expect(registry.tagged(repo, 'latest')).toEqual(previous[repo]);
    expect(error.progress.repositories.map((r) => r.state)).toEqual(['restored', 'failed']);
  });

  it('a registry answering another digest for the write is a mismatch too', async () => {
    const { registry, promote } = world();
    registry.onPut = (repo, _tag, _m, call) => (repo === 'platform-tenant' && call === 2 ? { digest: 'sha256:other' } : undefined);
    const error = failure((await promote())._unsafeUnwrapErr());
    expect(error).toMatchObject({ kind: 'digest-mismatch', actual: 'sha256:other' });
    expect(error.progress.repositories[0]?.state).toBe('restored');
  });

  it('immutable tags → a clear message, nothing left moved', async () => {
    const { registry, previous, promote } = world();
    registry.immutable('platform-tenant');
    const error = failure((await promote())._unsafeUnwrapErr());
    expect(error).toMatchObject({ kind: 'tag-immutable', repository: 'platform-tenant' });
    expect(error.message).toContain('repository platform-tenant has immutable tags; latest cannot be moved');
    // The refused write landed nowhere, so only platform is put back.
    expect(registry.puts.map((p) => p.repository)).toEqual(['platform', 'platform-tenant', 'platform']);
    for (const repo of REPOS) expect(registry.tagged(repo, 'latest')).toEqual(previous[repo]);
    expect(error.progress.repositories[1]).toMatchObject({ state: 'failed', reason: 'repository platform-tenant has immutable tags; latest cannot be moved' });
  });

  it('a repository that had no latest cannot be restored: restore-impossible, named', async () => {
    const registry = fakeRegistry();
    registry.seed('platform', SOURCE, { mediaType: OCI_INDEX, body: indexBody('p') });
    registry.seed('platform-tenant', SOURCE, { mediaType: OCI_INDEX, body: indexBody('t') });
    registry.immutable('platform-tenant');
    registry.seed('platform-tenant', 'latest', { mediaType: OCI_INDEX, body: indexBody('t-old') });
    const error = failure((await promoteImage({ sha: SHA }, { registry }))._unsafeUnwrapErr());
    expect(error.progress.repositories[0]).toMatchObject({
      repository: 'platform',
      before: null,
      state: 'restore-impossible',
      reason: expect.stringContaining('there was no latest before'),
    });
    expect(error.message).toContain('platform NOT restored (restore-impossible)');
    expect(registry.puts.map((p) => p.repository)).toEqual(['platform', 'platform-tenant']);
  });

  it('a restore that fails is reported as restore-failed, naming the fix', async () => {
    const { registry, previous, promote } = world();
    registry.onPut = (repo, _tag, manifest) => {
      if (repo === 'platform-tenant') return { ...serverError, status: 400 };
      if (manifest.digest === previous.platform?.digest) return { kind: 'network', call: 'PUT manifest', path: '/v2/platform/manifests/latest', message: 'ECONNRESET' };
      return undefined;
    };
    const error = failure((await promote())._unsafeUnwrapErr());
    expect(error.progress.repositories[0]).toMatchObject({ repository: 'platform', state: 'restore-failed', reason: expect.stringContaining('fix latest by hand') });
    expect(error.message).toContain('platform NOT restored (restore-failed)');
  });

  it('an adapter that throws while writing is a typed failure, and what moved is put back', async () => {
    const { registry, previous, promote } = world();
    registry.onPut = (repo, _tag, _m, call) => (repo === 'platform-tenant' && call === 2 ? 'throw' : undefined);
    const error = failure((await promote())._unsafeUnwrapErr());
    expect(error).toMatchObject({ kind: 'move-failed', repository: 'platform-tenant' });
    expect(error.message).toContain('unexpected adapter failure (registry adapter exploded)');
    for (const repo of REPOS) expect(registry.tagged(repo, 'latest')).toEqual(previous[repo]);
  });
});

describe('promoteImage: abort', () => {
  it('writes nothing when the signal has already fired', async () => {
    const controller = new AbortController();
    controller.abort();
    const { registry, promote } = world();
    const error = failure((await promote(undefined, { signal: controller.signal }))._unsafeUnwrapErr());
    expect(error.kind).toBe('aborted');
    expect(registry.calls).toEqual([]);
  });

  it('an abort between repositories stops the forward moves and puts back what moved', async () => {
    const controller = new AbortController();
    const { registry, previous, promote } = world();
    registry.onPut = () => {
      controller.abort();
      return undefined;
    };
    const error = failure((await promote(undefined, { signal: controller.signal }))._unsafeUnwrapErr());
    expect(error).toMatchObject({ kind: 'aborted', during: 'promote' });
    expect(registry.puts.map((p) => p.repository)).toEqual(['platform', 'platform']);
    for (const repo of REPOS) expect(registry.tagged(repo, 'latest')).toEqual(previous[repo]);
  });
});

describe('promoteImage: input', () => {
  it.each([
    ['a sha that is not hex', { sha: 'not-a-sha' }, 'sha'],
    ['a 6-character sha', { sha: 'abcdef' }, 'sha'],
    ['no repositories', { sha: SHA, repositories: [] }, 'repositories'],
    ['a repository name with upper case', { sha: SHA, repositories: ['Platform'] }, 'repositories.0'],
    ['a repository name with a tag', { sha: SHA, repositories: ['platform:latest'] }, 'repositories.0'],
    ['a repository listed twice', { sha: SHA, repositories: ['platform', 'platform'] }, 'repositories'],
    ['a missing input', null, '(input)'],
  ])('refuses %s with invalid-input naming the field, before any registry call', async (_name, input, path) => {
    const { registry, promote } = world();
    const error = (await promote(badInput(input)))._unsafeUnwrapErr();
    expect(error.kind).toBe('invalid-input');
    if (error.kind !== 'invalid-input') throw new Error('unreachable');
    expect(error.operation).toBe('promoteImage');
    expect(error.issues.map((issue) => issue.path)).toContain(path);
    expect(registry.calls).toEqual([]);
  });

  it('takes no target tag: latest is the only tag it ever writes, whatever a JavaScript caller passes', async () => {
    const { registry, promote } = world();
    (await promote(badInput({ sha: SHA, targetTag: 'stable' })))._unsafeUnwrap();
    expect(new Set(registry.puts.map((put) => put.tag))).toEqual(new Set(['latest']));
    for (const repo of REPOS) expect(registry.tagged(repo, 'stable')).toBeUndefined();
  });
});
