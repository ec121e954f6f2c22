/**
 * The Gitea REST base URL as an Actions job sees it: `GITHUB_API_URL` when the runner
 * sets it, else `GITHUB_SERVER_URL` + `/api/v1`. Trailing slashes are trimmed so paths
 * can be appended. `undefined` when neither is set (the caller reports the missing setting).
 *
 * @example resolveGiteaApiUrl({ GITHUB_SERVER_URL: 'https://git.example/' }) // 'https://git.example/api/v1'
 */
export function resolveGiteaApiUrl(env: { readonly GITHUB_API_URL?: string; readonly GITHUB_SERVER_URL?: string }): string | undefined {
  const api = trimSlashes(env?.GITHUB_API_URL);
  if (api) return api;
  const server = trimSlashes(env?.GITHUB_SERVER_URL);
  return server ? `${server}/api/v1` : undefined;
}

function trimSlashes(value: string | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim().replace(/\/+$/, '');
  return trimmed === '' ? undefined : trimmed;
}
