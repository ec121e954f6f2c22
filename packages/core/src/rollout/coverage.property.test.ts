import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RedeployRow } from '../ports';
import { computeStragglers } from './coverage';

const SLUGS = ['hongming', 'acme', 'globex', 'initech', 'umbrella', 'hooli', 'tenant-7', 'tenant-8'] as const;

/** `true`, `false`, `null`, or the key left out (an older CP). */
const verified = fc.constantFrom<boolean | null | undefined>(true, false, null, undefined);

/** Every optional field may be left out; `undefined` here means the key is absent. */
function withoutAbsent(fields: Record<string, unknown>): RedeployRow {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as unknown as RedeployRow;
}

const row = fc
  .record({
    slug: fc.constantFrom(...SLUGS, 'not-enumerated'),
    phase: fc.constantFrom('canary', 'batch-1', 'batch-2'),
    ssmStatus: fc.constantFrom('Success', 'Failed', 'DryRun', 'InProgress', 'TimedOut'),
    ssmExitCode: fc.constantFrom<number | null | undefined>(0, 1, null, undefined),
    healthzOk: fc.constantFrom<boolean | null | undefined>(true, false, null, undefined),
    verifiedOnTarget: verified,
  })
  .map(withoutAbsent);

/**
 * The runbook's "verified and healthy", spelled out independently of the code: verified is
 * `true` or the key absent; healthy is a health check that did not fail, an SSM command that
 * neither failed nor was only planned (`Success`/`InProgress`), and an exit code of 0 if any.
 */
function landedHealthy(r: RedeployRow): boolean {
  const verifiedOk = r.verifiedOnTarget === true || r.verifiedOnTarget === undefined;
  const ssmOk = r.ssmStatus === 'Success' || r.ssmStatus === 'InProgress';
  const exitOk = r.ssmExitCode === undefined || r.ssmExitCode === null || r.ssmExitCode === 0;
  return verifiedOk && ssmOk && exitOk && r.healthzOk !== false;
}

/** Enumerations may repeat a slug (a CP bug must not double-count). */
const enumerated = fc.array(fc.constantFrom(...SLUGS), { maxLength: 12 });
const rows = fc.array(row, { maxLength: 20 });

/** The row the gate must trust for a slug: its last one. */
function latestRow(list: readonly RedeployRow[], slug: string): RedeployRow | undefined {
  return list.filter((r) => r.slug === slug).at(-1);
}

describe('computeStragglers (property)', () => {
  it('returns a subset of the enumerated slugs, each once, in enumeration order', () => {
    fc.assert(
      fc.property(enumerated, rows, (slugs, list) => {
        const stragglers = computeStragglers(slugs, list);
        const firstSeen = [...new Set(slugs)];

        expect(new Set(stragglers).size).toBe(stragglers.length);
        for (const slug of stragglers) expect(slugs).toContain(slug);
        expect(stragglers).toEqual(firstSeen.filter((slug) => stragglers.includes(slug)));
      }),
    );
  });

  it('never counts a slug whose latest row is verified (true or key absent) and healthy as a straggler', () => {
    fc.assert(
      fc.property(enumerated, rows, (slugs, list) => {
        const stragglers = computeStragglers(slugs, list);
        for (const slug of slugs) {
          const latest = latestRow(list, slug);
          if (latest !== undefined && landedHealthy(latest)) expect(stragglers).not.toContain(slug);
        }
      }),
    );
  });

  it('always counts a slug with no row, or whose latest row is unverified (false, null) or unhealthy', () => {
    fc.assert(
      fc.property(enumerated, rows, (slugs, list) => {
        const stragglers = computeStragglers(slugs, list);
        for (const slug of slugs) {
          const latest = latestRow(list, slug);
          if (latest === undefined || !landedHealthy(latest)) expect(stragglers).toContain(slug);
        }
      }),
    );
  });

  it('finds the same stragglers whatever order the enumeration is in', () => {
    const slugsAndPermutation = enumerated.chain((slugs) =>
      fc.tuple(fc.constant(slugs), fc.shuffledSubarray(slugs, { minLength: slugs.length, maxLength: slugs.length })),
    );
    fc.assert(
      fc.property(slugsAndPermutation, rows, ([slugs, shuffled], list) => {
        expect(new Set(computeStragglers(shuffled, list))).toEqual(new Set(computeStragglers(slugs, list)));
      }),
    );
  });

  it('with one row per slug, finds the same stragglers whatever order the rows are in', () => {
    const oneRowEach = fc
      .uniqueArray(row, { selector: (r) => r.slug, maxLength: SLUGS.length + 1 })
      .chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })));
    fc.assert(
      fc.property(enumerated, oneRowEach, (slugs, [list, shuffled]) => {
        expect(computeStragglers(slugs, shuffled)).toEqual(computeStragglers(slugs, list));
      }),
    );
  });

  it('ignores rows for slugs that were not enumerated', () => {
    fc.assert(
      fc.property(enumerated, rows, (slugs, list) => {
        expect(computeStragglers(slugs, list)).not.toContain('not-enumerated');
        const withoutStrangers = list.filter((r) => r.slug !== 'not-enumerated');
        expect(computeStragglers(slugs, withoutStrangers)).toEqual(computeStragglers(slugs, list));
      }),
    );
  });
});
