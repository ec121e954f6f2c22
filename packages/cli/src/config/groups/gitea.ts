import { checkGiteaApiUrl } from '../endpoints';
import type { SettingsReader } from '../settingsReader';
import type { GiteaSettings, KillSwitchSettings, Repository } from '../types';
import { Secret } from '../secret';
import { present, secret } from './common';

interface Coordinates {
  readonly repository?: Repository;
  readonly giteaApiUrl?: string;
}

/** Read once: deploy needs Gitea for itself, the live kill switch and its commit statuses; the first reason wins. */
export function coordinates(r: SettingsReader, why: string): Coordinates {
  return r.once('gitea', () => ({
    repository: r.required('repository', why)?.value,
    giteaApiUrl: checkGiteaApiUrl(r.read('apiUrl')?.raw, r.read('serverUrl')?.raw, r.problems, why),
  }));
}

/** Gitea with its token, required (deploy, plan, wait-contexts, superseded). */
export function readGitea(r: SettingsReader): GiteaSettings {
  const { repository, giteaApiUrl } = coordinates(r, `by ${r.command}`);
  return { repository: present(repository), giteaApiUrl: present(giteaApiUrl), giteaToken: present(secret(r.required('giteaToken'))) };
}

/**
 * Lesson 5, two job-start sources (the repository variable and the secret of the same name):
 * either one armed must stop the deploy, so the flag does not hide the env var. Each value is
 * validated on its own: a typo such as `ture` in either is an error, never "clear". With a
 * control token the live read goes to Gitea too, so Gitea must then be reachable.
 */
export function readKillSwitch(r: SettingsReader): KillSwitchSettings {
  const control = r.read('controlToken');
  const gitea = control ? coordinates(r, 'to read the live kill switch with the control token') : undefined;
  // Without a control token Gitea is not contacted, but a repository given is still checked.
  if (!gitea) r.read('repository');
  const killSwitchValues = r.readAll('disabled');
  return { killSwitchValues, ...(control && { controlToken: new Secret(control.value), ...gitea }) };
}
