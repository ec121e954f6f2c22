import type { DeployEventListener } from '@molecule/deploy-core';
import { statusReporter, type FinalStatus, type StatusPublication, type StatusReporter } from '@molecule/deploy-core/visibility';
import { createStatusPoster } from '@molecule/deploy-gitea';
import type { CommitStatusSettings } from '../config/types';
import type { CommandContext } from './context';

/** A status POST is one small row: a Gitea that cannot store it in 10 s will not, and the run must end. */
const POST_TIMEOUT_MS = 10_000;

/** What a command posting its commit status uses instead of `ctx.onEvent`, and how it ends. */
export interface RunStatus {
  /** Feeds the reporter, then renders as `ctx.onEvent` does. */
  readonly onEvent: DeployEventListener;
  /** The rollout's `beforeFirstChange`: posts the first `pending` and resolves once that POST has ended. */
  readonly beforeFirstChange: StatusReporter['beforeFirstChange'];
  /** Posts the verdict (none: nothing more), waits for every POST; `undefined` when nothing was to be posted. */
  finish(final: FinalStatus | undefined): Promise<StatusPublication | undefined>;
}

export interface StatusTarget {
  /** The commit the statuses go on: the one the fleet is rolled to (lesson 11), or the canary-verified one. */
  readonly sha: string;
  /** @default the configured `--status-context` */
  readonly context?: string;
  readonly dryRun: boolean;
}

/**
 * The run's commit status (issue 15), or a pass-through: without a status token nothing is
 * posted and the log says so once; a dry run posts nothing. A POST that fails is one warning
 * (core's reporter emits it) and never changes the run's outcome or exit code.
 */
export function runStatus(config: CommitStatusSettings, target: StatusTarget, ctx: CommandContext): RunStatus {
  const passThrough: RunStatus = { onEvent: ctx.onEvent, beforeFirstChange: async () => {}, finish: async () => undefined };
  if (target.dryRun) return passThrough;
  const settings = config.commitStatus;
  if (!settings) {
    ctx.log('commit status: no status token (PROD_DEPLOY_STATUS_TOKEN / --status-token): nothing is posted');
    return passThrough;
  }
  const reporter = statusReporter(
    {
      sha: target.sha,
      context: target.context ?? settings.context,
      ...(settings.targetUrl !== undefined && { targetUrl: settings.targetUrl }),
      secrets: ctx.secrets,
    },
    {
      poster: createStatusPoster({
        apiUrl: settings.giteaApiUrl,
        token: settings.token.reveal(),
        owner: settings.repository.owner,
        repo: settings.repository.repo,
        timeoutMs: POST_TIMEOUT_MS,
      }),
      onEvent: ctx.onEvent,
    },
  );
  if (reporter.isErr()) {
    // Config validated the same values; a refusal here is a bug, and posting is never worth failing a run for.
    ctx.log(`warning: commit status: not posted: ${reporter.error.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    return passThrough;
  }
  const statuses = reporter.value;
  return {
    onEvent: (event) => {
      statuses.onEvent(event);
      ctx.onEvent(event);
    },
    beforeFirstChange: statuses.beforeFirstChange,
    finish: async (final) => (await statuses.finish(final)).unwrapOr(undefined),
  };
}

/** The report with what was posted; a failed POST's one warning also joins its `warnings`, when it has them. */
export function withCommitStatus<R extends object>(report: R, publication: StatusPublication | undefined): R {
  if (publication === undefined) return report;
  const warnings =
    publication.warning !== undefined && 'warnings' in report && Array.isArray(report.warnings) ? { warnings: [...report.warnings, publication.warning] } : {};
  return { ...report, ...warnings, commitStatus: publication };
}

/** One summary line: what was posted where (`pending ×5 → success on 3c9f1e2 under "Production deploy"`). */
export function commitStatusLines(publication: StatusPublication | undefined): string[] {
  if (publication === undefined) return [];
  const runs: string[] = [];
  for (let i = 0; i < publication.posted.length; ) {
    let j = i;
    while (publication.posted[j] === publication.posted[i]) j += 1;
    runs.push(j - i > 1 ? `${publication.posted[i]} ×${j - i}` : `${publication.posted[i]}`);
    i = j;
  }
  const posted = runs.length > 0 ? `posted ${runs.join(' → ')}` : 'nothing posted';
  const failed = publication.failed > 0 ? ` (${publication.failed} POST${publication.failed === 1 ? '' : 's'} failed)` : '';
  return [`  status      ${posted} on ${publication.sha.slice(0, 7)} under "${publication.context}"${failed}`];
}
