import type { DeployConfig } from '../config/types';
import type { CommandContext } from './context';
import { runDeploy } from './deploy';

/**
 * `plan`: the full deploy as a dry run. Every gate runs (kill switch, contexts,
 * superseded), then the control plane's plan; no tenant is touched. Outcome `planned`.
 */
export function runPlan(config: DeployConfig, ctx: CommandContext): Promise<number> {
  return runDeploy({ ...config, dryRun: true }, ctx);
}
