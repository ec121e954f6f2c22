import type { ControlPlane, PortError, RedeployCallOptions, RedeployRequest, RedeployResponse } from '@molecule/deploy-core';
import { createHttpClient } from '@molecule/deploy-http';
import { errAsync, type ResultAsync } from 'neverthrow';
import { z } from 'zod';
import { redeployRequestSchema, redeployResponseSchema } from './schemas';

export interface ControlPlaneClientOptions {
  /** CP base URL. @example 'https://api.moleculesai.app' */
  readonly baseUrl: string;
  /** Sent as `Authorization: Bearer <token>`; redacted from every error and row. */
  readonly token: string;
  /** Deadline for planning calls (dry runs): connecting, the headers and the whole answer. @default 120_000 */
  readonly timeoutMs?: number;
  /**
   * Deadline for a real rollout call, which waits for containers before it answers: the one
   * long call, and still bounded (cut short it would come back as a timeout, and core might
   * send the same mutation again).
   * @default 600_000
   */
  readonly mutatingTimeoutMs?: number;
  /** @default 'molecule-deploy' */
  readonly userAgent?: string;
}

export const REDEPLOY_PATH = '/cp/admin/tenants/redeploy-fleet';
const CALL = 'POST redeploy-fleet';
// One row per tenant, thousands of tenants: a few MiB at most. Anything past 16 MiB is not an answer.
const MAX_ANSWER_BYTES = 16 * 1024 * 1024;

// setTimeout's ceiling: a longer deadline would fire at once.
const MAX_TIMER_MS = 2_147_483_647;

const optionsSchema = z.object({
  baseUrl: z.string().min(1),
  token: z.string().min(1),
  timeoutMs: z.number().int().positive().max(MAX_TIMER_MS).default(120_000),
  mutatingTimeoutMs: z.number().int().positive().max(MAX_TIMER_MS).default(600_000),
});

/**
 * The control plane's redeploy endpoint behind core's `ControlPlane` port. No retries
 * here: core owns lesson 9's retry policy, and a mutation is never repeated behind its back.
 */
export function createControlPlaneClient(options: ControlPlaneClientOptions): ControlPlane {
  const checked = optionsSchema.safeParse(options ?? {});
  const token = typeof options?.token === 'string' ? options.token : '';
  const http = createHttpClient({
    baseUrl: options?.baseUrl,
    headers: { Authorization: `Bearer ${token}` },
    secrets: token ? [token] : [],
    retry: false,
    maxBodyBytes: MAX_ANSWER_BYTES,
    // A mutation is never written to a kept-alive socket the CP may be closing: its fate would be unknown.
    keepAlive: false,
    ...(options?.userAgent ? { userAgent: options.userAgent } : {}),
  });
  const responseSchema = redeployResponseSchema(token ? [token] : []);

  return {
    requestRedeploy(request: RedeployRequest, call: RedeployCallOptions): ResultAsync<RedeployResponse, PortError> {
      if (!checked.success) return errAsync({ kind: 'unexpected', call: CALL, message: issueOf('createControlPlaneClient', checked.error) });
      const parsed = redeployRequestSchema.safeParse(request);
      if (!parsed.success) return errAsync({ kind: 'unexpected', call: CALL, message: issueOf('invalid input', parsed.error) });
      const timeoutMs = call?.mutating === false ? checked.data.timeoutMs : checked.data.mutatingTimeoutMs;
      // The body is the request as given: field names are the CP's.
      return http.postJson(CALL, REDEPLOY_PATH, request, responseSchema, { signal: call?.signal, timeoutMs }).map((response) => response.body);
    },
  };
}

function issueOf(prefix: string, error: z.ZodError): string {
  const issue = error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(input)';
  return `${prefix}: ${path}: ${issue?.message ?? 'invalid'}`;
}
