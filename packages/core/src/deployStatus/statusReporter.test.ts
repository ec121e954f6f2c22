import { ResultAsync } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { fakeClock } from '../_testing/fakeClock';
import { fakeWorld } from '../_testing/fakeDeployPorts';
import { fakeStatusPoster, type FakeStatusPoster } from '../_testing/fakeStatusPoster';
import { deploy } from '../deploy/deploy';
import type { DeployInput } from '../deploy/types';
import type { PortError } from '../errors/transport';
import type { DeployEvent } from '../events';
import type { ControlPlane } from '../ports';
import { deployFinalStatus } from './finalStatus';
import { statusReporter } from './statusReporter';

const SHA = 'abcdef1234567890abcdef1234567890abcdef12';
const OLD = '1234567aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const NEWER = 'def5678bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const REQUIRED = ['CI / all-required (push)'];
const SLUGS = ['hongming', 'acme', 'globex', 'initech', 'umbrella'];
const RUN_URL = 'https://git.example/molecule/platform/actions/runs/42';
const TOKEN = 'tok_5ecret5ecret5ecret';

async function deployWithStatuses(
  overrides: Partial<DeployInput> = {},
  options: { fail?: (index: number) => PortError | undefined; arrange?: (world: ReturnType<typeof fakeWorld>) => void } = {},
) {
  const world = fakeWorld({ sha: SHA, previousSha: OLD, slugs: SLUGS, required: REQUIRED });
  options.arrange?.(world);
  // One log for both sides: when each POST ended, when each CP request was sent.
  const order: string[] = [];
  const fake = fakeStatusPoster((_, index) => options.fail?.(index));
  const poster: FakeStatusPoster = {
    ...fake,
    postCommitStatus: (sha, status) =>
      new ResultAsync(
        (async () => {
          // A POST takes a few turns, as over the network: enough for a request sent meanwhile to be logged first.
          for (let turn = 0; turn < 5; turn += 1) await Promise.resolve();
          const answer = await fake.postCommitStatus(sha, status);
          order.push(`POST ${status.state} ended`);
          return answer;
        })(),
      ),
  };
  const controlPlane: ControlPlane = {
    requestRedeploy: (request, call) => {
      order.push(request.dry_run ? 'CP enumerate' : `CP redeploy ${request.only_slugs?.join('+')}`);
      return world.controlPlane.requestRedeploy(request, call);
    },
  };
  const events: DeployEvent[] = [];
  const input: DeployInput = {
    sha: SHA,
    requiredContexts: REQUIRED,
    canarySlug: 'hongming',
    batchSize: 2,
    soakSeconds: 1,
    pollIntervalSeconds: 1,
    timeoutSeconds: 5,
    verifyTimeoutSeconds: 5,
    verifyIntervalSeconds: 1,
    ...overrides,
  };
  const expected = input.expectedSha ?? SHA;
  const reporter = statusReporter(
    { sha: expected, targetUrl: RUN_URL, dryRun: input.dryRun ?? false, secrets: [TOKEN] },
    { poster, onEvent: (e) => events.push(e) },
  )._unsafeUnwrap();
  // Wired as the CLI wires it: the first pending through the hook, the rest through events.
  const result = await deploy(input, {
    statuses: world.gitea,
    branches: world.gitea,
    variables: world.gitea,
    controlPlane,
    tenants: world.tenants,
    clock: fakeClock(),
    onEvent: reporter.onEvent,
    beforeFirstChange: reporter.beforeFirstChange,
  });
  const report = result.isOk() ? result.value : result.error.report;
  const publication = (await reporter.finish(deployFinalStatus(report)))._unsafeUnwrap();
  return { world, poster: fake, order, report, publication, events, exitCode: report.outcome === 'failed' ? 1 : 0 };
}

