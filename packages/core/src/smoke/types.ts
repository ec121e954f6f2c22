import type { z } from 'zod';
import type { AbortedError } from '../errors/aborted';
import type { InvalidInputError } from '../errors/input';
import type { DeployEventListener } from '../events';
import type { Clock, SmokeHttp } from '../ports';
import type { runSmokeInputSchema } from './input';

/** One canary tenant and its own admin token: the token is only ever sent to this URL. */
export interface Canary {
  /** Absolute https base URL (http only on loopback), e.g. `https://hongming.moleculesai.app`. */
  readonly url: string;
  readonly token: string;
}

/** What `runSmoke` takes, typed from its schema. */
export type RunSmokeInput = z.input<typeof runSmokeInputSchema>;

export interface RunSmokeDeps {
  readonly smoke: SmokeHttp;
  readonly clock: Clock;
  /**
   * The unique part of each memory probe (`probe-<random()>`). Must be URL-safe text.
   * @default clock time and a counter, in base 36
   */
  readonly random?: () => string;
  readonly onEvent?: DeployEventListener;
  readonly signal?: AbortSignal;
}

/** The five checks of the canary smoke suite (control-plane.md). */
export type SmokeCheckName = 'liveness' | 'workspaces' | 'memory-round-trip' | 'events' | 'auth-gate';

export interface SmokeCheckResult {
  readonly check: SmokeCheckName;
  readonly passed: boolean;
  /** Short and safe: `ok`, `expected 401, got 200`, `no subsystems map`; never a body or a token. */
  readonly reason: string;
}

export interface CanarySmoke {
  readonly url: string;
  readonly checks: readonly SmokeCheckResult[];
}

export interface SmokeReport {
  /** Every check of every canary passed. */
  readonly green: boolean;
  readonly canaries: readonly CanarySmoke[];
}

/** A red suite is an `ok` report (`green: false`): errors are for bad input and abort only. */
export type RunSmokeError = InvalidInputError | AbortedError;
