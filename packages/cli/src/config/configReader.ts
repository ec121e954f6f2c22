import { readBranch, readCommit, readOutput, readWorkflows } from './groups/common';
import { readContexts, readSlugs, readTenantChecks } from './groups/checks';
import { readCommitStatus } from './groups/commitStatus';
import { readFleetSources } from './groups/fleet';
import { readGitea, readKillSwitch } from './groups/gitea';
import { readCanaries, readCanaryWait, readRegistry } from './groups/promotion';
import { readCommitTarget, readCp, readRollout, readRolloutTarget } from './groups/rollout';
import type { SettingsReader } from './settingsReader';

/** Every setting group a command's configuration is composed from (`types.ts` says what each holds). */
const GROUPS = {
  output: readOutput,
  commit: readCommit,
  branch: readBranch,
  gitea: readGitea,
  killSwitch: readKillSwitch,
  cp: readCp,
  commitTarget: readCommitTarget,
  rolloutTarget: readRolloutTarget,
  rollout: readRollout,
  contexts: readContexts,
  tenantChecks: readTenantChecks,
  slugs: readSlugs,
  canaries: readCanaries,
  canaryWait: readCanaryWait,
  registry: readRegistry,
  workflows: readWorkflows,
  commitStatus: readCommitStatus,
  fleetSources: readFleetSources,
} satisfies Readonly<Record<string, (r: SettingsReader) => object>>;

/**
 * What a registry entry's `config` builder composes a command's configuration from, one
 * group at a time. The registry sees only this type: `--help` never loads the readers (nor
 * core, which some of them call).
 */
export type ConfigReader = { readonly [G in keyof typeof GROUPS]: () => ReturnType<(typeof GROUPS)[G]> };

export function configReader(r: SettingsReader): ConfigReader {
  const entries = Object.entries(GROUPS).map(([name, read]) => [name, () => read(r)]);
  return Object.fromEntries(entries) as ConfigReader;
}
