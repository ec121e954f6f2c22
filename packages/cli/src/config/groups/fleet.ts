import type { SettingsReader } from '../settingsReader';
import type { CpSettings, GiteaSettings } from '../types';
import { Secret } from '../secret';
import { present } from './common';
import { coordinates } from './gitea';
import { readCp } from './rollout';

/**
 * `fleet`'s sources: the tenants (`--slugs`, `--slugs-file`, or else the control plane's dry run,
 * which then needs its token), and optionally Gitea (with a token) to mark the branch head and
 * count how far behind each commit is.
 */
export interface FleetSourceSettings {
  readonly slugs?: readonly string[];
  readonly slugsFile?: string;
  /** Lists the tenants when no list is given. */
  readonly cp?: CpSettings & { readonly cpRetryDelaysMs?: readonly number[] };
  /** Absent without a Gitea token: no commit is marked as the head. */
  readonly gitea?: GiteaSettings;
}

export function readFleetSources(r: SettingsReader): FleetSourceSettings {
  const slugs = r.read('slugs')?.value;
  const slugsFile = r.read('slugsFile')?.value;
  if (slugs && slugsFile) r.problems.add('slugsFile', 'cannot be combined with --slugs: give one list');
  let cp: FleetSourceSettings['cp'];
  if (!slugs && !slugsFile) {
    r.required('cpToken', `by ${r.command} to list the tenants (or give --slugs / --slugs-file)`);
    const retries = r.read('cpRetryDelaysSeconds')?.value;
    cp = { ...readCp(r), ...(retries && { cpRetryDelaysMs: retries }) };
  }
  const token = r.read('giteaToken');
  let gitea: GiteaSettings | undefined;
  if (token) {
    const { repository, giteaApiUrl } = coordinates(r, 'to read the branch head with the Gitea token');
    gitea = { repository: present(repository), giteaApiUrl: present(giteaApiUrl), giteaToken: new Secret(token.value) };
  }
  return { ...(slugs && { slugs }), ...(slugsFile && { slugsFile }), ...(cp && { cp }), ...(gitea && { gitea }) };
}
