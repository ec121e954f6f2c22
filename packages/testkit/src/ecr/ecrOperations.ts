import { digestOf, type FakeEcrRepository, type QueuedFailure } from './ecrState';

/** What one ECR operation answers: a JSON body, or an AWS JSON 1.1 error (`__type` + message). */
export type EcrReply = { readonly status: 200; readonly json: unknown } | { readonly status: number; readonly errorType: string; readonly message: string };

export interface EcrWorld {
  readonly registryId: string;
  readonly repositories: Map<string, FakeEcrRepository>;
  /** Failures queued per repository by `failNextPut`, served first-in first-out. */
  readonly putFailures: Map<string, QueuedFailure[]>;
  /** The failure code BatchGetImage reports for a tag that does not exist. */
  readonly missingTagFailureCode: 'ImageNotFound' | 'ImageTagDoesNotExist';
}

type Body = Record<string, unknown>;

const fail = (errorType: string, message: string, status = 400): EcrReply => ({ status, errorType, message });

/** Dispatches one `AmazonEC2ContainerRegistry_V20150921.<operation>` call. */
export function runOperation(world: EcrWorld, operation: string, body: Body): EcrReply {
  switch (operation) {
    case 'BatchGetImage':
      return batchGetImage(world, body);
    case 'PutImage':
      return putImage(world, body);
    case 'DescribeImages':
      return describeImages(world, body);
    default:
      return fail('UnknownOperationException', `operation ${operation} is not simulated`);
  }
}

function repositoryOf(world: EcrWorld, body: Body): FakeEcrRepository | EcrReply {
  const name = body.repositoryName;
  if (typeof name !== 'string' || name === '') return fail('InvalidParameterException', 'repositoryName is required');
  const repository = world.repositories.get(name);
  return repository ?? fail('RepositoryNotFoundException', `The repository with name '${name}' does not exist in the registry with id '${world.registryId}'`);
}

const isReply = (value: FakeEcrRepository | EcrReply): value is EcrReply => 'status' in value;

interface ImageId {
  imageTag?: string;
  imageDigest?: string;
}

function imageIdsOf(body: Body): ImageId[] | undefined {
  const ids = body.imageIds;
  if (!Array.isArray(ids)) return undefined;
  return ids.filter((id): id is ImageId => typeof id === 'object' && id !== null);
}

function digestFor(repository: FakeEcrRepository, id: ImageId): string | undefined {
  if (typeof id.imageDigest === 'string') return repository.images.has(id.imageDigest) ? id.imageDigest : undefined;
  if (typeof id.imageTag === 'string') return repository.tags.get(id.imageTag);
  return undefined;
}

function batchGetImage(world: EcrWorld, body: Body): EcrReply {
  const repository = repositoryOf(world, body);
  if (isReply(repository)) return repository;
  const ids = imageIdsOf(body);
  if (!ids || ids.length === 0) return fail('InvalidParameterException', 'imageIds must contain at least one image id');
  const accepted = Array.isArray(body.acceptedMediaTypes) ? (body.acceptedMediaTypes as unknown[]) : undefined;
  const images: unknown[] = [];
  const failures: unknown[] = [];
  for (const id of ids) {
    const digest = digestFor(repository, id);
    const image = digest === undefined ? undefined : repository.images.get(digest);
    if (!image) {
      const failureCode = id.imageTag !== undefined ? world.missingTagFailureCode : 'ImageNotFound';
      failures.push({ imageId: id, failureCode, failureReason: 'Requested image not found' });
      continue;
    }
    if (accepted && !accepted.includes(image.mediaType)) {
      failures.push({ imageId: id, failureCode: 'UnsupportedImageType', failureReason: 'Image media type not accepted' });
      continue;
    }
    images.push({
      registryId: world.registryId,
      repositoryName: body.repositoryName,
      imageId: { imageDigest: image.digest, ...(id.imageTag !== undefined ? { imageTag: id.imageTag } : {}) },
      imageManifest: image.body,
      imageManifestMediaType: image.mediaType,
    });
  }
  return { status: 200, json: { images, failures } };
}

function putImage(world: EcrWorld, body: Body): EcrReply {
  const repository = repositoryOf(world, body);
  if (isReply(repository)) return repository;
  const queued = world.putFailures.get(body.repositoryName as string)?.shift();
  if (queued) return fail(queued.errorType, 'simulated failure', queued.status);

  const manifest = body.imageManifest;
  if (typeof manifest !== 'string' || manifest === '') return fail('InvalidParameterException', 'imageManifest is required');
  let parsed: unknown;
  try {
    parsed = JSON.parse(manifest);
  } catch {
    return fail('InvalidParameterException', 'Invalid parameter at imageManifest: not JSON');
  }
  const declared = (parsed as { mediaType?: unknown } | null)?.mediaType;
  const mediaType = typeof body.imageManifestMediaType === 'string' ? body.imageManifestMediaType : declared;
  if (typeof mediaType !== 'string') return fail('InvalidParameterException', 'imageManifestMediaType is required');
  const digest = digestOf(manifest);
  if (typeof body.imageDigest === 'string' && body.imageDigest !== digest) {
    return fail('ImageDigestDoesNotMatchException', 'The image digest does not match the manifest');
  }
  const tag = typeof body.imageTag === 'string' ? body.imageTag : undefined;
  if (tag !== undefined) {
    const current = repository.tags.get(tag);
    // ECR answers "already exists" before it looks at mutability: re-pointing a tag at its own digest is not a move.
    if (current === digest) {
      return fail('ImageAlreadyExistsException', `Image with digest '${digest}' and tag '${tag}' already exists in the repository`);
    }
    if (current !== undefined && repository.immutable) {
      return fail(
        'ImageTagAlreadyExistsException',
        `The image tag '${tag}' already exists in the repository and cannot be overwritten because the repository is immutable.`,
      );
    }
  }
  repository.images.set(digest, { digest, mediaType, body: manifest });
  if (tag !== undefined) repository.tags.set(tag, digest);
  return {
    status: 200,
    json: {
      image: {
        registryId: world.registryId,
        repositoryName: body.repositoryName,
        imageId: { imageDigest: digest, ...(tag !== undefined ? { imageTag: tag } : {}) },
        imageManifest: manifest,
        imageManifestMediaType: mediaType,
      },
    },
  };
}

function describeImages(world: EcrWorld, body: Body): EcrReply {
  const repository = repositoryOf(world, body);
  if (isReply(repository)) return repository;
  const ids = imageIdsOf(body);
  const digests = ids ? ids.map((id) => digestFor(repository, id)) : [...repository.images.keys()];
  if (digests.some((d) => d === undefined)) return fail('ImageNotFoundException', 'The image requested does not exist in the specified repository.');
  const imageDetails = (digests as string[]).map((digest) => {
    const image = repository.images.get(digest) as { mediaType: string; body: string };
    const imageTags = [...repository.tags].filter(([, d]) => d === digest).map(([t]) => t);
    return {
      registryId: world.registryId,
      repositoryName: body.repositoryName,
      imageDigest: digest,
      imageTags,
      imageSizeInBytes: Buffer.byteLength(image.body),
      imageManifestMediaType: image.mediaType,
    };
  });
  return { status: 200, json: { imageDetails } };
}
