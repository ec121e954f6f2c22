import type { z } from 'zod';
import type { InvalidInputError } from '../errors/input';
import type { selectTargetInputSchema } from './selectTarget';

/** What `selectTarget` takes, typed from its schema. */
export type SelectTargetInput = z.input<typeof selectTargetInputSchema>;

export interface TargetSelection {
  readonly targetTag: string;
  /** What the fleet must serve from `/buildinfo` (lesson 11). */
  readonly expectedSha: string;
  readonly source: 'commit' | 'manual';
  /** Warnings for the log (e.g. a manual tag ignored on a push run). */
  readonly warnings: readonly string[];
  /** For manual runs: the reminder to clear the variable once the fleet is healthy. */
  readonly reminder?: string;
}

export type SelectTargetError = InvalidInputError;
