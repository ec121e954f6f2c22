import { err, ok, type Result } from 'neverthrow';
import type { ImageManifest } from '../ports';
import { callPort } from '../portCall';
import { describeError } from '../errors/describe';
import { manifestAnswerSchema } from './registryErrors';
import type { MoveContext, RepoRun } from './repoRun';

export interface PrecheckOutcome {
  /** Repositories without the source image. */
  readonly missing: string[];
  /** Repositories where a read failed (source or `latest`). */
  readonly unreadable: string[];
  readonly aborted: boolean;
}

/**
 * Step 1, before any write: in EVERY repository the source image must exist and `latest`
 * must be readable (its whole manifest is kept for a restore). All repositories are read,
 * so the report names every problem at once. A repository with a problem is marked
 * `failed`; the caller writes nothing anywhere unless every repository passed.
 */
export async function precheck(runs: readonly RepoRun[], context: MoveContext): Promise<PrecheckOutcome> {
  const { signal, sourceTag, targetTag } = context;
  const missing: string[] = [];
  const unreadable: string[] = [];
  const aborted = (): PrecheckOutcome => ({ missing, unreadable, aborted: true });

  for (const run of runs) {
    if (signal?.aborted) return aborted();
    const { repository } = run;

    const source = await readManifest(context, repository, sourceTag);
    if (signal?.aborted) return aborted();
    if (source.isErr()) {
      run.reasons.push(`could not read ${sourceTag}: ${source.error}`);
    } else if (source.value === null) {
      run.reasons.push(`${sourceTag} not found in ${repository}`);
      missing.push(repository);
    } else {
      run.source = source.value;
    }

    const latest = await readManifest(context, repository, targetTag);
    if (signal?.aborted) return aborted();
    if (latest.isErr()) {
      run.reasons.push(`could not read ${targetTag}: ${latest.error}`);
    } else {
      run.previous = latest.value;
      run.after = latest.value?.digest ?? null;
    }

    if (source.isErr() || latest.isErr()) unreadable.push(repository);
    if (run.reasons.length > 0) run.state = 'failed';
  }
  return { missing, unreadable, aborted: false };
}

/** A manifest, `null` when the tag does not exist, or a one-line reason. */
export async function readManifest(
  context: MoveContext,
  repository: string,
  tag: string,
  signal: AbortSignal | undefined = context.signal,
): Promise<Result<ImageManifest | null, string>> {
  const call = `GET manifest ${repository}:${tag}`;
  // A manifest we could not write back byte for byte proves nothing: a failed read.
  const answer = await callPort(call, () => context.registry.getManifest(repository, tag, signal), { schema: manifestAnswerSchema, path: call });
  if (answer.isErr()) return err(describeError(answer.error));
  return ok(answer.value);
}
