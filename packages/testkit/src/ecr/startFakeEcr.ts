import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runOperation, type EcrReply, type EcrWorld } from './ecrOperations';
import type { FaultKind } from '../faults/types';
import { createEcrFaults, ecrFaultAction, type EcrFaultControls } from './ecrFaults';
import { htmlPage, LOGIN_PATH } from '../faults/faultReplies';
import { streamReply } from '../faults/streamReply';
import { defaultErrorType, emptyRepository, writeTag, type FakeEcrRepository, type QueuedFailure } from './ecrState';

export interface FakeEcrOptions {
  /** Repositories that exist from the start (ECR answers `RepositoryNotFoundException` for any other). @default [] */
  readonly repositories?: readonly string[];
  /** @default '123456789012' */
  readonly registryId?: string;
  /**
   * The `failureCode` BatchGetImage reports for a missing tag. Real ECR has used both.
   * @default 'ImageNotFound'
   */
  readonly missingTagFailureCode?: 'ImageNotFound' | 'ImageTagDoesNotExist';
}

/** One call the fake received. The Authorization header's value is never kept, only whether it was there. */
export interface FakeEcrRequest {
  /** e.g. `PutImage` (from `X-Amz-Target`). */
  readonly operation: string;
  readonly repositoryName?: string;
  readonly body: unknown;
  readonly authorized: boolean;
  /** 0 when a fault reset the connection or left it hanging. */
  readonly status: number;
  /** The injected fault that answered it; absent when the fake ECR did. */
  readonly fault?: FaultKind;
}

export interface FakeEcr {
  /** `http://127.0.0.1:PORT`: pass as the ECR client's `endpoint`. */
  readonly url: string;
  readonly registryId: string;
  /** Live state, by repository name: tests may read and change it. */
  readonly repositories: Map<string, FakeEcrRepository>;
  /** Every call, in order of arrival. */
  readonly requests: readonly FakeEcrRequest[];
  /** Creates the repository when needed, stores the manifest and points `tag` at it; answers the digest. */
  seedImage(repository: string, tag: string, image: { readonly mediaType: string; readonly body: string }): string;
  /** Moves `tag` as another writer would: ignores immutability. Creates the repository when needed. */
  putManifestDirect(repository: string, tag: string, manifest: { readonly mediaType: string; readonly body: string }): string;
  /** Creates the repository when needed. */
  setImmutable(repository: string, immutable: boolean): void;
  /** The digest `tag` points at, if any. */
  tagDigest(repository: string, tag: string): string | undefined;
  /**
   * Queues one failure for the next PutImage on `repository` (call it again to queue more: the SDK retries 5xx).
   * @param status @default 500
   * @param errorType @default by status, e.g. `ServerException`
   */
  failNextPut(repository: string, status?: number, errorType?: string): void;
  /** Network faults (429, 503 flaps, resets, hangs, HTML pages, truncated or incomplete JSON), per operation. */
  readonly faults: EcrFaultControls;
  /** Stops the server and destroys every connection, hung ones included. Idempotent. */
  close(): Promise<void>;
}

const TARGET_PREFIX = 'AmazonEC2ContainerRegistry_V20150921.';
const JSON_11 = 'application/x-amz-json-1.1';
const MAX_BODY_BYTES = 4 * 1024 * 1024;

/**
 * A fake Amazon ECR endpoint on 127.0.0.1 speaking the AWS JSON 1.1 protocol the
 * `@aws-sdk/client-ecr` client uses (`POST /`, `X-Amz-Target`), for BatchGetImage,
 * PutImage and DescribeImages. It does not verify SigV4 signatures, but refuses a call
 * without an `Authorization` header, so a client that forgot to sign is caught.
 */
