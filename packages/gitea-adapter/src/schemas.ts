import type { CommitStatus } from '@molecule/deploy-core';
import { isSha } from '@molecule/deploy-core/helpers';
import { sanitizeExcerpt } from '@molecule/deploy-http';
import { z } from 'zod';

const optionalText = z.string().nullish();

/**
 * One row of `GET …/commits/{sha}/statuses`. Gitea names the state `status`; some
 * servers (and GitHub-shaped proxies) say `state`: either is accepted, `status` first.
 * A row with neither cannot be judged and fails the whole page (fail closed). A row with
 * both that disagree (`status: success`, `state: failure`) is passed on with its `state` as
 * `conflictingState`: core holds the gate on it instead of trusting either field.
 *
 * `description` is free text written by whatever posted the status and ends up in the
 * deploy's failure reason (lesson 10): it is sanitised (`secrets` and anything
 * credential-shaped redacted, internal hosts and paths hidden) and capped at 120 characters.
 */
export function statusRowSchemaFor(secrets: readonly string[]) {
  return z
    .object({
      id: z.number().int(),
      context: z.string(),
      status: optionalText,
      state: optionalText,
      description: optionalText,
      target_url: optionalText,
      created_at: optionalText,
    })
    .transform((row, ctx): CommitStatus => {
      const state = row.status || row.state;
      const conflictingState = row.status && row.state && row.state.trim().toLowerCase() !== row.status.trim().toLowerCase() ? row.state.toLowerCase() : undefined;
      if (!state) {
        ctx.issues.push({ code: 'custom', message: 'expected status or state', input: row, path: ['status'] });
        return z.NEVER;
      }
      const description = row.description != null ? sanitizeExcerpt(row.description, secrets) : '';
      return {
        id: row.id,
        context: row.context,
        state: state.toLowerCase(),
        ...(conflictingState !== undefined ? { conflictingState } : {}),
        ...(description !== '' ? { description } : {}),
        ...(row.target_url != null ? { targetUrl: row.target_url } : {}),
        ...(row.created_at != null ? { createdAt: row.created_at } : {}),
      };
    });
}

/** A page of rows; the client passes its token as a secret to redact. */
export function statusPageSchemaFor(secrets: readonly string[]) {
  return z.array(statusRowSchemaFor(secrets));
}

/** Without known secrets: credential-shaped text is still redacted. Kept for the public surface. */
export const statusRowSchema = statusRowSchemaFor([]);
export const statusPageSchema = statusPageSchemaFor([]);

/** `GET …/actions/variables/{name}`: the value is in `data`. */
export const variableSchema = z.object({ data: z.string() });

/** `GET …/branches/{branch}`: the head commit is `commit.id`. */
export const branchSchema = z.object({ commit: z.object({ id: z.string().min(1) }) });

/** `GET …/commits?sha=BRANCH`: newest first; only each commit's `sha` is read. */
export const commitListSchema = z.array(z.object({ sha: z.string().refine(isSha, 'expected a commit SHA') }));

/** `GET /version`: e.g. `{ "version": "1.22.6" }`. */
export const versionSchema = z.object({ version: z.string().min(1).max(200) });

/** `GET /repos/{o}/{r}`: only its existence matters (see readVariable). */
export const repoSchema = z.object({}).loose();
