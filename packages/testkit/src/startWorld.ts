import { startServer, type Handler, type RunningServer } from './_internals/httpServer';
import { createRecorder } from './_internals/recorder';
import { PREVIOUS_SHA, stagingTag, WORLD_SHA } from './_internals/shas';
import { CANARY_SLUG, makeSlugs } from './_internals/slugs';
import { makeToken } from './_internals/tokens';
import { cpHandler } from './controlPlane/cpServer';
import { CpState } from './controlPlane/cpState';
import { worldEnv } from './env';
import { FleetState } from './fleet/fleetState';
import { tenantHandler } from './fleet/tenantServer';
import { giteaHandler } from './gitea/giteaServer';
import { GiteaState } from './gitea/giteaState';
import { happyStatusHistory, previousStatusHistory } from './gitea/seedStatuses';
import { createFaultTable } from './faults/faultTable';
import { getScenario } from './scenarios';
import type { World, WorldOptions } from './types';

const OWNER = 'molecule';
const REPO = 'platform';
const BRANCH = 'main';
/** Canaries with smoke-test admin tokens: two, so a token used on the wrong tenant can be caught. */
const CANARY_COUNT = 2;
const MAX_TENANTS = 100_000;

/**
 * Starts a simulated Gitea, control plane and tenant fleet, each on its own loopback port, arms the
 * scenario, and resolves with the world. Rejects (a `TypeError`) only for invalid options, or when a
 * server cannot listen; nothing is left running then.
 */
export async function startWorld(options: WorldOptions = {}): Promise<World> {
  const scenario = getScenario(options.scenario ?? 'happy');
  if (scenario === undefined) throw new TypeError(`startWorld: unknown scenario "${String(options.scenario)}"`);
  const count = options.tenants ?? 6;
  if (!Number.isInteger(count) || count < 1 || count > MAX_TENANTS) {
    throw new TypeError(`startWorld: tenants must be an integer from 1 to ${MAX_TENANTS}`);
  }
  const latencyMs = options.latencyMs ?? 0;
  if (!Number.isFinite(latencyMs) || latencyMs < 0) throw new TypeError('startWorld: latencyMs must be >= 0');
  const host = options.host ?? '127.0.0.1';
  if (host !== '127.0.0.1') throw new TypeError('startWorld: host must be 127.0.0.1');

  const slugs = makeSlugs(count);
  const tokens = {
    gitea: makeToken('gitea'),
    control: makeToken('control'),
    status: makeToken('status'),
    cp: makeToken('cp'),
    canaryAdmin: slugs.slice(0, CANARY_COUNT).map(() => makeToken('canary')),
  };
  const recorder = createRecorder();
  const fleet = new FleetState({
    slugs,
    initialImage: stagingTag(PREVIOUS_SHA),
    images: new Map([
      [stagingTag(WORLD_SHA), WORLD_SHA],
      [stagingTag(PREVIOUS_SHA), PREVIOUS_SHA],
    ]),
    adminTokens: tokens.canaryAdmin,
    latencyMs,
  });
  const cp = new CpState((slug) => fleet.get(slug));
  const faults = createFaultTable();

  const servers: RunningServer[] = [];
  const closeAll = async (): Promise<void> => {
    await Promise.all(servers.map((server) => server.close()));
  };
  try {
    // Gitea's status rows link to its own URL, so its routes are installed once the port is known.
    let giteaRoutes: Handler = () => ({ status: 503, text: 'starting' });
    const giteaServer = await startServer(
      'gitea',
      (exchange) => giteaRoutes(exchange),
      recorder,
      host,
      (x) => faults.decide('gitea', x.method, x.path, x.body),
    );
    servers.push(giteaServer);
    const gitea = new GiteaState({ serverUrl: giteaServer.url, owner: OWNER, repo: REPO, branch: BRANCH, head: WORLD_SHA, history: [PREVIOUS_SHA] });
    for (const row of happyStatusHistory()) gitea.statuses.add(WORLD_SHA, row.context, row.state, row.description);
    for (const row of previousStatusHistory()) gitea.statuses.add(PREVIOUS_SHA, row.context, row.state, row.description);
    giteaRoutes = giteaHandler(gitea, tokens);

    const knownSlugs = new Set(slugs);
    const cpServer = await startServer('cp', cpHandler({ cp, fleet, token: tokens.cp, allSlugs: slugs, knownSlugs, worldCanary: CANARY_SLUG }), recorder, host, (x) =>
      faults.decide('cp', x.method, x.path, x.body),
    );
    servers.push(cpServer);
    // One server for both: `/buildinfo` is the `tenant` service, every other route `smoke`.
    const tenantServer = await startServer('tenant', tenantHandler(fleet), recorder, host, (x) =>
      faults.decide(x.path.endsWith('/buildinfo') ? 'tenant' : 'smoke', x.method, x.path, x.body),
    );
    servers.push(tenantServer);

    const tenantUrlTemplate = `${tenantServer.url}/tenants/{slug}`;
    const apiUrl = `${giteaServer.url}/api/v1`;
    const world: World = {
      scenario,
      serverUrl: giteaServer.url,
      apiUrl,
      cpUrl: cpServer.url,
      tenantUrlTemplate,
      owner: OWNER,
      repo: REPO,
      branch: BRANCH,
      sha: WORLD_SHA,
      previousSha: PREVIOUS_SHA,
      slugs,
      tokens,
      env: () =>
        worldEnv({
          sha: WORLD_SHA,
          owner: OWNER,
          repo: REPO,
          branch: BRANCH,
          serverUrl: giteaServer.url,
          apiUrl,
          cpUrl: cpServer.url,
          tenantUrlTemplate,
          canarySlug: CANARY_SLUG,
          tokens,
          canaryUrls: tokens.canaryAdmin.map((_, i) => tenantUrlTemplate.replace('{slug}', slugs[i] as string)),
          ...(scenario.envOverrides === undefined ? {} : { overrides: scenario.envOverrides }),
        }),
      requests: recorder.requests,
      gitea: gitea.controls(),
      cp: cp.controls(),
      fleet: fleet.controls(),
      faults: faults.controls,
      close: closeAll,
    };
    scenario.setup(world);
    return world;
  } catch (error) {
    await closeAll();
    throw error;
  }
}
