import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CommitStatus } from '../ports';
import { newestPerContext, TERMINAL_STATES, viewRequiredContexts } from './contextSelection';

const CONTEXTS = ['ci/test', 'ci/lint', 'secret-scan', 'deploy/preview', 'CI/test'] as const;
/** Known states in odd spellings too, and states this code does not know. */
const STATES = ['success', 'Success', ' SUCCESS ', 'pending', 'warning', 'failure', 'error', 'cancelled', 'canceled', 'skipped', 'Failure', 'queued'];

/**
 * Status rows as Gitea lists them: ids unique per repository (a re-run posts a new, higher
 * id), contexts repeated, arrival order arbitrary.
 */
const rows = fc
  .uniqueArray(fc.integer({ min: 1, max: 1_000_000 }), { maxLength: 40 })
  .chain((ids) => fc.tuple(...ids.map((id) => fc.record({ id: fc.constant(id), context: fc.constantFrom(...CONTEXTS), state: fc.constantFrom(...STATES) }))))
  .map((list): CommitStatus[] => list);

/** The rows and the same rows in another order. */
const rowsAndPermutation = rows.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })));

const required = fc.uniqueArray(fc.constantFrom(...CONTEXTS), { minLength: 1 });

function maxIdRow(list: readonly CommitStatus[], context: string): CommitStatus | undefined {
  let best: CommitStatus | undefined;
  for (const row of list) if (row.context === context && (!best || row.id > best.id)) best = row;
  return best;
}

describe('newestPerContext (property)', () => {
  it('chooses, for every context, the row with the highest id', () => {
    fc.assert(
      fc.property(rows, (list) => {
        const newest = newestPerContext(list);
        const contexts = new Set(list.map((row) => row.context));

        expect(new Set(newest.keys())).toEqual(contexts);
        for (const context of contexts) expect(newest.get(context)).toBe(maxIdRow(list, context));
      }),
    );
  });

  it('chooses the same rows whatever order the rows arrive in', () => {
    fc.assert(
      fc.property(rowsAndPermutation, ([list, shuffled]) => {
        const a = newestPerContext(list);
        const b = newestPerContext(shuffled);

        expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
        for (const [context, row] of a) expect(b.get(context)).toBe(row);
      }),
    );
  });
});

describe('viewRequiredContexts (property)', () => {
  it('gives the same view whatever order the rows arrive in', () => {
    fc.assert(
      fc.property(rowsAndPermutation, required, ([list, shuffled], contexts) => {
        expect(viewRequiredContexts(shuffled, contexts)).toEqual(viewRequiredContexts(list, contexts));
      }),
    );
  });

  it('satisfies a required context exactly when its highest-id row says success', () => {
    fc.assert(
      fc.property(rows, required, (list, contexts) => {
        const view = viewRequiredContexts(list, contexts);
        const satisfied = contexts.filter((context) => maxIdRow(list, context)?.state.trim().toLowerCase() === 'success');

        expect(view.states.map((state) => state.context)).toEqual(contexts);
        contexts.forEach((context, i) => {
          const newest = maxIdRow(list, context);
          expect(view.states[i]?.state === 'success').toBe(satisfied.includes(context));
          expect(view.states[i]?.id).toBe(newest?.id);
        });
        expect(view.satisfied).toBe(satisfied.length);
        expect(view.allSatisfied).toBe(satisfied.length === contexts.length);
      }),
    );
  });

  it('an older success never hides a newer failure, and an older failure never blocks a newer success', () => {
    fc.assert(
      fc.property(rows, required, (list, contexts) => {
        const view = viewRequiredContexts(list, contexts);
        const firstTerminal = contexts.find((context) => {
          const state = maxIdRow(list, context)?.state.trim().toLowerCase();
          return state !== undefined && TERMINAL_STATES.has(state);
        });

        expect(view.failed?.context).toBe(firstTerminal);
        if (view.allSatisfied) expect(view.failed).toBeUndefined();
      }),
    );
  });

  it('never satisfies a required context that has no row', () => {
    fc.assert(
      fc.property(rows, required, (list, contexts) => {
        const present = new Set(list.map((row) => row.context));
        const view = viewRequiredContexts(list, contexts);

        for (const state of view.states) if (!present.has(state.context)) expect(state.state).toBe('missing');
        if (contexts.some((context) => !present.has(context))) expect(view.allSatisfied).toBe(false);
      }),
    );
  });
});
