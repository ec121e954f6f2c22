import { DEFAULT_BRANCH } from '@molecule/deploy-core/constants';
import { Secret } from '../secret';
import type { Read, SettingsReader } from '../settingsReader';
import type { BranchSettings, CommitSettings, OutputSettings, WorkflowsSettings } from '../types';

/**
 * A required value that is missing or invalid has already been recorded as a problem, and a
 * configuration with problems never leaves `loadDeployConfig`: the value is only seen when set.
 */
export function present<T>(value: T | undefined): T {
  return value as T;
}

export function secret(read: Read<string> | undefined): Secret | undefined {
  return read ? new Secret(read.value) : undefined;
}

export function readOutput(r: SettingsReader): OutputSettings {
  return { json: r.read('json')?.value ?? false, reportFile: r.read('report')?.value };
}

export function readCommit(r: SettingsReader): CommitSettings {
  return { sha: present(r.required('sha')?.value) };
}

export function readBranch(r: SettingsReader): BranchSettings {
  return { branch: r.read('branch')?.value ?? DEFAULT_BRANCH };
}

/** The runner is told by its own variable, as the progress renderer is: annotations only under Actions. */
export function readWorkflows(r: SettingsReader): WorkflowsSettings {
  return { workflowsDir: r.read('dir')?.value, annotations: r.env.GITHUB_ACTIONS === 'true' };
}
