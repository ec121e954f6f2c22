import type { ImageManifest, ImageRegistry } from '../ports';
import type { PromotionReport, RepositoryPromotion, RepositoryPromotionState } from './types';

/** One repository while `latest` is being moved. Mutable, owned by one run. */
export interface RepoRun {
  readonly repository: string;
  /** The `staging-<sha7>` manifest, once read. */
  source?: ImageManifest;
  /**
   * `latest` before the run, kept whole (not just its digest) so a restore can put the very
   * same bytes back. `null`: there was none; `undefined`: not (successfully) read.
   */
  previous?: ImageManifest | null;
  state: RepositoryPromotionState;
  /** `latest` as last read or written; `undefined` when unknown. */
  after?: string | null;
  readonly reasons: string[];
}

/** The one tag promotion and rollback move: not an input, so no caller can ask for another. */
export const LATEST = 'latest';

/** What every step needs: the registry, the tags and the caller's signal. */
export interface MoveContext {
  readonly registry: ImageRegistry;
  readonly sourceTag: string;
  readonly targetTag: typeof LATEST;
  readonly signal?: AbortSignal;
}

export function newRepoRun(repository: string): RepoRun {
  return { repository, state: 'untouched', reasons: [] };
}

function toRepositoryPromotion(run: RepoRun): RepositoryPromotion {
  return {
    repository: run.repository,
    ...(run.source ? { source: run.source.digest } : {}),
    ...(run.previous !== undefined ? { before: run.previous?.digest ?? null } : {}),
    ...(run.after !== undefined ? { after: run.after } : {}),
    state: run.state,
    ...(run.reasons.length > 0 ? { reason: run.reasons.join('; ') } : {}),
  };
}

export function toReport(action: PromotionReport['action'], sha: string, context: MoveContext, runs: readonly RepoRun[]): PromotionReport {
  return {
    action,
    sha,
    sourceTag: context.sourceTag,
    targetTag: context.targetTag,
    registry: registryName(context.registry),
    repositories: runs.map(toRepositoryPromotion),
  };
}

function registryName(registry: ImageRegistry): string {
  try {
    return typeof registry.name === 'string' ? registry.name : 'registry';
  } catch {
    return 'registry';
  }
}