export async function startFakeEcr(options: FakeEcrOptions = {}): Promise<FakeEcr> {
  const repositories = new Map<string, FakeEcrRepository>((options.repositories ?? []).map((name) => [name, emptyRepository()]));
  const world: EcrWorld = {
    registryId: options.registryId ?? '123456789012',
    repositories,
    putFailures: new Map<string, QueuedFailure[]>(),
    missingTagFailureCode: options.missingTagFailureCode ?? 'ImageNotFound',
  };
  const requests: FakeEcrRequest[] = [];
  const faults = createEcrFaults();
  /** Streamed fault bodies still being written: stopped on close. */
  const streams = new Set<() => void>();
  const repository = (name: string) => {
    let found = repositories.get(name);
    if (!found) {
      found = emptyRepository();
      repositories.set(name, found);
    }
    return found;
  };

  const server = createServer((req, res) => {
    // Where the `login-redirect` fault sends clients: a proxy's login route that is not there.
    if ((req.url ?? '').split('?')[0] === LOGIN_PATH) {
      const page = htmlPage(404);
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(page) });
      res.end(page);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      if (answerFault(req, res, raw)) return;
      const { reply, operation, body } = handle(world, req, raw);
      const repositoryName = typeof body?.repositoryName === 'string' ? body.repositoryName : undefined;
      requests.push({
        operation,
        ...(repositoryName !== undefined ? { repositoryName } : {}),
        body,
        authorized: typeof req.headers.authorization === 'string' && req.headers.authorization !== '',
        status: reply.status,
      });
      write(res, reply);
    });
    req.on('error', () => res.destroy());
  });

  /** A matching fault answers in place of ECR (nothing is stored); true when it did. */
  function answerFault(req: IncomingMessage, res: ServerResponse, raw: string): boolean {
    const operation = operationOf(req);
    const repositoryName = repositoryOf(raw);
    const spec = faults.take({ operation, repositoryName });
    if (spec === undefined) return false;
    const action = ecrFaultAction(spec, operation);
    const authorized = typeof req.headers.authorization === 'string' && req.headers.authorization !== '';
    requests.push({
      operation,
      ...(repositoryName !== undefined ? { repositoryName } : {}),
      body: undefined,
      authorized,
      status: action.type === 'reply' ? action.status : 0,
      fault: spec.kind,
    });
    // A hung call is never answered: close() destroys its socket.
    if (action.type === 'reset') req.socket.destroy();
    if (action.type === 'reply') {
      res.writeHead(action.status, { ...action.headers, 'content-length': Buffer.byteLength(action.body) });
      res.end(action.body);
    }
    if (action.type === 'stream') {
      const stop = streamReply(res, action.status, action.headers, action.plan);
      streams.add(stop);
      res.once('close', () => streams.delete(stop));
    }
    return true;
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;

  return {
    url: `http://127.0.0.1:${port}`,
    registryId: world.registryId,
    repositories,
    requests,
    seedImage: (name, tag, image) => writeTag(repository(name), tag, image),
    putManifestDirect: (name, tag, manifest) => writeTag(repository(name), tag, manifest),
    setImmutable(name, immutable) {
      repository(name).immutable = immutable;
    },
    tagDigest: (name, tag) => repositories.get(name)?.tags.get(tag),
    failNextPut(name, status = 500, errorType) {
      const queue = world.putFailures.get(name) ?? [];
      queue.push({ status, errorType: errorType ?? defaultErrorType(status) });
      world.putFailures.set(name, queue);
    },
    faults: { inject: (spec) => faults.inject(spec), clear: () => faults.clear() },
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive sockets of the SDK's agent would otherwise hold the port open.
        for (const stop of streams) stop();
        streams.clear();
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

type Body = Record<string, unknown>;

function operationOf(req: IncomingMessage): string {
  const target = String(req.headers['x-amz-target'] ?? '');
  return target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : target;
}

function repositoryOf(raw: string): string | undefined {
  try {
    const name = (JSON.parse(raw) as { repositoryName?: unknown } | null)?.repositoryName;
    return typeof name === 'string' ? name : undefined;
  } catch {
    return undefined;
  }
}

function handle(world: EcrWorld, req: IncomingMessage, raw: string): { reply: EcrReply; operation: string; body: Body | undefined } {
  const operation = operationOf(req);
  const error = (status: number, errorType: string, message: string) => ({ reply: { status, errorType, message }, operation, body: undefined });
  if (req.method !== 'POST' || (req.url ?? '/') !== '/') return error(404, 'UnknownOperationException', 'ECR serves POST / only');
  if (!req.headers.authorization) return error(403, 'MissingAuthenticationTokenException', 'Missing Authentication Token');
  if (!String(req.headers['content-type'] ?? '').startsWith(JSON_11)) {
    return error(400, 'SerializationException', `expected Content-Type ${JSON_11}`);
  }
  let body: unknown;
  try {
    body = raw === '' ? {} : JSON.parse(raw);
  } catch {
    return error(400, 'SerializationException', 'body is not JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return error(400, 'SerializationException', 'body is not a JSON object');
  let reply: EcrReply;
  try {
    reply = runOperation(world, operation, body as Body);
  } catch {
    // A bug in the simulation must surface as a plain 500, never crash the test process.
    reply = { status: 500, errorType: 'ServerException', message: 'fake ECR handler error' };
  }
  return { reply, operation, body: body as Body };
}

function write(res: ServerResponse, reply: EcrReply): void {
  // AWS JSON 1.1 errors: the type both in `x-amzn-ErrorType` and in the body's `__type`; the SDK reads either.
  const isError = 'errorType' in reply;
  const payload = JSON.stringify(isError ? { __type: reply.errorType, message: reply.message } : reply.json);
  res.writeHead(reply.status, {
    'content-type': JSON_11,
    'content-length': Buffer.byteLength(payload),
    'x-amzn-requestid': '00000000-0000-4000-8000-000000000000',
    ...(isError ? { 'x-amzn-errortype': `${reply.errorType}:http://internal.amazon.com/coral/com.amazonaws.ecr/` } : {}),
  });
  res.end(payload);
}
