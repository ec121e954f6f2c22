import type { CommitStatus } from '../ports';
import { AMBIGUOUS, ambiguityOf, normaliseState, rowsById } from './ambiguity';
import type { ContextState } from './types';

/** The state reported for a required context no row has been seen for. */
export const MISSING = 'missing';

/**
 * Final failures (lesson 4): a re-run would post a new row with a higher id, so the gate
 * stops at once instead of waiting out the timeout. Both spellings of cancel(l)ed exist.
 */
export const TERMINAL_STATES: ReadonlySet<string> = new Set(['failure', 'error', 'cancelled', 'canceled', 'skipped']);

/** Only `success` satisfies a required context. */
export const SUCCESS = 'success';

/**
 * The newest row of each context, by highest `id` (lesson 2). Gitea lists newest first,
 * but re-runs, clock skew and pages shifting under a concurrent post make arrival order
 * meaningless, so order is never relied on.
 */
export function newestPerContext(rows: readonly CommitStatus[]): Map<string, CommitStatus> {
  const newest = new Map<string, CommitStatus>();
  for (const row of rows) {
    const current = newest.get(row.context);
    if (!current || row.id > current.id) newest.set(row.context, row);
  }
  return newest;
}

export interface RequiredContextsView {
  /** One entry per required context, in the order they were required. */
  readonly states: readonly ContextState[];
  /** The first required context (in required order) whose newest row is terminal. */
  readonly failed?: { readonly context: string; readonly state: string; readonly description?: string };
  readonly satisfied: number;
  readonly allSatisfied: boolean;
}

/**
 * What the rows say about the required contexts. Anything that is neither `success` nor
 * terminal — `pending`, `warning`, a state this code does not know, or no row at all —
 * keeps the gate shut and the wait going. `warning` in particular is a non-success that a
 * re-run may still replace; treating it as terminal would fail deploys Gitea itself does not
 * call failed, and treating it as success would let an unproven commit through. Waiting is
 * the one choice that never opens the gate wrongly: at worst it times out naming the state.
 * The same holds for a newest status that contradicts itself (`ambiguous`, with a reason).
 */
export function viewRequiredContexts(rows: readonly CommitStatus[], required: readonly string[]): RequiredContextsView {
  const newest = newestPerContext(rows);
  const byId = rowsById(rows);
  const states: ContextState[] = [];
  let failed: RequiredContextsView['failed'];
  let satisfied = 0;
  for (const context of required) {
    const row = newest.get(context);
    if (!row) {
      states.push({ context, state: MISSING });
      continue;
    }
    // An ambiguous newest status is neither success nor terminal: it holds the gate (ambiguity.ts).
    const ambiguity = ambiguityOf(row, byId);
    if (ambiguity !== undefined) {
      states.push({ context, state: AMBIGUOUS, id: row.id, reason: ambiguity });
      continue;
    }
    // Lower-cased again here: the adapter normalises, but a missed case must not turn `Failure` into "keep waiting".
    const state = normaliseState(row.state);
    states.push({ context, state, id: row.id });
    if (state === SUCCESS) satisfied += 1;
    else if (!failed && TERMINAL_STATES.has(state)) {
      failed = { context, state, ...(row.description ? { description: row.description } : {}) };
    }
  }
  return { states, ...(failed ? { failed } : {}), satisfied, allSatisfied: satisfied === required.length };
}
