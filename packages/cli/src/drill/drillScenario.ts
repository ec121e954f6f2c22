import { systemClock, type Clock } from '@molecule/deploy-core';
import { getScenario, startWorld, type ScenarioExpectation, type ScenarioName, type World, type WorldOptions } from '@molecule/deploy-testkit';
import { loadDeployConfig } from '../config/loadDeployConfig';
import { describeConfigError } from '../config/problems';
import type { CliIo } from '../io';
import { redactingIo } from '../redact';
import { chooseRenderer } from '../render/chooseRenderer';
import { colorAllowed, createPaint } from '../render/colors';
import { progressContext } from '../render/progressContext';
import { runConfiguredCommand } from '../runCommand';
import { commitStatusMismatch, DRILL_RUN_ID } from './commitStatusCheck';
import { judgeDrill } from './judgeDrill';

export interface DrillRun {
  readonly scenario: ScenarioName;
  /** Normally the scenario's own; tests pass a wrong one to prove a mismatch exits 1. */
  readonly expected: ScenarioExpectation;
  readonly summary: string;
  readonly tenants: number;
  readonly json: boolean;
}

export interface DrillDeps {
  readonly startWorld: (options: WorldOptions) => Promise<World>;
  readonly clock: Clock;
}

const DEFAULT_DEPS: DrillDeps = { startWorld, clock: systemClock };

/** The only variables a drill reads: how to show progress, never what to deploy. */
export type PresentationEnv = Readonly<Partial<Record<'NO_COLOR' | 'FORCE_COLOR' | 'TERM' | 'GITHUB_ACTIONS', string>>>;

/**
 * One drill: start the simulated world, run the real `deploy` (or the scenario's `command`,
 * e.g. `doctor`; config from `loadDeployConfig` over `world.env()` only, the same adapters and
 * core operations), print
 * the report and one verdict line. 0 when the pipeline behaved as expected, 1 otherwise.
 * The world's servers are closed on every path.
 */
export async function drillScenario(run: DrillRun, io: CliIo, env: PresentationEnv, deps: DrillDeps = DEFAULT_DEPS): Promise<number> {
  let world: World;
  try {
    world = await deps.startWorld({ scenario: run.scenario, tenants: run.tenants });
  } catch (cause) {
    io.stderr(`molecule-deploy drill: could not start the simulated world: ${cause instanceof Error ? cause.message : String(cause)}\n`);
    return 1;
  }
  try {
    return await deployInWorld(run, world, io, env, deps.clock);
  } finally {
    await world.close().catch((cause: unknown) => {
      io.stderr(`molecule-deploy drill: could not stop the simulated world: ${cause instanceof Error ? cause.message : String(cause)}\n`);
    });
  }
}

async function deployInWorld(run: DrillRun, world: World, rawIo: CliIo, env: PresentationEnv, clock: Clock): Promise<number> {
  // The world's tokens are fake, but a drill shows what a real run prints: masked.
  const secrets = [world.tokens.gitea, world.tokens.control, world.tokens.cp, world.tokens.status, ...world.tokens.canaryAdmin];
  const io = redactingIo(rawIo, secrets);
  // Most scenarios drill the deploy; the preflight's drills `doctor` against the same world.
  const command = getScenario(run.scenario)?.command ?? 'deploy';
  // A deploy drill posts its commit statuses too (issue 15), and they must agree with its outcome.
  const statusEnv = command === 'deploy' ? { PROD_DEPLOY_STATUS_TOKEN: world.tokens.status, GITHUB_RUN_ID: DRILL_RUN_ID } : {};
  const config = loadDeployConfig(run.json ? { json: true } : {}, { ...world.env(), ...statusEnv }, { command });
  if (config.isErr()) {
    // The world's env is always valid; this is a bug in the drill or the testkit, not a usage error.
    io.stderr(`molecule-deploy drill: the simulated world's settings were rejected:\n${describeConfigError(config.error)}\n`);
    return 1;
  }

  const renderer = await chooseRenderer({ io, env, json: run.json, now: () => clock.now(), title: `molecule-deploy drill ${run.scenario}` });
  renderer.log(`drill: scenario ${run.scenario}: ${run.summary}`);
  renderer.log(`drill: expecting ${run.expected.outcome}; ${world.slugs.length} tenants, simulated Gitea, control plane and fleet on 127.0.0.1`);
  for (const notice of config.value.notices) renderer.log(`notice: ${notice}`);

  let report: object | undefined;
  let exitCode: number;
  try {
    exitCode = await runConfiguredCommand(config.value, progressContext({ io, clock, renderer, secrets, onReport: (r) => (report = r) }));
  } finally {
    renderer.close();
  }

  // An interrupted drill proves nothing, whatever its report happens to say.
  const interrupted = io.signal?.aborted === true;
  const judged = judgeDrill(report, exitCode, run.expected);
  const statusProblem = command === 'deploy' ? commitStatusMismatch(world.gitea.postedStatuses(), judged.actual) : undefined;
  const verdict = statusProblem === undefined ? judged : { ...judged, passed: false, mismatches: [...judged.mismatches, statusProblem] };
  const passed = verdict.passed && !interrupted;
  const paint = createPaint(colorAllowed(io.isTTY, env));
  const line = passed
    ? `${paint('green', '✔')} drill passed: scenario ${run.scenario} expected ${run.expected.outcome} and the pipeline ${verdict.actual}`
    : `${paint('red', '✖')} drill failed: scenario ${run.scenario} expected ${run.expected.outcome} but ${interrupted ? 'it was interrupted' : verdict.mismatches.join('; ')}`;
  // With --json, stdout is the report and nothing else.
  if (run.json) io.stderr(`${line}\n`);
  else io.stdout(`${line}\n`);
  return passed ? 0 : 1;
}
