import { describe, expect, it } from 'vitest';
import { collectSecrets, redact, redactingIo } from './redact';

describe('redaction of everything the CLI prints', () => {
  it('collects token values from every token env var and token flag, in both flag spellings', () => {
    const secrets = collectSecrets(['deploy', '--cp-token', 'cp-flag-secret', '--control-token=ctl-flag-secret'], {
      AUTO_SYNC_TOKEN: 'auto-sync-secret',
      GITHUB_TOKEN: 'github-secret',
      CP_ADMIN_API_TOKEN: 'cp-env-secret',
      GITHUB_SHA: 'abcdef1234',
    });
    expect(secrets.sort()).toEqual(['auto-sync-secret', 'cp-env-secret', 'cp-flag-secret', 'ctl-flag-secret', 'github-secret']);
  });

  it('masks every entry of a token list (canary admin tokens, registry secrets), from the env or a flag', () => {
    const secrets = collectSecrets(['smoke', '--staging-admin-tokens', 'flag-canary-one, flag-canary-two', '--registry-password=reg-password'], {
      MOLECULE_STAGING_ADMIN_TOKENS: 'env-canary-one\nenv-canary-two',
      PROD_IMAGE_REGISTRY_TOKEN: 'reg-bearer-token',
    });
    for (const token of ['flag-canary-one', 'flag-canary-two', 'env-canary-one', 'env-canary-two', 'reg-password', 'reg-bearer-token']) expect(secrets).toContain(token);
    expect(redact('sent env-canary-two to acme', secrets)).toBe('sent [redacted] to acme');
  });

  it('masks each occurrence, the longer token first', () => {
    expect(redact('a=abc-secret-long b=abc-secret', ['abc-secret-long', 'abc-secret'])).toBe('a=[redacted] b=[redacted]');
  });

  it('wraps both streams', () => {
    const out: string[] = [];
    const io = redactingIo({ stdout: (t) => out.push(t), stderr: (t) => out.push(t), isTTY: false }, ['tok-123456']);
    io.stdout('x tok-123456\n');
    io.stderr('tok-123456');
    expect(out).toEqual(['x [redacted]\n', '[redacted]']);
  });
});
