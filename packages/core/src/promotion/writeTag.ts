import { err, ok, type Result } from 'neverthrow';
import type { ImageManifest } from '../ports';
import { readManifest } from './precheck';
import { callPort } from '../portCall';
import { describeError } from '../errors/describe';
import { putAnswerSchema, writeMayHaveLanded } from './registryErrors';
import type { MoveContext } from './repoRun';

export type WriteFailure =
  /** The repository's tags are immutable: nothing moved. */
  | { readonly kind: 'tag-immutable'; readonly reason: string; readonly mayHaveLanded: false }
  /** The write or the read-back failed. */
  | { readonly kind: 'move-failed'; readonly reason: string; readonly mayHaveLanded: boolean }
  /** The tag now points at another digest than the one written. */
  | { readonly kind: 'digest-mismatch'; readonly reason: string; readonly mayHaveLanded: true; readonly actual: string | null };

/**
 * Points `tag` at `manifest` (the same bytes and media type: an index stays an index), then
 * reads the tag back and requires the manifest's digest: the registry's answer to the write
 * is not proof enough, the tag as readers see it is.
 */
export async function writeTag(
  context: MoveContext,
  repository: string,
  manifest: ImageManifest,
  signal: AbortSignal | undefined,
): Promise<Result<string, WriteFailure>> {
  const tag = context.targetTag;
  const call = `PUT manifest ${repository}:${tag}`;
  const written = await callPort(
    call,
    () => context.registry.putManifest(repository, tag, { mediaType: manifest.mediaType, body: manifest.body, digest: manifest.digest }, signal),
    { schema: putAnswerSchema, path: call },
  );
  if (written.isErr()) {
    const error = written.error;
    if (error.kind === 'tag-immutable') return err({ kind: 'tag-immutable', reason: describeError(error), mayHaveLanded: false });
    return err({ kind: 'move-failed', reason: `writing ${tag} failed: ${describeError(error)}`, mayHaveLanded: writeMayHaveLanded(error) });
  }
  const answered = written.value.digest;
  if (answered !== manifest.digest) {
    return err({ kind: 'digest-mismatch', reason: `the registry answered ${answered} for ${tag}, expected ${manifest.digest}`, mayHaveLanded: true, actual: answered });
  }

  const back = await readManifest(context, repository, tag, signal);
  if (back.isErr()) return err({ kind: 'move-failed', reason: `reading ${tag} back failed: ${back.error}`, mayHaveLanded: true });
  const actual = back.value?.digest ?? null;
  if (actual !== manifest.digest) {
    return err({ kind: 'digest-mismatch', reason: `${tag} reads back ${actual ?? 'as missing'}, expected ${manifest.digest}`, mayHaveLanded: true, actual });
  }
  return ok(actual);
}
