import type { BuildInfoSource } from '@molecule/deploy-core';
import { createBuildInfoReader } from '@molecule/deploy-fleet';
import type { Result } from 'neverthrow';
import type { TenantCheckSettings } from '../../config/types';
import { buildAdapter } from './buildAdapter';

/** One keep-alive socket per concurrent read: more would only sit idle, fewer would queue reads. */
export function buildInfoReader(config: Pick<TenantCheckSettings, 'verifyConcurrency'>): Result<BuildInfoSource, string> {
  return buildAdapter('tenant /buildinfo', () => createBuildInfoReader({ maxSockets: config.verifyConcurrency }));
}
