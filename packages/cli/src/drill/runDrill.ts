import { getScenario, scenarioNames, scenarios } from '@molecule/deploy-testkit';
import type { ConfigEnv } from '../config/types';
import type { CliIo } from '../io';
import { drillFlags } from './drillFlags';
import { drillScenario, type DrillDeps, type PresentationEnv } from './drillScenario';
import { listScenarios } from './listScenarios';
import { DEFAULT_PIPELINE_DEPS, drillPipeline, type PipelineDrillDeps } from './pipelineDrill';
import { getPipelineDrill, PIPELINE_DRILLS } from './pipelineDrills';

/** Exit code for a wrong command line (unknown scenario, bad `--tenants`). */
const USAGE = 2;

/**
 * `molecule-deploy drill [--scenario NAME] [--tenants N] [--list] [--json]`. The user's
 * environment is ignored entirely, except how to show progress (NO_COLOR, FORCE_COLOR, TERM,
 * GITHUB_ACTIONS): a stray PROD_* variable must not change what a drill deploys.
 */
export async function runDrill(flags: unknown, env: ConfigEnv, io: CliIo, deps?: DrillDeps, pipelineDeps: PipelineDrillDeps = DEFAULT_PIPELINE_DEPS): Promise<number> {
  const parsed = drillFlags.safeParse(flags);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`);
    io.stderr(`molecule-deploy drill: ${problems.join('; ')}\n`);
    return USAGE;
  }
  const options = parsed.data;
  if (options.list) {
    io.stdout(
      // The deploy's scenarios, then the canary gate's and promotion's (issue 15).
      listScenarios([...scenarios, ...PIPELINE_DRILLS])
        .map((line) => `${line}\n`)
        .join(''),
    );
    return 0;
  }
  const presentation: PresentationEnv = { NO_COLOR: env.NO_COLOR, FORCE_COLOR: env.FORCE_COLOR, TERM: env.TERM, GITHUB_ACTIONS: env.GITHUB_ACTIONS };
  const pipeline = getPipelineDrill(options.scenario);
  if (pipeline) return drillPipeline(pipeline, { tenants: options.tenants, json: options.json }, io, presentation, pipelineDeps);
  const scenario = getScenario(options.scenario);
  if (!scenario) {
    const names = [...scenarioNames, ...PIPELINE_DRILLS.map((drill) => drill.name)];
    io.stderr(`molecule-deploy drill: unknown scenario "${options.scenario}"; choose one of: ${names.join(', ')}\n`);
    return USAGE;
  }
  const run = { scenario: scenario.name, expected: scenario.expected, summary: scenario.summary, tenants: options.tenants, json: options.json };
  return drillScenario(run, io, presentation, deps);
}
