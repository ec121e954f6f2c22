import { err, ResultAsync } from 'neverthrow';
import { describePortError } from '../errors/transport';
import { messageOf } from '../portCall';
import type { ImageManifest, RegistryError } from '../ports';

/**
 * `callPort` for the registry, whose errors add `tag-immutable` to `PortError`: an adapter
 * that throws or rejects instead of returning a Result becomes a typed `unexpected` error.
 */
export function registryCall<T>(call: string, fn: () => ResultAsync<T, RegistryError>): ResultAsync<T, RegistryError> {
  return new ResultAsync(
    (async () => {
      try {
        return await fn();
      } catch (cause) {
        return err<T, RegistryError>({ kind: 'unexpected', call, message: messageOf(cause) });
      }
    })(),
  );
}

/** One line, safe for logs and reports. */
export function describeRegistryError(error: RegistryError): string {
  if (error.kind === 'tag-immutable') return immutableMessage(error.repository, error.tag);
  return describePortError(error);
}

export function immutableMessage(repository: string, tag: string): string {
  return `repository ${repository} has immutable tags; ${tag} cannot be moved`;
}

/**
 * Whether a failed write may still have moved the tag: a refusal the registry answered
 * (immutable tags, a 4xx) did not; a 5xx, a timeout, a dropped connection or an abort may have.
 */
export function writeMayHaveLanded(error: RegistryError): boolean {
  if (error.kind === 'tag-immutable') return false;
  if (error.kind === 'http') return error.status >= 500;
  return true;
}

/**
 * Core types manifests but a misbehaving adapter could still hand over something else: a
 * manifest we cannot write back byte for byte proves nothing, so it counts as a failed read.
 */
export function isUsableManifest(value: unknown): value is ImageManifest {
  if (typeof value !== 'object' || value === null) return false;
  const { digest, mediaType, body } = value as Partial<Record<keyof ImageManifest, unknown>>;
  return typeof digest === 'string' && digest !== '' && typeof mediaType === 'string' && mediaType !== '' && typeof body === 'string';
}
