import { systemClock, type Clock } from '@molecule/deploy-core';
import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { createAgentPool, type AgentPool } from '../transport/agentPool';
import type { HttpClientOptions, RetryNotice } from '../types';
import type { GetRetryPolicy } from './withGetRetries';

// setTimeout's ceiling: a larger value would fire at once.
const MAX_TIMER_MS = 2_147_483_647;
export const timeoutMsSchema = z.number().int().positive().max(MAX_TIMER_MS);
// A body is held in memory whole: 1 GiB is already far past anything an API should answer.
export const maxBodyBytesSchema = z
  .number()
  .int()
  .positive()
  .max(1024 * 1024 * 1024);
export const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;

const optionsSchema = z.object({
  baseUrl: z.string().min(1),
  headers: z.record(z.string(), z.string()).optional(),
  secrets: z.array(z.string()).optional(),
  timeoutMs: timeoutMsSchema.default(30_000),
  retry: z
    .union([
      z.literal(false),
      z.object({
        retries: z.number().int().min(0).max(20).default(3),
        minDelayMs: z.number().min(0).max(MAX_TIMER_MS).default(1_000),
        maxDelayMs: z.number().min(0).max(MAX_TIMER_MS).default(10_000),
        maxRetryAfterMs: z.number().min(0).max(MAX_TIMER_MS).default(60_000),
      }),
    ])
    .default({ retries: 3, minDelayMs: 1_000, maxDelayMs: 10_000, maxRetryAfterMs: 60_000 }),
  userAgent: z.string().min(1).default('molecule-deploy'),
  deadlineMs: timeoutMsSchema.optional(),
  maxBodyBytes: maxBodyBytesSchema.default(DEFAULT_MAX_BODY_BYTES),
  maxSockets: z.number().int().positive().optional(),
  keepAlive: z.boolean().default(true),
});

export interface ClientConfig {
  readonly baseUrl: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly secrets: readonly string[];
  readonly timeoutMs: number;
  readonly retry: GetRetryPolicy | false;
  readonly clock: Clock;
  /** Default overall deadline of a GET, retries and their waits included. */
  readonly deadlineMs: number | undefined;
  readonly maxBodyBytes: number;
  readonly agents: AgentPool;
}

/** Validates options once, at creation; a bad option becomes an error on every call, never a throw. */
export function resolveClientConfig(options: HttpClientOptions): Result<ClientConfig, string> {
  const parsed = optionsSchema.safeParse(options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return err(`invalid HttpClientOptions: ${issue?.path.map(String).join('.') || '(options)'}: ${issue?.message ?? 'invalid'}`);
  }
  const o = parsed.data;
  let baseUrl: URL;
  try {
    baseUrl = new URL(o.baseUrl);
  } catch {
    return err('invalid HttpClientOptions: baseUrl: not an absolute URL');
  }
  if (baseUrl.protocol !== 'https:' && baseUrl.protocol !== 'http:') return err('invalid HttpClientOptions: baseUrl: must be http(s)');
  if (baseUrl.username || baseUrl.password) return err('invalid HttpClientOptions: baseUrl: must not contain credentials');

  const headers: Record<string, string> = { accept: 'application/json', 'user-agent': o.userAgent, ...o.headers };
  const clock: Clock = options.clock ?? systemClock;
  const onRetry: ((notice: RetryNotice) => void) | undefined = options.onRetry;
  return ok({
    baseUrl,
    headers,
    secrets: [...(o.secrets ?? []), ...credentialValues(o.headers ?? {})],
    timeoutMs: o.timeoutMs,
    retry: o.retry === false ? false : { ...o.retry, ...(onRetry ? { onRetry } : {}) },
    clock,
    deadlineMs: o.deadlineMs,
    maxBodyBytes: o.maxBodyBytes,
    agents: createAgentPool({ keepAlive: o.keepAlive, ...(o.maxSockets !== undefined ? { maxSockets: o.maxSockets } : {}) }),
  });
}

/** The credential in `Authorization: token abc` is `abc`; both forms are redacted. */
function credentialValues(headers: Readonly<Record<string, string>>): string[] {
  const values: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (!/authorization|token|key|secret|cookie/i.test(name)) continue;
    values.push(value);
    const credential = value.trim().split(/\s+/).slice(1).join(' ');
    if (credential) values.push(credential);
  }
  return values;
}

/** `baseUrl` + `path`, keeping the base's path prefix (e.g. `/api/v1`). */
export function buildUrl(baseUrl: URL, path: string, query?: Readonly<Record<string, string | number>>): URL {
  const base = baseUrl.href.replace(/\/+$/, '');
  const url = new URL(base + (path.startsWith('/') ? path : `/${path}`));
  for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, String(value));
  return url;
}
