import type { Clock, PortError } from '@molecule/deploy-core';
import type { ResultAsync } from 'neverthrow';
import type { z } from 'zod';

export interface RetryOptions {
  /**
   * Retries after the first attempt, for GETs only (POSTs are never retried here).
   * @default 3
   */
  readonly retries?: number;
  /**
   * First backoff delay; each further retry doubles it.
   * @default 1_000
   */
  readonly minDelayMs?: number;
  /**
   * Longest backoff delay.
   * @default 10_000
   */
  readonly maxDelayMs?: number;
  /**
   * Cap on a server's `Retry-After`: a server asking for an hour gets this instead.
   * @default 60_000
   */
  readonly maxRetryAfterMs?: number;
}

/** What a retry is about to do: maps onto core's `retry` progress event. */
export interface RetryNotice {
  readonly call: string;
  /** 1-based number of the retry about to happen. */
  readonly attempt: number;
  readonly delayMs: number;
  /** Sanitised, one line (from `describeError`). */
  readonly reason: string;
}

export interface HttpClientOptions {
  /** Absolute http(s) URL, may carry a path prefix (`https://git.example/api/v1`). @example 'https://api.moleculesai.app' */
  readonly baseUrl: string;
  /** Sent with every request to `baseUrl`'s origin (never across origins). @example { Authorization: 'token …' } */
  readonly headers?: Readonly<Record<string, string>>;
  /** Values redacted wherever they could appear in an error (tokens). Header values are added automatically. */
  readonly secrets?: readonly string[];
  /**
   * Deadline per attempt, covering connecting, the headers and reading the whole body.
   * @default 30_000
   */
  readonly timeoutMs?: number;
  /**
   * Overall deadline of one GET on `clock`: every attempt, retry and `Retry-After` wait
   * counts against it (a per-call `deadlineMs` overrides it).
   * @default none: bounded by the retry policy alone
   */
  readonly deadlineMs?: number;
  /**
   * Largest response body read; past it the connection is dropped and the call fails
   * `invalid-response` (`body larger than 4 MiB`). Per call: `maxBodyBytes`.
   * @default 4 MiB
   */
  readonly maxBodyBytes?: number;
  /** Sockets open at once per host, in this client's own keep-alive pool. @default Infinity */
  readonly maxSockets?: number;
  /**
   * Reuse connections. A client that sends mutations turns it off: a request written to a
   * socket the server is just closing fails without knowing whether it arrived.
   * @default true
   */
  readonly keepAlive?: boolean;
  /** GET retry policy, or `false` for a single attempt. @default { retries: 3 } */
  readonly retry?: RetryOptions | false;
  /** @default 'molecule-deploy' */
  readonly userAgent?: string;
  /** Retry delays sleep on this clock, so tests run them instantly. @default systemClock */
  readonly clock?: Clock;
  /** Told before each retry (e.g. to emit core's `retry` event). A throwing listener is ignored. */
  readonly onRetry?: (notice: RetryNotice) => void;
}

export interface GetJsonOptions {
  readonly signal?: AbortSignal;
  /** Overrides the client's deadline per attempt for this call. */
  readonly timeoutMs?: number;
  /** Overrides the client's overall deadline for this call (attempts, retries and waits). */
  readonly deadlineMs?: number;
  /** Overrides the client's body size cap for this call. */
  readonly maxBodyBytes?: number;
  readonly query?: Readonly<Record<string, string | number>>;
  /**
   * Non-2xx statuses that are an answer, not an error (e.g. `[404]` for "variable not set"):
   * they resolve ok with `ok: false` and no body, and are never retried. Only when the
   * service itself said so: a JSON object served as `application/json`. The same status as
   * an HTML page or plain text (a proxy, a login page) stays an `http` error.
   */
  readonly acceptStatuses?: readonly number[];
}

export interface PostJsonOptions {
  readonly signal?: AbortSignal;
  /** Overrides the client's deadline for this call (long-running mutations). Always bounded. */
  readonly timeoutMs?: number;
  /** Overrides the client's body size cap for this call. */
  readonly maxBodyBytes?: number;
}

/** A validated 2xx answer, or an accepted non-2xx status (body not read as JSON). */
export type JsonResponse<T> =
  | { readonly ok: true; readonly status: number; readonly headers: Headers; readonly body: T }
  | { readonly ok: false; readonly status: number; readonly headers: Headers; readonly body: undefined };

export interface HttpClient {
  /**
   * GET `baseUrl + path`, retried on 429/500/502/503/504, network errors and timeouts.
   * A redirect is never followed: it fails `http` (`redirect not followed`).
   * @param call a label for errors and logs, e.g. `GET commit statuses`
   * @param path starts with `/`; already URL-encoded
   */
  getJson<T>(call: string, path: string, schema: z.ZodType<T>, options?: GetJsonOptions): ResultAsync<JsonResponse<T>, PortError>;
  /** POST a JSON body. Never retried: a mutation is not repeated behind the caller's back. */
  postJson<T>(
    call: string,
    path: string,
    body: unknown,
    schema: z.ZodType<T>,
    options?: PostJsonOptions,
  ): ResultAsync<{ readonly status: number; readonly headers: Headers; readonly body: T }, PortError>;
}
