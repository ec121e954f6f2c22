import type { PortError } from '@molecule/deploy-core';
import { MAX_STATUS_DESCRIPTION_LENGTH } from '@molecule/deploy-core/constants';
import { isSha } from '@molecule/deploy-core/helpers';
import type { CommitStatusPoster, CommitStatusUpdate } from '@molecule/deploy-core/visibility';
import { createHttpClient, summarizeZodIssues } from '@molecule/deploy-http';
import { errAsync, type ResultAsync } from 'neverthrow';
import { z } from 'zod';

export interface StatusPosterOptions {
  /** REST base, e.g. `https://git.example/api/v1` (see `resolveGiteaApiUrl`): the token goes there and nowhere else. */
  readonly apiUrl: string;
  /** A token that may write statuses (`PROD_DEPLOY_STATUS_TOKEN`); sent as `Authorization: token …`, redacted from every error. */
  readonly token: string;
  readonly owner: string;
  readonly repo: string;
  /** Deadline of the one attempt (a POST is never retried: a retry could post twice). @default 30_000 */
  readonly timeoutMs?: number;
  /** @default 'molecule-deploy' */
  readonly userAgent?: string;
}

const CALL = 'POST commit status';
// The created row: small. Anything larger is not Gitea's answer.
const ANSWER_BYTES = 64 * 1024;

const optionsSchema = z.object({ apiUrl: z.string().min(1), token: z.string().min(1), owner: z.string().min(1), repo: z.string().min(1) });

// Gitea's `POST /statuses/{sha}` states (docs/gitea.md); `skipped` is read, never written.
const updateSchema = z.object({
  sha: z.string().refine(isSha, 'expected a 7–40 character hex commit SHA'),
  state: z.enum(['pending', 'success', 'error', 'failure', 'warning']),
  context: z.string().min(1),
  description: z.string().refine((text) => Array.from(text).length <= MAX_STATUS_DESCRIPTION_LENGTH, `expected at most ${MAX_STATUS_DESCRIPTION_LENGTH} characters`),
  targetUrl: z.string().optional(),
});

/** Gitea answers 201 with the created row; its `id` is the proof it was stored. */
const createdSchema = z.object({ id: z.number().int(), context: z.string() }).loose();

/**
 * `POST /repos/{o}/{r}/statuses/{sha}` behind core's `CommitStatusPoster`. One attempt, never
 * retried (a timed-out POST may have been stored; a second would duplicate the row); 403 from a
 * read-only token and every other failure is a typed `PortError`, the token redacted.
 */
export function createStatusPoster(options: StatusPosterOptions): CommitStatusPoster {
  const checked = optionsSchema.safeParse(options ?? {});
  const http = createHttpClient({
    baseUrl: options?.apiUrl,
    headers: { Authorization: `token ${options?.token}` },
    secrets: typeof options?.token === 'string' ? [options.token] : [],
    maxBodyBytes: ANSWER_BYTES,
    ...(options?.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
    ...(options?.userAgent !== undefined && { userAgent: options.userAgent }),
  });

  return {
    postCommitStatus(sha: string, status: CommitStatusUpdate, signal?: AbortSignal): ResultAsync<void, PortError> {
      if (!checked.success) return errAsync({ kind: 'unexpected', call: CALL, message: `createStatusPoster: ${summarizeZodIssues(checked.error)}` });
      const update = updateSchema.safeParse({ sha, ...status });
      if (!update.success) return errAsync({ kind: 'unexpected', call: CALL, message: `invalid input: ${summarizeZodIssues(update.error)}` });
      const { owner, repo } = checked.data;
      const { state, context, description, targetUrl } = update.data;
      const path = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/statuses/${encodeURIComponent(update.data.sha)}`;
      const body = { state, context, description, ...(targetUrl !== undefined && { target_url: targetUrl }) };
      return http.postJson(CALL, path, body, createdSchema, signal ? { signal } : {}).map(() => undefined);
    },
  };
}
