import { systemClock, type Clock } from '@molecule/deploy-core';
import { createBuildInfoReader, createSmokeClient } from '@molecule/deploy-fleet';
import { createEcrRegistry } from '@molecule/deploy-registry';
import type { CliIo } from '../io';
import { redactingIo } from '../redact';
import { chooseRenderer } from '../render/chooseRenderer';
import { colorAllowed, createPaint } from '../render/colors';
import { progressContext } from '../render/progressContext';
import type { PresentationEnv } from './drillScenario';
import type { PipelineDrill, PipelineRun } from './pipelineDrills';
import { startPromotionWorld, type PromotionWorld } from './promotionWorld';

export interface PipelineDrillRun {
  readonly tenants: number;
  readonly json: boolean;
}

export interface PipelineDrillDeps {
  readonly startPromotionWorld: (options: { readonly tenants: number }) => Promise<PromotionWorld>;
  readonly clock: Clock;
}

/**
 * One canary-gate or promotion drill: start the simulated world and a fake ECR, run core's
 * `canaryVerify` / `promoteImage` / `rollbackLatest` with the CLI's own adapters (the ECR
 * client pointed at the fake with static, fake credentials: a drill never reaches AWS,
 * whatever the machine's AWS configuration), then check what the registry and the fleet look
 * like. 0 when the outcome and every check are as expected, 1 otherwise.
 */
export async function drillPipeline(drill: PipelineDrill, run: PipelineDrillRun, rawIo: CliIo, env: PresentationEnv, deps: PipelineDrillDeps): Promise<number> {
  let pw: PromotionWorld;
  try {
    pw = await deps.startPromotionWorld({ tenants: run.tenants });
  } catch (cause) {
    rawIo.stderr(`molecule-deploy drill: could not start the simulated world: ${cause instanceof Error ? cause.message : String(cause)}\n`);
    return 1;
  }
  const secrets = [...pw.world.tokens.canaryAdmin, pw.awsEnv.AWS_SECRET_ACCESS_KEY as string];
  const io = redactingIo(rawIo, secrets);
  try {
    const renderer = await chooseRenderer({ io, env, json: run.json, now: () => deps.clock.now(), title: `molecule-deploy drill ${drill.name}` });
    renderer.log(`drill: scenario ${drill.name}: ${drill.summary}`);
    renderer.log(`drill: expecting ${drill.expected.outcome}; simulated staging canaries and a fake ECR on 127.0.0.1`);
    const ctx = progressContext({ io, clock: deps.clock, renderer, secrets });
    const registry = createEcrRegistry({
      region: 'us-east-1',
      endpoint: pw.ecr.url,
      credentials: { accessKeyId: pw.awsEnv.AWS_ACCESS_KEY_ID as string, secretAccessKey: pw.awsEnv.AWS_SECRET_ACCESS_KEY as string },
      maxAttempts: 1,
    });
    let result: PipelineRun;
    try {
      result = await drill.run({ pw, registry, tenants: createBuildInfoReader(), smoke: createSmokeClient(), clock: deps.clock, onEvent: ctx.onEvent });
    } finally {
      renderer.close();
    }

    const interrupted = io.signal?.aborted === true;
    const outcomeOk = result.outcome === drill.expected.outcome;
    const passed = outcomeOk && result.checks.every((check) => check.passed) && !interrupted;
    const paint = createPaint(colorAllowed(io.isTTY, env));
    const lines = [
      `${drill.name} ${result.outcome}: ${result.reason}`,
      ...result.checks.map((check) => `  ${check.passed ? 'ok    ' : 'FAILED'}  ${check.what}`),
      passed
        ? `${paint('green', '✔')} drill passed: scenario ${drill.name} expected ${drill.expected.outcome} and the pipeline ${result.outcome}`
        : `${paint('red', '✖')} drill failed: scenario ${drill.name} expected ${drill.expected.outcome} but ${interrupted ? 'it was interrupted' : mismatch(outcomeOk, result)}`,
    ];
    if (run.json) {
      io.stderr(lines.map((line) => `${line}\n`).join(''));
      io.stdout(`${JSON.stringify({ scenario: drill.name, expected: drill.expected.outcome, ...result, passed }, null, 2)}\n`);
    } else {
      io.stdout(lines.map((line) => `${line}\n`).join(''));
    }
    return passed ? 0 : 1;
  } finally {
    await pw.close().catch((cause: unknown) => {
      io.stderr(`molecule-deploy drill: could not stop the simulated world: ${cause instanceof Error ? cause.message : String(cause)}\n`);
    });
  }
}

function mismatch(outcomeOk: boolean, result: PipelineRun): string {
  const failed = result.checks.filter((check) => !check.passed).map((check) => `not: ${check.what}`);
  return [...(outcomeOk ? [] : [`the pipeline ${result.outcome}`]), ...failed].join('; ');
}

export const DEFAULT_PIPELINE_DEPS: PipelineDrillDeps = { startPromotionWorld, clock: systemClock };
