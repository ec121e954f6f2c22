import { describe, expect, it } from 'vitest';
import { pairCanaries } from './pairCanaries';

const TOKENS = ['tok-alpha-1', 'tok-beta-2'];

function issuesOf(urls: unknown, tokens: unknown) {
  const error = pairCanaries(urls as string[], tokens as string[])._unsafeUnwrapErr();
  expect(error).toMatchObject({ kind: 'invalid-input', operation: 'pairCanaries' });
  return error.issues;
}

describe('pairCanaries', () => {
  it('pairs the i-th token with the i-th URL, trimmed and without trailing slashes', () => {
    const canaries = pairCanaries([' https://alpha.moleculesai.app/ ', 'http://127.0.0.1:8080/tenants/beta'], [' tok-alpha-1 ', 'tok-beta-2'])._unsafeUnwrap();
    expect(canaries).toEqual([
      { url: 'https://alpha.moleculesai.app', token: 'tok-alpha-1' },
      { url: 'http://127.0.0.1:8080/tenants/beta', token: 'tok-beta-2' },
    ]);
  });

  it('refuses lists of different lengths, naming tokens, instead of pairing as far as they go', () => {
    const issues = issuesOf(['https://alpha.moleculesai.app', 'https://beta.moleculesai.app'], ['tok-alpha-1']);
    expect(issues).toEqual([{ path: 'tokens', message: expect.stringContaining('has 1 entries but urls has 2') }]);
  });

  it.each([
    ['no URLs', [], TOKENS, 'urls'],
    ['no tokens', ['https://alpha.moleculesai.app'], [], 'tokens'],
    ['a blank token', ['https://alpha.moleculesai.app'], ['  '], 'tokens.0'],
    ['a token with a newline inside', ['https://alpha.moleculesai.app'], ['tok\nX-Evil: 1'], 'tokens.0'],
    ['a relative URL', ['alpha.moleculesai.app'], ['tok'], 'urls.0'],
    ['plain http to a public host', ['http://alpha.moleculesai.app'], ['tok'], 'urls.0'],
    ['a URL with credentials', ['https://user:pw@alpha.moleculesai.app'], ['tok'], 'urls.0'],
    ['a URL with a query', ['https://alpha.moleculesai.app/?x=1'], ['tok'], 'urls.0'],
    ['a URL with a fragment', ['https://alpha.moleculesai.app/#x'], ['tok'], 'urls.0'],
    ['something that is not a list', 'https://alpha.moleculesai.app', 'tok', 'urls'],
  ])('refuses %s before any request, naming the field', (_name, urls, tokens, path) => {
    expect(issuesOf(urls, tokens).map((issue) => issue.path)).toContain(path);
  });

  it('never echoes a token in its issues', () => {
    const secret = 'super secret token';
    const issues = issuesOf(['https://alpha.moleculesai.app', 'https://beta.moleculesai.app'], [secret]);
    const issues2 = issuesOf(['https://alpha.moleculesai.app'], [secret]);
    expect(JSON.stringify([issues, issues2])).not.toContain('secret');
  });
});
