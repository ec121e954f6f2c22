import { createHash } from 'node:crypto';

/** A manifest as the fake stores it: the exact text it was given, under the digest of its bytes. */
export interface FakeEcrImage {
  /** `sha256:` + hex sha256 of the UTF-8 bytes of `body`. */
  readonly digest: string;
  readonly mediaType: string;
  readonly body: string;
}

export interface FakeEcrRepository {
  /** `IMMUTABLE` tag mutability: an existing tag can never be moved. */
  immutable: boolean;
  /** By digest. */
  readonly images: Map<string, FakeEcrImage>;
  /** Tag → digest. */
  readonly tags: Map<string, string>;
}

/** A failure queued by `failNextPut`, served instead of the next PutImage on that repository. */
export interface QueuedFailure {
  readonly status: number;
  readonly errorType: string;
}

/** `sha256:<hex>` of the UTF-8 bytes of `text`, as ECR and every OCI registry compute it. */
export function digestOf(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

export function emptyRepository(): FakeEcrRepository {
  return { immutable: false, images: new Map(), tags: new Map() };
}

/** Stores `image` and points `tag` at it, ignoring immutability (a seed, or another writer). */
export function writeTag(repository: FakeEcrRepository, tag: string, image: { mediaType: string; body: string }): string {
  const digest = digestOf(image.body);
  repository.images.set(digest, { digest, mediaType: image.mediaType, body: image.body });
  repository.tags.set(tag, digest);
  return digest;
}

/** The ECR error type a queued failure of `status` reports, chosen so the SDK classifies it as ECR would. */
export function defaultErrorType(status: number): string {
  if (status === 400) return 'InvalidParameterException';
  if (status === 403) return 'AccessDeniedException';
  if (status === 429) return 'ThrottlingException';
  if (status === 503) return 'ServiceUnavailableException';
  return 'ServerException';
}
