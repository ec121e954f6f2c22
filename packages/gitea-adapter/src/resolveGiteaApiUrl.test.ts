import { describe, expect, it } from 'vitest';
import { resolveGiteaApiUrl } from './resolveGiteaApiUrl';

describe('resolveGiteaApiUrl', () => {
  it('prefers GITHUB_API_URL, without trailing slashes', () => {
    expect(resolveGiteaApiUrl({ GITHUB_API_URL: 'https://git.example/api/v1//', GITHUB_SERVER_URL: 'https://other.example' })).toBe('https://git.example/api/v1');
  });

  it('falls back to GITHUB_SERVER_URL + /api/v1', () => {
    expect(resolveGiteaApiUrl({ GITHUB_SERVER_URL: 'https://git.example/' })).toBe('https://git.example/api/v1');
    expect(resolveGiteaApiUrl({ GITHUB_API_URL: '  ', GITHUB_SERVER_URL: 'http://127.0.0.1:3000' })).toBe('http://127.0.0.1:3000/api/v1');
  });

  it('is undefined when neither is set', () => {
    expect(resolveGiteaApiUrl({})).toBeUndefined();
    expect(resolveGiteaApiUrl({ GITHUB_API_URL: '', GITHUB_SERVER_URL: '/' })).toBeUndefined();
  });
});
