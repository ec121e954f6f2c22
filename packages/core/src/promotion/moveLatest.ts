import { err, ok, type Result, type ResultAsync } from 'neverthrow';
import { emitter, type DeployEventListener } from '../events';
import { runOperation } from '../operation';
import { shortSha } from '../sha';
import { promoteImageInputSchema, type ValidPromoteImageInput } from './input';
import { precheck } from './precheck';
import { immutableMessage } from './registryErrors';
import { LATEST, newRepoRun, toReport, type MoveContext, type RepoRun } from './repoRun';
import { restore } from './restore';
import type { PromoteImageDeps, PromoteImageInput, PromotionError, PromotionReport } from './types';
import { writeTag, type WriteFailure } from './writeTag';

type Action = PromotionReport['action'];
type Outcome = Result<PromotionReport, PromotionError>;

/** Where a forward move stopped. */
type Stop = { readonly kind: 'aborted' } | (WriteFailure & { readonly repository: string });

/**
 * The engine behind `promoteImage` and `rollbackLatest`: both point `latest` at
 * `staging-<sha7>` in every repository, or leave every repository as it was.
 *
 * 1. Pre-check everywhere (source exists, `latest` readable) before any write.
 * 2. Move repository by repository: already there → `unchanged` (no write); else write the
 *    source manifest's bytes under `latest` and read it back.
 * 3. On any failure, put the repositories moved so far back on their previous `latest`.
 */
export function moveLatest(action: Action, input: PromoteImageInput, deps: PromoteImageDeps): ResultAsync<PromotionReport, PromotionError> {
  // Built with the run, so the last net below still reports what is known of every repository.
  let started: { readonly context: MoveContext; readonly runs: RepoRun[] } | undefined;
  return runOperation(
    action === 'promote' ? 'promoteImage' : 'rollbackLatest',
    promoteImageInputSchema,
    input,
    (valid) => {
      const context: MoveContext = {
        registry: deps?.registry,
        sourceTag: `staging-${shortSha(valid.sha)}`,
        targetTag: LATEST,
        ...(deps?.signal ? { signal: deps.signal } : {}),
      };
      started = { context, runs: valid.repositories.map(newRepoRun) };
      return move(action, valid, context, started.runs, emitter(deps?.onEvent));
    },
    {
      unexpected: (cause, valid): Outcome => {
        const context = started?.context ?? { registry: deps?.registry, sourceTag: `staging-${shortSha(valid.sha)}`, targetTag: LATEST };
        const runs = started?.runs ?? valid.repositories.map(newRepoRun);
        const message = `${verbOf(action)} to ${context.sourceTag} stopped by an unexpected failure (${cause}); check ${context.targetTag} in every repository`;
        return err({ kind: 'move-failed', repository: '', message, progress: toReport(action, valid.sha, context, runs) });
      },
    },
  );
}

