import type { ControlPlane } from '@molecule/deploy-core';
import { createControlPlaneClient } from '@molecule/deploy-fleet';
import type { Result } from 'neverthrow';
import type { CpSettings } from '../../config/types';
import { buildAdapter } from './buildAdapter';

export function controlPlaneClient(config: CpSettings): Result<ControlPlane, string> {
  return buildAdapter('control-plane', () => createControlPlaneClient({ baseUrl: config.cpUrl, token: config.cpToken.reveal() }));
}
