import type { z } from 'zod';
import type { AbortedError } from '../errors/aborted';
import type { InvalidInputError } from '../errors/input';
import type { PortError } from '../errors/transport';
import type { DeployEventListener } from '../events';
import type { BranchSource, VariableSource } from '../ports';
import type { resolveKillSwitchInputSchema } from './killSwitch';
import type { checkSupersededInputSchema } from './superseded';

type ResolveKillSwitchFields = z.input<typeof resolveKillSwitchInputSchema>;

/**
 * What `resolveKillSwitch` takes, typed from its schema; it must state something about the
 * switch: the job-start values (`[]` when unset), or `live: true`, or both.
 */
export type ResolveKillSwitchInput = ResolveKillSwitchFields &
  ({ readonly jobStartValues: NonNullable<ResolveKillSwitchFields['jobStartValues']> } | { readonly live: true });

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

/** What `checkSuperseded` takes, typed from its schema. */
export type CheckSupersededInput = z.input<typeof checkSupersededInputSchema>;

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
