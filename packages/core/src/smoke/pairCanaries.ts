import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { invalidInput, type InvalidInputError } from '../errors/input';
import { canaryTokenSchema } from './input';
import { serviceBaseUrlSchema } from '../schemas';
import type { Canary } from './types';

const listsSchema = z
  .object({
    urls: z.array(serviceBaseUrlSchema).min(1, 'needs at least one canary URL'),
    tokens: z.array(canaryTokenSchema).min(1, 'needs at least one token'),
  })
  .superRefine((lists, ctx) => {
    if (lists.urls.length !== lists.tokens.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['tokens'],
        message: `has ${lists.tokens.length} entries but urls has ${lists.urls.length}: the i-th token belongs to the i-th URL, so the lists must be the same length`,
      });
    }
  });

/**
 * Pairs the two positional lists the pipeline gets (`MOLECULE_STAGING_TENANT_URLS`,
 * `MOLECULE_STAGING_ADMIN_TOKENS`): the i-th token belongs to the i-th URL only. Lists of
 * different lengths or empty lists are a configuration error, found before any request —
 * pairing them "as far as they go" would send a token to the wrong tenant or smoke nobody.
 * Issues name `urls`, `tokens` or an entry (`tokens.1`) and never echo a token.
 *
 * @example
 * pairCanaries(env.MOLECULE_STAGING_TENANT_URLS.split(','), env.MOLECULE_STAGING_ADMIN_TOKENS.split(','))
 */
export function pairCanaries(urls: readonly string[], tokens: readonly string[]): Result<Canary[], InvalidInputError> {
  const parsed = listsSchema.safeParse({ urls, tokens });
  if (!parsed.success) return err(invalidInput('pairCanaries', parsed.error));
  const { urls: validUrls, tokens: validTokens } = parsed.data;
  return ok(validUrls.map((url, index) => ({ url, token: validTokens[index] as string })));
}