async function move(action: Action, input: ValidPromoteImageInput, context: MoveContext, runs: RepoRun[], events: DeployEventListener): Promise<Outcome> {
  const { signal, sourceTag, targetTag } = context;
  const verb = verbOf(action);
  const report = () => toReport(action, input.sha, context, runs);
  events({
    type: 'phase',
    phase: action,
    message: `${action === 'promote' ? `promoting ${sourceTag} to ${targetTag}` : `rolling ${targetTag} back to ${sourceTag}`} in ${input.repositories.join(', ')}`,
  });

  // 1. Nothing is written anywhere until every repository has passed.
  const checked = signal?.aborted ? { aborted: true, missing: [], unreadable: [] } : await precheck(runs, context);
  if (checked.aborted) {
    return err({ kind: 'aborted', during: action, message: `${verb} to ${sourceTag} aborted before anything was changed`, progress: report() });
  }
  if (checked.missing.length > 0 || checked.unreadable.length > 0) {
    const problems = runs.filter((run) => run.state === 'failed').map((run) => `${run.repository}: ${run.reasons.join('; ')}`);
    const message = `${verb} to ${sourceTag} refused before any change: ${problems.join('; ')}`;
    events({ type: 'warning', message });
    return checked.missing.length > 0
      ? err({ kind: 'source-missing', repositories: checked.missing, message, progress: report() })
      : err({ kind: 'precheck-failed', repositories: checked.unreadable, message, progress: report() });
  }

  // 2. Repository by repository, in order.
  const moved: RepoRun[] = [];
  let stop: Stop | undefined;
  let failing: RepoRun | undefined;
  for (const run of runs) {
    if (signal?.aborted) {
      stop = { kind: 'aborted' };
      break;
    }
    const source = run.source;
    if (!source) {
      // Unreachable after a passed pre-check; typed rather than thrown all the same.
      run.state = 'failed';
      run.reasons.push('no source manifest after the pre-check');
      failing = run;
      stop = { kind: 'move-failed', reason: 'no source manifest after the pre-check', mayHaveLanded: false, repository: run.repository };
      break;
    }
    if (run.previous?.digest === source.digest) {
      run.state = 'unchanged';
      events({ type: 'info', message: `${run.repository}: ${targetTag} already points at ${sourceTag} (${source.digest}): nothing to write` });
      continue;
    }
    const written = await writeTag(context, run.repository, source, signal);
    if (written.isOk()) {
      run.state = 'promoted';
      run.after = written.value;
      moved.push(run);
      events({ type: 'info', message: `${run.repository}: ${targetTag} now points at ${sourceTag} (${source.digest})` });
      continue;
    }
    run.state = 'failed';
    run.reasons.push(written.error.reason);
    failing = run;
    stop = signal?.aborted ? { kind: 'aborted' } : { ...written.error, repository: run.repository };
    events({ type: 'warning', message: `${run.repository}: ${written.error.reason}` });
    break;
  }
  if (!stop) return ok(report());

  // 3. Put back what this run moved: the failing repository (if its write may have landed), then the rest, newest first.
  const toRestore = moved.reverse();
  if (failing && failingMayHaveMoved(stop)) toRestore.unshift(failing);
  if (toRestore.length > 0) {
    events({ type: 'phase', phase: 'restore', message: `putting ${targetTag} back in ${toRestore.map((run) => run.repository).join(', ')}` });
  }
  for (const run of toRestore) {
    const outcome = await restore(run, context);
    // The failing repository stays `failed`: its reason says whether it was put back.
    if (run !== failing) run.state = outcome;
    if (outcome !== 'restored') events({ type: 'warning', message: `${run.repository}: ${run.reasons.at(-1) ?? outcome}` });
  }

  const message = `${headline(stop, verb, context)}; ${aftermath(runs, failing)}`;
  const final = report();
  switch (stop.kind) {
    case 'aborted':
      return err({ kind: 'aborted', during: action, message, progress: final });
    case 'tag-immutable':
    case 'move-failed':
      return err({ kind: stop.kind, repository: stop.repository, message, progress: final });
    case 'digest-mismatch':
      return err({ kind: 'digest-mismatch', repository: stop.repository, expected: failing?.source?.digest ?? '', actual: stop.actual, message, progress: final });
  }
}

function failingMayHaveMoved(stop: Stop): boolean {
  // An abort during a write leaves it unknown whether the write landed: put the old one back.
  return stop.kind === 'aborted' || stop.mayHaveLanded;
}

function verbOf(action: Action): string {
  return action === 'promote' ? 'promotion' : 'rollback';
}

function headline(stop: Stop, verb: string, context: MoveContext): string {
  switch (stop.kind) {
    case 'aborted':
      return `${verb} to ${context.sourceTag} aborted`;
    case 'tag-immutable':
      return `${verb} to ${context.sourceTag} failed: ${immutableMessage(stop.repository, context.targetTag)}`;
    default:
      return `${verb} to ${context.sourceTag} failed in ${stop.repository}: ${stop.reason}`;
  }
}

/** What every repository that is not `untouched` ended up as, in one clause. */
function aftermath(runs: readonly RepoRun[], failing: RepoRun | undefined): string {
  const parts: string[] = [];
  for (const run of runs) {
    if (run === failing) {
      const restoreNote = run.reasons.slice(1).join('; ');
      if (restoreNote) parts.push(`${run.repository}: ${restoreNote}`);
    } else if (run.state === 'restored') {
      parts.push(`${run.repository} restored to its previous ${run.previous?.digest ?? 'image'}`);
    } else if (run.state === 'restore-failed' || run.state === 'restore-impossible') {
      parts.push(`${run.repository} NOT restored (${run.state}): ${run.reasons.at(-1) ?? ''}`);
    } else if (run.state === 'unchanged') {
      parts.push(`${run.repository} already pointed at the source image`);
    }
  }
  return parts.length > 0 ? parts.join('; ') : 'no repository was changed';
}
