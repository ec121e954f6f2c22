import {
  canaryVerify,
  promoteImage,
  rollbackLatest,
  verifyFleetSha,
  type BuildInfoSource,
  type Clock,
  type DeployEventListener,
  type ImageRegistry,
  type SmokeHttp,
} from '@molecule/deploy-core';
import { shortSha } from '@molecule/deploy-core/helpers';
import type { PromotionWorld } from './promotionWorld';

/** What one pipeline drill saw: the pipeline's own outcome and reason, and each invariant checked afterwards. */
export interface PipelineRun {
  readonly outcome: string;
  readonly reason: string;
  readonly checks: readonly { readonly what: string; readonly passed: boolean }[];
}

export interface PipelineDrillContext {
  readonly pw: PromotionWorld;
  readonly registry: ImageRegistry;
  readonly tenants: BuildInfoSource;
  readonly smoke: SmokeHttp;
  readonly clock: Clock;
  readonly onEvent: DeployEventListener;
}

/** A drill of the canary gate and promotion (issue 15): `canary-verify`, `promote` and `rollback` against the simulated world and a fake ECR. */
export interface PipelineDrill {
  readonly name: string;
  readonly summary: string;
  readonly expected: { readonly outcome: string };
  run(ctx: PipelineDrillContext): Promise<PipelineRun>;
}

// Fast timings: the world answers at once, a drill should too.
const CANARY_WAIT_SECONDS = 2;
const BEHIND_WAIT_SECONDS = 0.3;
const INTERVAL_SECONDS = 0.05;

function canaries(pw: PromotionWorld, tokens: readonly string[] = pw.world.tokens.canaryAdmin) {
  const { world } = pw;
  return tokens.map((token, index) => ({ url: world.tenantUrlTemplate.replace('{slug}', world.slugs[index] as string), token }));
}

/** `latest` in every repository points at the given side's digest. */
function latestIs(pw: PromotionWorld, side: 'new' | 'old') {
  return Object.entries(pw.digests).map(([repository, digests]) => ({
    what: `latest in ${repository} is staging-${shortSha(side === 'new' ? pw.world.sha : pw.world.previousSha)}`,
    passed: pw.ecr.tagDigest(repository, 'latest') === digests[side],
  }));
}

const noWrite = (pw: PromotionWorld) => ({ what: 'no registry write was sent', passed: pw.puts() === 0 });

async function verifyCanary(ctx: PipelineDrillContext, waitSeconds: number, tokens?: readonly string[]) {
  const { pw } = ctx;
  const result = await canaryVerify(
    { sha: pw.world.sha, canaries: canaries(pw, tokens), waitSeconds, intervalSeconds: INTERVAL_SECONDS, repositories: [...Object.keys(pw.digests)] },
    { tenants: ctx.tenants, smoke: ctx.smoke, registry: ctx.registry, clock: ctx.clock, onEvent: ctx.onEvent },
  );
  return result.isOk() ? result.value : result.error.report;
}

export const PIPELINE_DRILLS: readonly PipelineDrill[] = [
  {
    name: 'canary-promoted',
    summary: 'the canaries serve the commit and pass smoke: canary-verify promotes it to latest in every repository',
    expected: { outcome: 'promoted' },
    async run(ctx) {
      ctx.pw.canariesOnNewSha();
      const report = await verifyCanary(ctx, CANARY_WAIT_SECONDS);
      return { outcome: report.outcome, reason: report.reason, checks: latestIs(ctx.pw, 'new') };
    },
  },
  {
    name: 'canary-smoke-red',
    summary: "a red smoke suite (each canary given the other's token) rejects the commit: latest untouched",
    expected: { outcome: 'rejected' },
    async run(ctx) {
      ctx.pw.canariesOnNewSha();
      const report = await verifyCanary(ctx, CANARY_WAIT_SECONDS, [...ctx.pw.world.tokens.canaryAdmin].reverse());
      return { outcome: report.outcome, reason: report.reason, checks: [noWrite(ctx.pw), ...latestIs(ctx.pw, 'old')] };
    },
  },
  {
    name: 'canary-behind',
    summary: 'the canaries still serve the old commit at the deadline: rejected before any smoke check or registry call',
    expected: { outcome: 'rejected' },
    async run(ctx) {
      const report = await verifyCanary(ctx, BEHIND_WAIT_SECONDS);
      return {
        outcome: report.outcome,
        reason: report.reason,
        checks: [{ what: 'no smoke check ran', passed: report.smoke === undefined }, noWrite(ctx.pw), ...latestIs(ctx.pw, 'old')],
      };
    },
  },
  {
    name: 'promotion-partial-failure',
    summary: 'writing latest fails in the second repository: promote fails and puts the first one back',
    expected: { outcome: 'failed' },
    async run(ctx) {
      const { pw } = ctx;
      const [first, second] = Object.keys(pw.digests);
      // A 400 is not retried by the SDK: the second write fails once, for good.
      pw.ecr.failNextPut(second as string, 400, 'InvalidParameterException');
      const result = await promoteImage({ sha: pw.world.sha, repositories: [...Object.keys(pw.digests)] }, { registry: ctx.registry, onEvent: ctx.onEvent });
      const outcome = result.isOk() ? 'promoted' : 'failed';
      const reason = result.isOk() ? 'latest moved everywhere' : result.error.kind === 'invalid-input' ? 'invalid input' : result.error.message;
      return { outcome, reason, checks: [{ what: `${first} was written, then restored`, passed: pw.puts() >= 2 }, ...latestIs(pw, 'old')] };
    },
  },
  {
    name: 'rollback-verified',
    summary: 'latest moves back to the previous commit, and the fleet is verified against that commit, not the job one (lesson 11)',
    expected: { outcome: 'rolled-back' },
    async run(ctx) {
      const { pw } = ctx;
      const promoted = await promoteImage({ sha: pw.world.sha, repositories: [...Object.keys(pw.digests)] }, { registry: ctx.registry, onEvent: ctx.onEvent });
      const rolled = await rollbackLatest({ sha: pw.world.previousSha, repositories: [...Object.keys(pw.digests)] }, { registry: ctx.registry, onEvent: ctx.onEvent });
      const verified = await verifyFleetSha(
        {
          sha: pw.world.previousSha,
          slugs: pw.world.slugs,
          tenantUrlTemplate: pw.world.tenantUrlTemplate,
          timeoutSeconds: CANARY_WAIT_SECONDS,
          intervalSeconds: INTERVAL_SECONDS,
        },
        { tenants: ctx.tenants, clock: ctx.clock, onEvent: ctx.onEvent },
      );
      const reason = rolled.isOk()
        ? `latest points at staging-${shortSha(pw.world.previousSha)} again`
        : rolled.error.kind === 'invalid-input'
          ? 'invalid input'
          : rolled.error.message;
      return {
        outcome: rolled.isOk() ? 'rolled-back' : 'failed',
        reason,
        checks: [
          { what: 'the commit was promoted first', passed: promoted.isOk() },
          ...latestIs(pw, 'old'),
          { what: `every tenant serves ${shortSha(pw.world.previousSha)} (/buildinfo)`, passed: verified.isOk() },
        ],
      };
    },
  },
];

export function getPipelineDrill(name: string): PipelineDrill | undefined {
  return PIPELINE_DRILLS.find((drill) => drill.name === name);
}
