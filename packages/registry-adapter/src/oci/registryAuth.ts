import type { PortError } from '@molecule/deploy-core';
import { summarizeZodIssues, type AgentPool } from '@molecule/deploy-http';
import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { parseAuthChallenge, type AuthChallenge } from './authChallenge';
import { errorExcerpt, ociExchange, type OciRequest, type OciResponse } from './ociExchange';

export interface RegistryCredentials {
  readonly username?: string;
  readonly password?: string;
  /** A ready bearer token: sent as is, never exchanged. */
  readonly token?: string;
}

export interface RegistryAuth {
  /**
   * Sends `request` to the registry with the best credentials known for `scope`. A 401
   * with a Bearer challenge is met once: a token from the registry's realm, then one retry.
   */
  send(request: Omit<OciRequest, 'secrets' | 'agents'>, scope: string): Promise<Result<OciResponse, PortError>>;
  /** Every credential value in play, tokens learned on the way included: redacted from all errors. */
  readonly secrets: readonly string[];
}

const TOKEN_CALL = 'GET registry token';
// A token answer is one JSON object with a JWT or two: 256 KiB is generous.
const MAX_TOKEN_ANSWER_BYTES = 256 * 1024;
const tokenSchema = z
  .object({ token: z.string().min(1).optional(), access_token: z.string().min(1).optional() })
  .refine((body) => body.token !== undefined || body.access_token !== undefined, { message: 'expected token or access_token' });

/**
 * Credentials for one registry origin. They only ever go to that origin, and to the realm
 * its Bearer challenge names (the registry's own token service); the password goes to the
 * realm only over https or when the realm is on the registry's own origin.
 */
export function createRegistryAuth(origin: string, credentials: RegistryCredentials, agents: AgentPool): RegistryAuth {
  const { username, password, token } = credentials;
  const basic = username !== undefined && password !== undefined ? `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` : undefined;
  const secrets: string[] = [password, token, basic?.slice('Basic '.length)].filter((s): s is string => typeof s === 'string' && s !== '');
  const tokens = new Map<string, string>();

  const exchange = (request: Omit<OciRequest, 'secrets' | 'agents'>, authorization: string | undefined) =>
    ociExchange({
      ...request,
      headers: authorization ? { ...request.headers, authorization } : request.headers,
      secrets,
      agents,
    });

  async function fetchToken(challenge: AuthChallenge, scope: string, request: Omit<OciRequest, 'secrets' | 'agents'>): Promise<Result<string, PortError>> {
    let realm: URL;
    try {
      realm = new URL(challenge.params.realm ?? '');
    } catch {
      return err({ kind: 'invalid-response', call: request.call, path: request.url.pathname, issues: 'WWW-Authenticate: realm is not a URL' });
    }
    if ((realm.protocol !== 'https:' && realm.protocol !== 'http:') || realm.username !== '' || realm.password !== '') {
      return err({ kind: 'invalid-response', call: request.call, path: request.url.pathname, issues: 'WWW-Authenticate: realm is not a usable http(s) URL' });
    }
    if (challenge.params.service) realm.searchParams.set('service', challenge.params.service);
    realm.searchParams.set('scope', challenge.params.scope || scope);
    const mayCarryPassword = realm.origin === origin || realm.protocol === 'https:';
    const answer = await ociExchange({
      call: TOKEN_CALL,
      url: realm,
      method: 'GET',
      headers: { accept: 'application/json', ...(basic && mayCarryPassword ? { authorization: basic } : {}) },
      timeoutMs: request.timeoutMs,
      maxBodyBytes: MAX_TOKEN_ANSWER_BYTES,
      ...(request.signal ? { signal: request.signal } : {}),
      secrets,
      agents,
    });
    if (answer.isErr()) return err(answer.error);
    const { status, bytes, path } = answer.value;
    if (status < 200 || status > 299) {
      const excerpt = errorExcerpt(bytes, secrets);
      return err({ kind: 'http', call: TOKEN_CALL, path, status, ...(excerpt ? { excerpt } : {}) });
    }
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      return err({ kind: 'invalid-response', call: TOKEN_CALL, path, issues: 'body is not JSON' });
    }
    const parsed = tokenSchema.safeParse(json);
    if (!parsed.success) return err({ kind: 'invalid-response', call: TOKEN_CALL, path, issues: summarizeZodIssues(parsed.error) });
    return ok((parsed.data.token ?? parsed.data.access_token) as string);
  }

  return {
    secrets,
    async send(request, scope) {
      const cached = tokens.get(scope);
      const first = await exchange(request, cached ? `Bearer ${cached}` : token ? `Bearer ${token}` : basic);
      // A fixed token is all we have: a 401 for it is the answer.
      if (first.isErr() || first.value.status !== 401 || token) return first;
      const challenge = parseAuthChallenge(first.value.headers.get('www-authenticate'));
      if (challenge?.scheme !== 'bearer' || !challenge.params.realm) return first;
      const fresh = await fetchToken(challenge, scope, request);
      if (fresh.isErr()) return err(fresh.error);
      tokens.set(scope, fresh.value);
      secrets.push(fresh.value);
      return exchange(request, `Bearer ${fresh.value}`);
    },
  };
}
