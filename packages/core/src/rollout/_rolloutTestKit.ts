import { fakeClock } from '../_testing/fakeClock';
import { fakeControlPlane, type FakeControlPlaneOptions } from '../_testing/fakeControlPlane';
import type { DeployEvent } from '../events';
import { redeployFleet } from './redeployFleet';
import type { RedeployFleetDeps, RedeployFleetInput } from './types';

/** Shared by the rollout specs: a fake CP over a six-tenant fleet, a fake clock, recorded events. */
export const TAG = 'staging-abcdef1';
export const FLEET = ['acme', 'hongming', 'globex', 'initech', 'umbrella', 'hooli'];

export function setup(cpOptions: Partial<FakeControlPlaneOptions> = {}, deps: Partial<RedeployFleetDeps> = {}) {
  const controlPlane = fakeControlPlane({ fleet: FLEET, ...cpOptions });
  const clock = fakeClock();
  const events: DeployEvent[] = [];
  const run = (input: RedeployFleetInput) => redeployFleet(input, { controlPlane, clock, onEvent: (event) => events.push(event), ...deps });
  return { controlPlane, clock, events, run };
}

export const base = { targetTag: TAG, canarySlug: 'hongming', batchSize: 2, maxStragglers: 1 };
