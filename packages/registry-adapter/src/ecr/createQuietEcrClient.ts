import { ECRClient, type ECRClientConfig } from '@aws-sdk/client-ecr';

/** Swallows every SDK log line: the CLI's output is ours, and the SDK's debug lines can carry request detail. */
export const SILENT_LOGGER = {
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

// `@aws-sdk/core` announces, through `process.emitWarning` while a client is constructed, that SDK
// releases from 2027 will need Node 22. On Node 20 that prints to stderr in the middle of a deploy
// log. It is advice to whoever upgrades dependencies, not to the operator running a deploy.
const SDK_NOTICE = /^NodeVersionSupportWarning\b/;

/**
 * Constructs an `ECRClient` with the SDK's Node-version notice suppressed. The notice is
 * emitted synchronously inside the constructor, so replacing `process.emitWarning` for the
 * duration of that one call catches it without hiding any other warning, and without
 * setting an environment variable behind the caller's back.
 */
export function createQuietEcrClient(config: ECRClientConfig): ECRClient {
  const original = process.emitWarning;
  const filtered = function (this: unknown, warning: string | Error, ...rest: unknown[]) {
    const text = typeof warning === 'string' ? warning : (warning?.message ?? '');
    if (SDK_NOTICE.test(text)) return;
    return (original as (...args: unknown[]) => void).call(process, warning, ...rest);
  } as typeof process.emitWarning;
  process.emitWarning = filtered;
  try {
    return new ECRClient(config);
  } finally {
    process.emitWarning = original;
  }
}
