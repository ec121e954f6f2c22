import type { SmokeHttp } from '@molecule/deploy-core';
import { createSmokeClient } from '@molecule/deploy-fleet';
import type { Result } from 'neverthrow';
import { buildAdapter } from './buildAdapter';

/** The canary smoke suite's HTTP client: each admin token goes only to its own canary's origin. */
export function smokeClient(): Result<SmokeHttp, string> {
  return buildAdapter('canary smoke', () => createSmokeClient());
}
