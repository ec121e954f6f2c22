import { DEFAULT_STATUS_CONTEXT, isPlainRunUrl } from '@molecule/deploy-core/constants';
import { Secret } from '../secret';
import type { SettingsReader } from '../settingsReader';
import type { CommitStatusSettings, Repository } from '../types';
import { coordinates } from './gitea';

/**
 * The status token, and with it the Gitea coordinates it posts to (required then, exit 2 when
 * missing) and the run's link. Without a token nothing else is demanded: posting is optional.
 */
export function readCommitStatus(r: SettingsReader): CommitStatusSettings {
  const token = r.read('statusToken');
  const context = r.read('statusContext')?.value ?? DEFAULT_STATUS_CONTEXT;
  const runId = r.read('runId')?.value;
  if (!token) return {};
  const { repository, giteaApiUrl } = coordinates(r, 'to post commit statuses with the status token');
  if (!repository || !giteaApiUrl) return {};
  const targetUrl = runId !== undefined ? runUrl(r.read('serverUrl')?.value, giteaApiUrl, repository, runId) : undefined;
  return { commitStatus: { token: new Secret(token.value), context, repository, giteaApiUrl, ...(targetUrl !== undefined && { targetUrl }) } };
}

/** `$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID`; the server from the API URL when unset. */
function runUrl(server: string | undefined, apiUrl: string, repository: Repository, runId: string): string | undefined {
  const base = (server ?? apiUrl.replace(/\/api\/v1\/?$/, '')).replace(/\/+$/, '');
  const link = `${base}/${encodeURIComponent(repository.owner)}/${encodeURIComponent(repository.repo)}/actions/runs/${runId}`;
  // Only a plain link: never one that carries credentials into every status row.
  return isPlainRunUrl(link) ? new URL(link).toString() : undefined;
}
