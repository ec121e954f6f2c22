import type { RedeployFleetDeps } from './types';

// `redeployFleet` never throws or rejects. These two cover what its guards cannot: deps
// that are not there at all (a TypeError before the first call), and the last-resort
// message for anything that still throws mid-rollout.

/** The first dependency that is missing or unusable, as a field path, or undefined. */
export function missingDependency(deps: RedeployFleetDeps): string | undefined {
  if (!isRecord(deps)) return 'deps';
  if (!isRecord(deps.controlPlane) || typeof deps.controlPlane.requestRedeploy !== 'function') return 'deps.controlPlane';
  if (!isRecord(deps.clock) || typeof deps.clock.sleep !== 'function') return 'deps.clock';
  return undefined;
}

/** Longest message kept from a thrown value: it may be anything, and it ends up in reports. */
const MAX_THROWN_MESSAGE = 300;

/** A thrown value's message (already made safe by `runOperation`) as one bounded sentence. */
export function describeThrown(message: string): string {
  const clipped = message.length > MAX_THROWN_MESSAGE ? `${message.slice(0, MAX_THROWN_MESSAGE)}…` : message;
  return `the rollout failed unexpectedly: ${clipped}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
