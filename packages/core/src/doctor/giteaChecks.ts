import { MIN_GITEA_VERSION_FOR_VARIABLES } from '../constants';
import { classifyKillSwitchValue } from '../gates/killSwitch';
import { STATUS_PAGE_LIMIT } from '../contexts/statusPages';
import { callPort } from '../portCall';
import { stripControl } from '../text/stripControl';
import { type CheckContext, describeReadFailure, pass, problem } from './checkContext';
import type { DoctorCheck } from './types';

/**
 * The server's version supports what the settings rely on: with a control token, the live
 * kill-switch read needs the variables API (1.22). On an older server that URL is a plain 404,
 * which the read would take for "not set": the switch could never be armed live.
 */
export async function checkGiteaVersion(ctx: CheckContext): Promise<DoctorCheck> {
  const needsVariables = ctx.ports.variables !== undefined;
  const read = await callPort('GET /version', () => ctx.ports.version.readServerVersion(ctx.signal));
  const status = needsVariables ? 'fail' : 'warn';
  if (read.isErr()) {
    return problem('gitea-version', status, `cannot read the Gitea version: ${describeReadFailure(read.error)}`, `check ${ctx.label('apiUrl')}`, 'apiUrl');
  }
  const shown = stripControl(read.value).slice(0, 60);
  const version = giteaVersion(read.value);
  if (version === undefined) {
    return problem('gitea-version', status, `Gitea reports version "${shown}", which says nothing about the variables API`, `check ${ctx.label('apiUrl')}`, 'apiUrl');
  }
  if (compareVersions(version, MIN_GITEA_VERSION_FOR_VARIABLES) < 0) {
    const why = needsVariables ? 'the live kill-switch read needs the variables API' : 'the live kill-switch read (with a control token) would need the variables API';
    return problem(
      'gitea-version',
      status,
      `Gitea ${shown} is older than ${MIN_GITEA_VERSION_FOR_VARIABLES}: ${why}`,
      `upgrade Gitea to ${MIN_GITEA_VERSION_FOR_VARIABLES} or later`,
    );
  }
  return pass('gitea-version', `Gitea ${shown} has the variables API (${MIN_GITEA_VERSION_FOR_VARIABLES} or later)`);
}

/** `1.22.6` → `1.22.6`; Forgejo's `7.0.5+gitea-1.21.11` → `1.21.11` (the Gitea it is built on). */
export function giteaVersion(reported: string): string | undefined {
  const base = /\+gitea-(\d+\.\d+(?:\.\d+)?)/.exec(reported)?.[1] ?? /^v?(\d+\.\d+(?:\.\d+)?)/.exec(reported.trim())?.[1];
  return base;
}

/** Numeric, part by part (missing parts are 0). */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** The Gitea token reads the branch head and the commit's statuses. Answers the head, when read. */
export async function checkGiteaToken(ctx: CheckContext): Promise<{ readonly check: DoctorCheck; readonly head?: string }> {
  const { branch, sha } = ctx.input;
  const fix = `set ${ctx.label('giteaToken')} to a token that can read the repository`;
  const head = await callPort('GET /repos/{owner}/{repo}/branches/{branch}', () => ctx.ports.branches.readBranchHead(branch, ctx.signal));
  if (head.isErr()) {
    const message = `the Gitea token cannot read the head of branch "${branch}": ${describeReadFailure(head.error)}`;
    const notFound = head.error.kind === 'http' && head.error.status === 404;
    return {
      check: notFound
        ? problem('gitea-token', 'fail', message, `check ${ctx.label('branch')} and ${ctx.label('giteaToken')}`, 'branch')
        : problem('gitea-token', 'fail', message, fix, 'giteaToken'),
    };
  }
  const commit = sha ?? head.value;
  const statuses = await callPort('GET /repos/{owner}/{repo}/commits/{sha}/statuses', () =>
    ctx.ports.statuses.listStatuses({ sha: commit, page: 1, limit: STATUS_PAGE_LIMIT }, ctx.signal),
  );
  if (statuses.isErr()) {
    const message = `the Gitea token reads the branch head but not the statuses of ${commit.slice(0, 7)}: ${describeReadFailure(statuses.error)}`;
    return { check: problem('gitea-token', 'fail', message, fix, 'giteaToken'), head: head.value };
  }
  return { check: pass('gitea-token', `the Gitea token reads the head of "${branch}" and the statuses of ${commit.slice(0, 7)}`), head: head.value };
}

/**
 * The control token reads the kill-switch variable: a value, or Gitea's JSON 404 with the
 * repository visible (the adapter confirms that before it answers "not set"). A token that
 * cannot see the repository fails; no control token at all is a warning (the live re-check is off).
 */
export async function checkControlToken(ctx: CheckContext): Promise<DoctorCheck> {
  const name = ctx.input.killSwitchVariable;
  const fix = `set ${ctx.label('controlToken')} to a token of a repository admin`;
  const variables = ctx.ports.variables;
  if (variables === undefined) {
    return problem(
      'control-token',
      'warn',
      `no control token: the live re-check of ${name} before each change is off (only the job-start value counts)`,
      fix,
      'controlToken',
    );
  }
  const read = await callPort(`GET /repos/{owner}/{repo}/actions/variables/${name}`, () => variables.readVariable(name, ctx.signal));
  if (read.isErr()) {
    const hidden = read.error.kind === 'http' && read.error.status === 404;
    const why = hidden ? 'it cannot see the repository (HTTP 404)' : describeReadFailure(read.error);
    return problem('control-token', 'fail', `the control token cannot read ${name}: ${why}`, fix, 'controlToken');
  }
  const state = classifyKillSwitchValue(read.value);
  if (state === 'unknown') {
    return problem(
      'control-token',
      'fail',
      `${name} holds a word that neither arms nor clears it: every deploy will hold`,
      `set ${name} to true (stop deploys) or false`,
    );
  }
  if (state === 'armed')
    return problem('control-token', 'warn', `the control token reads ${name}: it is armed, so deploys stop`, `clear ${name} when deploys may resume`);
  return pass('control-token', `the control token reads ${name} (${read.value === null ? 'not set' : 'clear'}) and sees the repository`);
}
