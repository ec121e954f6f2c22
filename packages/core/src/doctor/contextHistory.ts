import { readAllStatuses } from '../contexts/statusPages';
import { callPort } from '../portCall';
import { shortSha } from '../sha';
import { closestMatches } from '../text/closest';
import { stripControl } from '../text/stripControl';
import { type CheckContext, describeReadFailure, pass, problem } from './checkContext';
import type { DoctorCheck } from './types';

/**
 * Each required context appeared (in any state) on at least one of the branch's latest commits:
 * one that never did is most likely renamed or misspelt, and every deploy would wait for it
 * until it times out. Commits are read newest first and the reading stops once every context
 * has been seen; each commit's statuses are read to the empty page (lesson 1).
 */
export async function checkRequiredContexts(ctx: CheckContext, giteaReadable: boolean): Promise<DoctorCheck[]> {
  const { branch, historyCommits, requiredContexts } = ctx.input;
  // The same token reads the history: its failure is already named once, by the gitea-token check.
  if (!giteaReadable) return [problem('required-context', 'warn', 'not checked: the Gitea token cannot read the repository', 'fix the gitea-token check first')];
  const tokenFix = `set ${ctx.label('giteaToken')} to a token that can read the repository`;
  const history = await callPort('GET /repos/{owner}/{repo}/commits', () => ctx.ports.history.listBranchCommits(branch, historyCommits, ctx.signal));
  if (history.isErr()) {
    return [problem('required-context', 'fail', `cannot read the latest commits of "${branch}": ${describeReadFailure(history.error)}`, tokenFix, 'giteaToken')];
  }
  const commits = history.value.slice(0, historyCommits);
  const seenOn = new Map<string, string>();
  const seen = new Set<string>();
  for (const sha of commits) {
    if (requiredContexts.every((context) => seenOn.has(context))) break;
    const read = await readAllStatuses(ctx.ports.statuses, sha, ctx.signal);
    if (read.isErr()) {
      return [problem('required-context', 'fail', `cannot read the statuses of ${shortSha(sha)}: ${describeReadFailure(read.error.error)}`, tokenFix, 'giteaToken')];
    }
    for (const row of read.value.rows) {
      seen.add(row.context);
      if (!seenOn.has(row.context)) seenOn.set(row.context, sha);
    }
  }
  const span = `the last ${commits.length} commit${commits.length === 1 ? '' : 's'} of "${branch}"`;
  return requiredContexts.map((context) => {
    const on = seenOn.get(context);
    if (on !== undefined) return pass('required-context', `"${context}" appeared on ${shortSha(on)}, one of ${span}`);
    const closest = closestMatches(context, seen).map((c) => `"${stripControl(c)}"`);
    const hint = closest.length > 0 ? `; closest that did: ${closest.join(', ')}` : '';
    return problem(
      'required-context',
      'fail',
      `"${context}" never appeared on ${span}${hint}`,
      `set ${ctx.label('requiredContexts')} to the contexts the workflows emit (lint-workflows checks them), or rename the job back`,
      'requiredContexts',
    );
  });
}
