import type { BuildInfoSource, ControlPlane, VariableSource } from '@molecule/deploy-core';
import type { Result } from 'neverthrow';
import type { CpSettings, GiteaSettings, KillSwitchSettings, TenantCheckSettings } from '../../config/types';
import type { CommandContext } from '../context';
import { controlPlaneClient } from './controlPlane';
import { controlVariables, type GiteaPorts, giteaClient } from './gitea';
import { buildInfoReader } from './buildInfo';

/** The four adapters of the full deploy (and of `doctor`, which checks the same settings). */
export interface DeployAdapters {
  readonly gitea: GiteaPorts;
  /** Absent without a control token. */
  readonly variables?: VariableSource;
  readonly controlPlane: ControlPlane;
  readonly tenants: BuildInfoSource;
}

/** Builds them in order; the first that cannot be built is the run's setup failure. */
export function deployAdapters(config: KillSwitchSettings & CpSettings & TenantCheckSettings & GiteaSettings, ctx: CommandContext): Result<DeployAdapters, string> {
  return giteaClient(config, config.giteaToken, ctx).andThen((gitea) =>
    controlVariables(config, ctx).andThen((variables) =>
      controlPlaneClient(config).andThen((controlPlane) =>
        buildInfoReader(config).map((tenants): DeployAdapters => ({ gitea, ...(variables && { variables }), controlPlane, tenants })),
      ),
    ),
  );
}
