import type { PortError } from '@molecule/deploy-core';
import { err, ok, type Result } from 'neverthrow';
import type { z } from 'zod';
import { guarded } from './_internals/guarded';
import { buildUrl, maxBodyBytesSchema, resolveClientConfig, timeoutMsSchema, type ClientConfig } from './_internals/clientConfig';
import { interpretJson } from './_internals/interpretJson';
import { withGetRetries } from './_internals/withGetRetries';
import { redactSecrets } from './sanitizeExcerpt';
import { sendOnce } from './transport/sendOnce';
import type { GetJsonOptions, HttpClient, HttpClientOptions, JsonResponse, PostJsonOptions } from './types';

/**
 * The transport shared by the Gitea and control-plane adapters: a deadline per attempt that
 * covers the whole body, an overall deadline per GET that retries and their waits count
 * against, a streamed body size cap, no redirects followed, zod-validated bodies and typed,
 * redacted errors. Never throws; no call ever rejects.
 *
 * @example
 * const http = createHttpClient({ baseUrl: 'https://git.example/api/v1', headers: { Authorization: `token ${t}` } });
 * http.getJson('GET branch', '/repos/o/r/branches/main', branchSchema, { deadlineMs: 60_000 });
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const config = resolveClientConfig(options);

  return {
    getJson<T>(call: string, path: string, schema: z.ZodType<T>, opts: GetJsonOptions = {}) {
      return guarded<JsonResponse<T>>(call, secretsOf(config), async () => {
        const ready = prepare(config, call, path, opts, opts.query);
        if (ready.isErr()) return err(ready.error);
        const { cfg, url, timeoutMs, maxBodyBytes } = ready.value;
        const deadlineMs = opts.deadlineMs ?? cfg.deadlineMs;
        if (deadlineMs !== undefined && !timeoutMsSchema.safeParse(deadlineMs).success) {
          return err({ kind: 'unexpected', call, message: 'deadlineMs: expected a positive integer' });
        }
        const deadlineAt = deadlineMs === undefined ? undefined : cfg.clock.now() + deadlineMs;
        const once = async (attemptMs: number) =>
          (
            await sendOnce({
              call,
              url,
              method: 'GET',
              headers: cfg.headers,
              timeoutMs: attemptMs,
              maxBodyBytes,
              signal: opts.signal,
              secrets: cfg.secrets,
              agents: cfg.agents,
            })
          ).andThen((raw) => interpretJson(raw, schema, { call, secrets: cfg.secrets, acceptStatuses: opts.acceptStatuses, nowMs: cfg.clock.now() }));
        return withGetRetries(once, cfg.retry, {
          call,
          path: redactSecrets(url.pathname, cfg.secrets),
          timeoutMs,
          clock: cfg.clock,
          ...(opts.signal ? { signal: opts.signal } : {}),
          ...(deadlineAt !== undefined ? { deadlineAt } : {}),
        });
      });
    },

    postJson<T>(call: string, path: string, body: unknown, schema: z.ZodType<T>, opts: PostJsonOptions = {}) {
      return guarded<PostResponse<T>>(call, secretsOf(config), async () => {
        const ready = prepare(config, call, path, opts);
        if (ready.isErr()) return err(ready.error);
        const { cfg, url, timeoutMs, maxBodyBytes } = ready.value;
        const json = JSON.stringify(body);
        if (json === undefined) return err<PostResponse<T>, PortError>({ kind: 'unexpected', call, message: 'body: not JSON-serialisable' });
        const headers = { ...cfg.headers, 'content-type': 'application/json' };
        const raw = await sendOnce({
          call,
          url,
          method: 'POST',
          headers,
          body: json,
          timeoutMs,
          maxBodyBytes,
          signal: opts.signal,
          secrets: cfg.secrets,
          agents: cfg.agents,
        });
        return raw
          .andThen((r) => interpretJson(r, schema, { call, secrets: cfg.secrets, nowMs: cfg.clock.now() }))
          .map((response) => ({ status: response.status, headers: response.headers, body: response.body as T }));
      });
    },
  };
}

type PostResponse<T> = { readonly status: number; readonly headers: Headers; readonly body: T };

function secretsOf(config: Result<ClientConfig, string>): readonly string[] {
  return config.isOk() ? config.value.secrets : [];
}

function prepare(
  config: Result<ClientConfig, string>,
  call: string,
  path: string,
  opts: { readonly timeoutMs?: number; readonly maxBodyBytes?: number },
  query?: Readonly<Record<string, string | number>>,
): Result<{ cfg: ClientConfig; url: URL; timeoutMs: number; maxBodyBytes: number }, PortError> {
  if (config.isErr()) return err({ kind: 'unexpected', call, message: config.error });
  if (typeof path !== 'string') return err({ kind: 'unexpected', call, message: 'path: expected string' });
  if (opts.timeoutMs !== undefined && !timeoutMsSchema.safeParse(opts.timeoutMs).success) {
    return err({ kind: 'unexpected', call, message: 'timeoutMs: expected a positive integer' });
  }
  if (opts.maxBodyBytes !== undefined && !maxBodyBytesSchema.safeParse(opts.maxBodyBytes).success) {
    return err({ kind: 'unexpected', call, message: 'maxBodyBytes: expected a positive integer up to 1 GiB' });
  }
  const cfg = config.value;
  return ok({
    cfg,
    url: buildUrl(cfg.baseUrl, path, query),
    timeoutMs: opts.timeoutMs ?? cfg.timeoutMs,
    maxBodyBytes: opts.maxBodyBytes ?? cfg.maxBodyBytes,
  });
}