describe('statusReporter: a deploy as a commit status', () => {
  it('posts pending before the canary, progress after the canary and every batch, then success, all linked to the run', async () => {
    const { poster, publication } = await deployWithStatuses();
    expect(poster.posted.map((s) => [s.state, s.description])).toEqual([
      ['pending', 'rolling staging-abcdef1: canary hongming'],
      ['pending', '1/5 tenants redeployed (canary hongming)'],
      ['pending', '3/5 tenants redeployed'],
      ['pending', '5/5 tenants redeployed'],
      ['pending', '5/5 tenants redeployed; verifying /buildinfo'],
      ['success', '5/5 tenants serve abcdef1'],
    ]);
    expect(poster.posted.every((s) => s.sha === SHA && s.context === 'Production deploy' && s.targetUrl === RUN_URL)).toBe(true);
    expect(publication).toEqual({ sha: SHA, context: 'Production deploy', posted: ['pending', 'pending', 'pending', 'pending', 'pending', 'success'], failed: 0 });
  });

  it('has the first pending POST ended before the first mutating control-plane request is sent', async () => {
    const { order } = await deployWithStatuses();
    expect(order.slice(0, 3)).toEqual(['CP enumerate', 'POST pending ended', 'CP redeploy hongming']);
  });

  it('still stops before any change when the live kill switch is armed after the pending: pending, then a warning', async () => {
    const { world, poster, order, report, exitCode } = await deployWithStatuses({}, { arrange: (w) => w.setVariable('true') });
    expect(report.outcome).toBe('skipped');
    expect(exitCode).toBe(0);
    expect(world.mutatingCalls()).toEqual([]);
    expect(order).toEqual(['CP enumerate', 'POST pending ended', 'POST warning ended']);
    expect(poster.posted.map((s) => s.state)).toEqual(['pending', 'warning']);
    expect(poster.posted[1]?.description).toMatch(/^kill switch armed/);
  });

  it('posts the first pending only once the gates passed: a failed context is one failure status, nothing pending', async () => {
    const { poster } = await deployWithStatuses({}, { arrange: (world) => world.setStatuses([{ id: 1, context: REQUIRED[0] as string, state: 'failure' }]) });
    expect(poster.posted.map((s) => s.state)).toEqual(['failure']);
    expect(poster.posted[0]?.description).toContain('is failure');
  });

  it('ends with a warning naming the newer commit when the run is superseded', async () => {
    const { poster, exitCode } = await deployWithStatuses({}, { arrange: (world) => world.setHead(NEWER) });
    expect(exitCode).toBe(0);
    expect(poster.posted.map((s) => [s.state, s.description])).toEqual([['warning', 'superseded by def5678: nothing was changed']]);
  });

  it('ends with a warning "kill switch armed" when the job-start switch is armed', async () => {
    const { poster } = await deployWithStatuses({ killSwitchValues: ['true'] });
    expect(poster.posted.map((s) => [s.state, s.description])).toEqual([['warning', 'kill switch armed: nothing was changed']]);
  });

  it('posts on the commit the fleet is rolled to for a manual rollback (lesson 11)', async () => {
    const { poster } = await deployWithStatuses({ eventName: 'workflow_dispatch', manualTargetTag: 'staging-1234567', expectedSha: OLD });
    expect(new Set(poster.posted.map((s) => s.sha))).toEqual(new Set([OLD]));
    expect(poster.posted[0]?.description).toBe('rolling staging-1234567: canary hongming');
    expect(poster.posted.at(-1)).toMatchObject({ state: 'success', description: '5/5 tenants serve 1234567' });
  });

  it('posts nothing for a dry run', async () => {
    const { poster, publication, order } = await deployWithStatuses({ dryRun: true });
    expect(poster.attempts).toEqual([]);
    expect(order.filter((line) => line.startsWith('POST'))).toEqual([]);
    expect(publication.posted).toEqual([]);
  });

  it('keeps the outcome when a POST fails: one warning, progress dropped, the verdict still tried', async () => {
    const refused: PortError = { kind: 'http', call: 'POST commit status', path: '/repos/o/r/statuses/x', status: 403 };
    const { poster, publication, report, events, exitCode, order } = await deployWithStatuses({}, { fail: (index) => (index === 0 ? refused : undefined) });
    expect(report.outcome).toBe('deployed');
    expect(order.slice(0, 3)).toEqual(['CP enumerate', 'POST pending ended', 'CP redeploy hongming']);
    expect(exitCode).toBe(0);
    expect(poster.attempts.map((s) => s.state)).toEqual(['pending', 'success']);
    expect(publication.failed).toBe(1);
    expect(publication.warning).toMatch(/commit status "Production deploy" not posted on abcdef1: POST commit status: HTTP 403/);
    expect(events.filter((e) => e.type === 'warning')).toHaveLength(1);
  });

  it('never puts a token, control characters or more than 140 characters in a description', async () => {
    const reason = `boom ${TOKEN} \u001b[2K\u001b[1A${'x'.repeat(300)}`;
    const { poster } = await deployWithStatuses(
      {},
      {
        arrange: (world) => world.setStatuses([{ id: 1, context: REQUIRED[0] as string, state: 'error', description: reason }]),
      },
    );
    const description = poster.posted[0]?.description ?? '';
    expect(description).not.toContain(TOKEN);
    expect(description).toContain('[redacted]');
    expect(description).not.toMatch(/[\u0000-\u001f]/);
    expect([...description].length).toBeLessThanOrEqual(140);
    expect(description.endsWith('…')).toBe(true);
  });

  it('refuses a short SHA, an empty context and a run URL with credentials before posting anything', () => {
    const poster = fakeStatusPoster();
    for (const bad of [{ sha: 'abc' }, { sha: SHA, context: ' ' }, { sha: SHA, targetUrl: 'https://user:pw@git.example/run' }]) {
      expect(statusReporter(bad, { poster }).isErr(), JSON.stringify(bad)).toBe(true);
    }
    expect(poster.attempts).toEqual([]);
  });
});
