import type { ResultAsync } from 'neverthrow';
import { moveLatest } from './moveLatest';
import type { PromoteImageDeps, PromoteImageInput, PromotionError, PromotionReport } from './types';

/**
 * Promotes `staging-<sha7>` to `latest` in every repository (default `platform` and
 * `platform-tenant`), all or nothing: after a pre-check of every repository (source exists,
 * `latest` readable) each `latest` is pointed at the source manifest's exact bytes and media
 * type (an index stays an index) and read back; a repository already there is not written.
 * If any repository fails, those moved in this run are put back on their previous `latest`.
 *
 * A failure is an err carrying the `PromotionReport` (every repository's state). Never
 * throws or rejects; `input` is checked against {@link PromoteImageInput} at run time.
 *
 * @example
 * promoteImage({ sha: env.GITHUB_SHA }, { registry: createEcrRegistry({ region }) })
 */
export function promoteImage(input: PromoteImageInput, deps: PromoteImageDeps): ResultAsync<PromotionReport, PromotionError> {
  return moveLatest('promote', input, deps);
}
