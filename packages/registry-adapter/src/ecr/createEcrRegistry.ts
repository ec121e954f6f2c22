import { BatchGetImageCommand, PutImageCommand, type ECRClient, type ECRClientConfig } from '@aws-sdk/client-ecr';
import type { ImageManifest, ImageRegistry, RegistryError } from '@molecule/deploy-core';
import { errAsync, type ResultAsync } from 'neverthrow';
import { validateGet, validatePut } from '../_internals/validateCall';
import { MANIFEST_MEDIA_TYPES } from '../mediaTypes';
import { createQuietEcrClient, SILENT_LOGGER } from './createQuietEcrClient';
import { errorName, type EcrCallContext } from './ecrError';
import { readBatchGetImage, readPutImage } from './readEcrAnswers';
import { sendEcr } from './sendEcr';

export interface EcrRegistryOptions {
  /**
   * AWS region. Unset: the SDK's own chain (`AWS_REGION`, the shared config file), read by the
   * SDK, never by this adapter.
   * @example 'us-east-1'
   */
  readonly region?: string;
  /**
   * Endpoint override (tests, VPC endpoints). Unset: the SDK honours `AWS_ENDPOINT_URL_ECR` itself.
   * @example 'http://127.0.0.1:4566'
   */
  readonly endpoint?: string;
  /** The registry (AWS account id) holding the repositories. @default the caller's own account */
  readonly registryId?: string;
  /** Static credentials or a provider. @default the SDK's default credential chain */
  readonly credentials?: ECRClientConfig['credentials'];
  /** A ready client (its own timeouts, retries and logger apply); the connection options are then ignored. */
  readonly client?: ECRClient;
  /**
   * Deadline for one HTTP attempt, answer included.
   * @default 30_000
   */
  readonly requestTimeoutMs?: number;
  /** @default 5_000 */
  readonly connectionTimeoutMs?: number;
  /**
   * Attempts per call, the first included (1–5). The SDK retries throttling, 5xx and transport
   * failures with backoff; it is the only retry layer for ECR.
   * @default 3
   */
  readonly maxAttempts?: number;
}

const GET_CALL = 'ECR BatchGetImage';
const PUT_CALL = 'ECR PutImage';
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
const DEFAULT_CONNECTION_TIMEOUT_MS = 5_000;

/**
 * Amazon ECR behind the `ImageRegistry` port, on `@aws-sdk/client-ecr`. Reads and writes
 * manifests only (never layers): `BatchGetImage` with every manifest media type accepted,
 * so an index stays an index, and `PutImage` with the same bytes and the expected digest,
 * so ECR itself refuses a body that does not match it. Never throws; no call rejects.
 *
 * @example createEcrRegistry({ region: 'us-east-1' }).getManifest('platform', 'staging-1a2b3c4')
 */
export function createEcrRegistry(options: EcrRegistryOptions = {}): ImageRegistry {
  const requestTimeoutMs = positiveOr(options?.requestTimeoutMs, DEFAULT_REQUEST_TIMEOUT_MS);
  const connectionTimeoutMs = positiveOr(options?.connectionTimeoutMs, DEFAULT_CONNECTION_TIMEOUT_MS);
  const secrets = staticSecrets(options?.credentials);
  const registryId = options?.registryId ? { registryId: options.registryId } : {};
  // Built on first use, so that constructing the adapter (e.g. for `--help`) costs nothing.
  let client: ECRClient | undefined = options?.client;
  const getClient = (): ECRClient =>
    (client ??= createQuietEcrClient({
      ...(options?.region ? { region: options.region } : {}),
      ...(options?.endpoint ? { endpoint: options.endpoint } : {}),
      ...(options?.credentials ? { credentials: options.credentials } : {}),
      maxAttempts: Math.min(Math.max(Math.trunc(Number(options?.maxAttempts ?? 3)) || 3, 1), 5),
      logger: SILENT_LOGGER,
      requestHandler: {
        requestTimeout: requestTimeoutMs,
        connectionTimeout: connectionTimeoutMs,
        // Without this the SDK only logs a warning when the deadline passes, and keeps waiting.
        throwOnRequestTimeout: true,
        logger: SILENT_LOGGER,
      },
    }));

  return {
    name: 'ecr',

    getManifest(repository: string, tag: string, signal?: AbortSignal): ResultAsync<ImageManifest | null, RegistryError> {
      const input = validateGet(GET_CALL, repository, tag);
      if (input.isErr()) return errAsync(input.error);
      const context = callContext(GET_CALL, input.value, requestTimeoutMs, secrets, signal);
      return sendEcr(context, getClient, (c) =>
        c.send(
          new BatchGetImageCommand({
            ...registryId,
            repositoryName: input.value.repository,
            imageIds: [{ imageTag: input.value.tag }],
            acceptedMediaTypes: [...MANIFEST_MEDIA_TYPES],
          }),
          { abortSignal: signal },
        ),
      ).andThen((output) => readBatchGetImage(output, context));
    },

    putManifest(
      repository: string,
      tag: string,
      manifest: Pick<ImageManifest, 'mediaType' | 'body' | 'digest'>,
      signal?: AbortSignal,
    ): ResultAsync<{ readonly digest: string }, RegistryError> {
      const input = validatePut(PUT_CALL, repository, tag, manifest);
      if (input.isErr()) return errAsync(input.error);
      const { manifest: m } = input.value;
      const context = callContext(PUT_CALL, input.value, requestTimeoutMs, secrets, signal);
      const sent = sendEcr<unknown>(
        context,
        getClient,
        (c) =>
          c.send(
            new PutImageCommand({
              ...registryId,
              repositoryName: input.value.repository,
              imageTag: input.value.tag,
              imageManifest: m.body,
              imageManifestMediaType: m.mediaType,
              // ECR checks the body against it: a manifest altered on the way is refused, not stored.
              imageDigest: m.digest,
            }),
            { abortSignal: signal },
          ),
        (cause) => {
          const name = errorName(cause);
          // The tag already points at exactly this digest (ECR compared it): the goal is reached.
          if (name === 'ImageAlreadyExistsException') return { ok: { image: { imageId: { imageDigest: m.digest } } } };
          if (name === 'ImageTagAlreadyExistsException') {
            const immutable: RegistryError = { kind: 'tag-immutable', call: PUT_CALL, repository: input.value.repository, tag: input.value.tag };
            return { err: immutable };
          }
          return undefined;
        },
      );
      return sent.andThen((output) => readPutImage(output, context));
    },
  };
}

function callContext(
  call: string,
  input: { repository: string; tag: string },
  timeoutMs: number,
  secrets: readonly string[],
  signal: AbortSignal | undefined,
): EcrCallContext {
  return { call, path: `${input.repository}:${input.tag}`, timeoutMs, secrets, ...(signal ? { signal } : {}) };
}

function positiveOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 2_147_483_647 ? value : fallback;
}

/** The values of static credentials, redacted should the SDK ever echo one. */
function staticSecrets(credentials: ECRClientConfig['credentials']): string[] {
  if (!credentials || typeof credentials === 'function') return [];
  const c = credentials as { accessKeyId?: unknown; secretAccessKey?: unknown; sessionToken?: unknown };
  return [c.accessKeyId, c.secretAccessKey, c.sessionToken].filter((v): v is string => typeof v === 'string' && v.length > 0);
}
