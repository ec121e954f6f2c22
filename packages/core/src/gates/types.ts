import type { AbortedError, InvalidInputError } from '../errors/input';
import type { PortError } from '../errors/transport';
import type { DeployEventListener } from '../events';
import type { BranchSource, VariableSource } from '../ports';

export interface ResolveKillSwitchInput {
  /** `PROD_AUTO_DEPLOY_DISABLED` as the job saw it at start (repository variable and/or secret). */
  readonly jobStartValues?: readonly (string | undefined | null)[];
  /** When true, read the live Actions variable (needs `deps.variables`). */
  readonly live?: boolean;
  /** @default 'PROD_AUTO_DEPLOY_DISABLED' */
  readonly variableName?: string;
}

export interface ResolveKillSwitchDeps {
  /** Reader of the live Actions variable (the control token); absent when no such token is configured. */
  readonly variables?: VariableSource;
  readonly onEvent?: DeployEventListener;
  readonly signal?: AbortSignal;
}

export interface KillSwitchState {
  readonly armed: boolean;
  /** Which reading armed it (or `none`). */
  readonly source: 'job-start' | 'live-variable' | 'none';
  /** Whether the live variable was actually read. */
  readonly liveChecked: boolean;
  /** A sentence for logs and reports. */
  readonly detail: string;
}

export type ResolveKillSwitchError =
  | InvalidInputError
  | AbortedError
  /** Lesson 5: anything but a 404 means the switch cannot be proven off: hold the deploy. */
  | { readonly kind: 'kill-switch-unreadable'; readonly variableName: string; readonly cause: PortError };

export interface CheckSupersededInput {
  readonly sha: string;
  /** @default 'main' */
  readonly branch?: string;
}

export interface CheckSupersededDeps {
  readonly branches: BranchSource;
  readonly onEvent?: DeployEventListener;
  readonly signal?: AbortSignal;
}

export interface SupersededCheck {
  readonly superseded: boolean;
  /** The branch head, when it could be read. */
  readonly head?: string;
  readonly detail: string;
}

export type CheckSupersededError = InvalidInputError | AbortedError;
