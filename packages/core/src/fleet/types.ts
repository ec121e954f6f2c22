import type { z } from 'zod';
import type { AbortedError } from '../errors/aborted';
import type { InvalidInputError } from '../errors/input';
import type { PortError } from '../errors/transport';
import type { BranchSource, BuildInfoSource, Clock, CommitHistorySource, ControlPlane } from '../ports';
import type { CpHalt } from '../rollout/types';
import type { readFleetInputSchema } from './input';

/** What `readFleet` takes, typed from its schema. */
export type ReadFleetInput = z.input<typeof readFleetInputSchema>;

export interface ReadFleetDeps {
  readonly tenants: BuildInfoSource;
  readonly clock: Clock;
  /** Reads the branch head when `branch` is given; without it no commit is marked. */
  readonly branches?: BranchSource;
  /** With `branches`: the branch's recent history, to count how many commits each group is behind the head. */
  readonly history?: CommitHistorySource;
  /** Lists the tenants (a dry run) when `slugs` is not given. */
  readonly controlPlane?: ControlPlane;
  readonly signal?: AbortSignal;
}

/** One tenant: the commit it serves, or why that is not known. Exactly one of the two. */
export type FleetTenant = { readonly slug: string; readonly sha: string } | { readonly slug: string; readonly problem: string };

/** One commit the fleet runs, and who runs it. */
export interface FleetCommit {
  /** Lower-case, as served (full 40 hex from a correct `/buildinfo`). */
  readonly sha: string;
  readonly count: number;
  readonly slugs: readonly string[];
  /** Whether it is the branch head; absent when the head was not read. */
  readonly branchHead?: boolean;
  /**
   * Commits between it and the branch head (0: the head), when it is among the branch's last
   * `historyLimit` commits; absent otherwise (older, not on the branch, or no history read).
   */
  readonly behind?: number;
}

/** The branch whose head was compared, with its head or why it could not be read. */
export interface FleetBranch {
  readonly name: string;
  readonly head?: string;
  readonly problem?: string;
  /** How many of the branch's latest commits were read to count `behind` (absent: none were). */
  readonly historyRead?: number;
  /** Why the history could not be read (commits then carry no `behind`). */
  readonly historyProblem?: string;
}

/** What the fleet runs right now. Read-only: nothing was changed to learn it. */
export interface FleetSnapshot {
  /** In input order. */
  readonly tenants: readonly FleetTenant[];
  /** Largest first; ties in the order their first tenant was listed. */
  readonly commits: readonly FleetCommit[];
  /** Tenants with a `problem`. */
  readonly unreadable: number;
  readonly branch?: FleetBranch;
}

export type ReadFleetError =
  | InvalidInputError
  | AbortedError
  /** The control plane's dry run failed or answered something unusable: no tenant was read. */
  | { readonly kind: 'enumeration-failed'; readonly cause: PortError | CpHalt }
  | { readonly kind: 'fleet-empty' }
  /** Our own bug (or a clock whose `now()` throws): nothing is claimed about the fleet. */
  | { readonly kind: 'unexpected'; readonly message: string };
