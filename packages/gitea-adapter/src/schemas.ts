import type { CommitStatus } from '@molecule/deploy-core';
import { z } from 'zod';

const optionalText = z.string().nullish();

/**
 * One row of `GET …/commits/{sha}/statuses`. Gitea names the state `status`; some
 * servers (and GitHub-shaped proxies) say `state`: either is accepted, `status` first.
 * A row with neither cannot be judged and fails the whole page (fail closed).
 */
export const statusRowSchema = z
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
    if (!state) {
      ctx.issues.push({ code: 'custom', message: 'expected status or state', input: row, path: ['status'] });
      return z.NEVER;
    }
    return {
      id: row.id,
      context: row.context,
      state: state.toLowerCase(),
      ...(row.description != null ? { description: row.description } : {}),
      ...(row.target_url != null ? { targetUrl: row.target_url } : {}),
      ...(row.created_at != null ? { createdAt: row.created_at } : {}),
    };
  });

export const statusPageSchema = z.array(statusRowSchema);

/** `GET …/actions/variables/{name}`: the value is in `data`. */
export const variableSchema = z.object({ data: z.string() });

/** `GET …/branches/{branch}`: the head commit is `commit.id`. */
export const branchSchema = z.object({ commit: z.object({ id: z.string().min(1) }) });

/** `GET /repos/{o}/{r}`: only its existence matters (see readVariable). */
export const repoSchema = z.object({}).loose();
