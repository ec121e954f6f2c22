import type { PortError } from '@molecule/deploy-core';
import ky from 'ky';
import { err, ok, ResultAsync, type Result } from 'neverthrow';
import type { z } from 'zod';
import { buildUrl, resolveClientConfig, timeoutMsSchema, type ClientConfig } from './_internals/clientConfig';
import { exchangeOnce, type FetchLike } from './_internals/exchangeOnce';
import { interpretJson } from './_internals/interpretJson';
import { withGetRetries } from './_internals/withGetRetries';
import { redactSecrets, sanitizeExcerpt } from './sanitizeExcerpt';
import type { GetJsonOptions, HttpClient, HttpClientOptions, JsonResponse, PostJsonOptions } from './types';

/**
 * The transport shared by the Gitea and control-plane adapters: per-attempt deadlines,
 * bounded GET retries (p-retry; ky itself never retries), same-origin redirects only,
 * zod-validated bodies and typed, redacted errors. Never throws; no call ever rejects.
 *
 * @example
 * const http = createHttpClient({ baseUrl: 'https://git.example/api/v1', headers: { Authorization: `token ${t}` } });
 * http.getJson('GET branch', '/repos/o/r/branches/main', branchSchema);
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const config = resolveClientConfig(options);
  const api = ky.create({
    retry: 0,
    // The deadline is ours (exchangeOnce): it must also cover reading the body, which ky's does not.
    timeout: false,
    throwHttpErrors: false,
    ...(options?.fetch ? { fetch: options.fetch } : {}),
  });
  const send: FetchLike = (url, init) => api(url, init as Parameters<typeof api>[1]);

  return {
    getJson<T>(call: string, path: string, schema: z.ZodType<T>, opts: GetJsonOptions = {}) {
      return guarded<JsonResponse<T>>(call, secretsOf(config), async () => {
        const ready = prepare(config, call, path, opts.timeoutMs, opts.query);
        if (ready.isErr()) return err(ready.error);
        const { cfg, url, timeoutMs } = ready.value;
        const once = async () =>
          (await exchangeOnce(send, { call, url, method: 'GET', headers: cfg.headers, timeoutMs, signal: opts.signal, secrets: cfg.secrets })).andThen(
            (raw) => interpretJson(raw, schema, { call, secrets: cfg.secrets, acceptStatuses: opts.acceptStatuses, nowMs: nowOf(cfg) }),
          );
        if (cfg.retry === false) return once();
        return withGetRetries(once, cfg.retry, { call, path: redactSecrets(url.pathname, cfg.secrets), signal: opts.signal });
      });
    },

    postJson<T>(call: string, path: string, body: unknown, schema: z.ZodType<T>, opts: PostJsonOptions = {}) {
      return guarded<PostResponse<T>>(call, secretsOf(config), async () => {
        const ready = prepare(config, call, path, opts.timeoutMs);
        if (ready.isErr()) return err(ready.error);
        const { cfg, url, timeoutMs } = ready.value;
        const json = JSON.stringify(body);
        if (json === undefined) return err<PostResponse<T>, PortError>({ kind: 'unexpected', call, message: 'body: not JSON-serialisable' });
        const headers = { ...cfg.headers, 'content-type': 'application/json' };
        const raw = await exchangeOnce(send, { call, url, method: 'POST', headers, body: json, timeoutMs, signal: opts.signal, secrets: cfg.secrets });
        return raw
          .andThen((r) => interpretJson(r, schema, { call, secrets: cfg.secrets, nowMs: nowOf(cfg) }))
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
  timeoutMs: number | undefined,
  query?: Readonly<Record<string, string | number>>,
): Result<{ cfg: ClientConfig; url: URL; timeoutMs: number }, PortError> {
  if (config.isErr()) return err({ kind: 'unexpected', call, message: config.error });
  if (typeof path !== 'string') return err({ kind: 'unexpected', call, message: 'path: expected string' });
  if (timeoutMs !== undefined && !timeoutMsSchema.safeParse(timeoutMs).success) {
    return err({ kind: 'unexpected', call, message: 'timeoutMs: expected a positive integer' });
  }
  const cfg = config.value;
  return ok({ cfg, url: buildUrl(cfg.baseUrl, path, query), timeoutMs: timeoutMs ?? cfg.timeoutMs });
}

// Retry-After as an HTTP date is measured against the injected clock, like every other time.
function nowOf(cfg: ClientConfig): number {
  return cfg.clock.now();
}

/** Turns anything thrown on the way (a bug, a hostile `fetch`) into a typed error: public calls never reject. */
export function guarded<T>(call: string, secrets: readonly string[], run: () => Promise<Result<T, PortError>>): ResultAsync<T, PortError> {
  return new ResultAsync(
    (async (): Promise<Result<T, PortError>> => {
      try {
        return await run();
      } catch (cause) {
        const message = cause instanceof Error ? cause.message : 'adapter failure';
        return err({ kind: 'unexpected', call, message: sanitizeExcerpt(message, secrets) });
      }
    })(),
  );
}
