/** A parsed `WWW-Authenticate` challenge. */
export interface AuthChallenge {
  /** Lower-cased: `bearer` or `basic`. */
  readonly scheme: string;
  /** Parameter names lower-cased; quoted values unquoted. */
  readonly params: Readonly<Record<string, string>>;
}

// `key="quoted, value"` or `key=bare`, then an optional comma.
const PARAM = /^\s*([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*,?/;
const SCHEME = /^\s*,?\s*([A-Za-z][A-Za-z0-9._~+/-]*)(?=\s|$)/;

/**
 * Parses `Bearer realm="https://auth.example/token",service="registry.example",scope="repository:a:pull"`.
 * When a registry offers several challenges, the Bearer one wins: it can be met without
 * sending the password with every request.
 */
export function parseAuthChallenge(header: string | null): AuthChallenge | undefined {
  if (!header) return undefined;
  const challenges: { scheme: string; params: Record<string, string> }[] = [];
  let rest = header;
  while (rest.trim() !== '') {
    const scheme = SCHEME.exec(rest);
    if (!scheme) break;
    rest = rest.slice(scheme[0].length);
    const current = { scheme: (scheme[1] ?? '').toLowerCase(), params: {} as Record<string, string> };
    challenges.push(current);
    for (let param = PARAM.exec(rest); param; param = PARAM.exec(rest)) {
      current.params[(param[1] ?? '').toLowerCase()] = param[2] !== undefined ? param[2].replace(/\\(.)/g, '$1') : (param[3] ?? '');
      rest = rest.slice(param[0].length);
    }
  }
  return challenges.find((c) => c.scheme === 'bearer') ?? challenges[0];
}
