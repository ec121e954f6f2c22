import { redactSecrets } from '@molecule/deploy-core/constants';
import { SETTINGS, type SettingSpec } from './config/settings';
import type { CliIo } from './io';

/** Shorter values would mask ordinary words; real tokens are far longer. */
const MIN_SECRET_LENGTH = 6;

/**
 * Every token value this run could know: the token env vars and token flags (a list of
 * tokens also each of its entries). Core and
 * the adapters already keep tokens out of events and errors; this is the last line of
 * defence on everything the CLI itself prints or writes.
 */
export function collectSecrets(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): string[] {
  const specs: SettingSpec[] = Object.values(SETTINGS).filter((spec: SettingSpec) => spec.secret);
  const values: string[] = [];
  for (const spec of specs) {
    for (const name of spec.env) values.push(env[name] ?? '');
    argv.forEach((arg, index) => {
      if (arg === spec.flag) values.push(argv[index + 1] ?? '');
      else if (arg.startsWith(`${spec.flag}=`)) values.push(arg.slice(spec.flag.length + 1));
    });
  }
  // A list of tokens (MOLECULE_STAGING_ADMIN_TOKENS) is masked whole and token by token.
  const pieces = values.flatMap((value) => [value, ...value.split(/[\s,]+/)]);
  const unique = [...new Set(pieces.map((value) => value.trim()).filter((value) => value.length >= MIN_SECRET_LENGTH))];
  // Longest first, so a token that contains another is masked whole.
  return unique.sort((a, b) => b.length - a.length);
}

/** Core's one redaction, so the CLI, the action and every adapter mark a secret the same way (`[redacted]`). */
export const redact: (text: string, secrets: readonly string[]) => string = redactSecrets;

export function redactingIo(io: CliIo, secrets: readonly string[]): CliIo {
  if (secrets.length === 0) return io;
  return {
    stdout: (text) => io.stdout(redact(text, secrets)),
    stderr: (text) => io.stderr(redact(text, secrets)),
    isTTY: io.isTTY,
    ...(io.signal && { signal: io.signal }),
    ...(io.terminalSize && { terminalSize: () => io.terminalSize?.() ?? {} }),
    ...(io.watch && { watch: io.watch }),
    ...(io.helpWidth !== undefined && { helpWidth: io.helpWidth }),
  };
}
