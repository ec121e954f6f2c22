import { getScenario, scenarioNames, scenarios } from '@molecule/deploy-testkit';
import type { ConfigEnv } from '../config/types';
import type { CliIo } from '../io';
import { drillFlags } from './drillFlags';
import { drillScenario, type DrillDeps, type PresentationEnv } from './drillScenario';
import { listScenarios } from './listScenarios';

/** Exit code for a wrong command line (unknown scenario, bad `--tenants`). */
const USAGE = 2;

/**
 * `molecule-deploy drill [--scenario NAME] [--tenants N] [--list] [--json]`. The user's
 * environment is ignored entirely, except how to show progress (NO_COLOR, FORCE_COLOR, TERM,
 * GITHUB_ACTIONS): a stray PROD_* variable must not change what a drill deploys.
 */
export async function runDrill(flags: unknown, env: ConfigEnv, io: CliIo, deps?: DrillDeps): Promise<number> {
  const parsed = drillFlags.safeParse(flags);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`);
    io.stderr(`molecule-deploy drill: ${problems.join('; ')}\n`);
    return USAGE;
  }
  const options = parsed.data;
  if (options.list) {
    io.stdout(
      listScenarios(scenarios)
        .map((line) => `${line}\n`)
        .join(''),
    );
    return 0;
  }
  const scenario = getScenario(options.scenario);
  if (!scenario) {
    io.stderr(`molecule-deploy drill: unknown scenario "${options.scenario}"; choose one of: ${scenarioNames.join(', ')}\n`);
    return USAGE;
  }
  const presentation: PresentationEnv = { NO_COLOR: env.NO_COLOR, FORCE_COLOR: env.FORCE_COLOR, TERM: env.TERM, GITHUB_ACTIONS: env.GITHUB_ACTIONS };
  const run = { scenario: scenario.name, expected: scenario.expected, summary: scenario.summary, tenants: options.tenants, json: options.json };
  return drillScenario(run, io, presentation, deps);
}
