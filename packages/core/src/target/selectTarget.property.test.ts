import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shaMatches } from '../sha';
import { isValidImageTag, selectTarget } from './selectTarget';
import { badInput } from '../_testing/badInput';

const anySha = fc.stringMatching(/^[0-9a-fA-F]{7,40}$/);
/** What Actions may put in GITHUB_EVENT_NAME, plus unset and odd spellings. */
const eventName = fc.constantFrom(undefined, '', 'push', 'PUSH', 'workflow_dispatch', 'schedule', 'pull_request');
/** The events a person starts: only these may deploy a manual target (lesson 13). */
const nonPushEvent = fc.constantFrom(undefined, '', '  ', 'workflow_dispatch', 'WORKFLOW_DISPATCH');
/** Unset as Actions renders it: absent, empty or blank. */
const unsetTag = fc.constantFrom(undefined, '', '   ', '\n');

describe('selectTarget (property)', () => {
  it('without a manual tag deploys staging-<first 7 of the sha, lower case> and verifies the sha itself', () => {
    fc.assert(
      fc.property(anySha, eventName, unsetTag, (sha, event, tag) => {
        const result = selectTarget({ sha, eventName: event, manualTargetTag: tag });

        expect(result.isOk()).toBe(true);
        const target = result._unsafeUnwrap();
        expect(target.targetTag).toBe(`staging-${sha.slice(0, 7).toLowerCase()}`);
        expect(isValidImageTag(target.targetTag)).toBe(true);
        expect(shaMatches(target.expectedSha, sha)).toBe(true);
        expect(target.source).toBe('commit');
      }),
    );
  });

  it('on a push run ignores any manual tag (with a warning) and still deploys its own commit', () => {
    fc.assert(
      fc.property(anySha, anySha, fc.constantFrom('push', 'Push'), (sha, other, event) => {
        const target = selectTarget({ sha, eventName: event, manualTargetTag: `staging-${other}` })._unsafeUnwrap();

        expect(target.targetTag).toBe(`staging-${sha.slice(0, 7).toLowerCase()}`);
        expect(shaMatches(target.expectedSha, sha)).toBe(true);
        expect(target.warnings.length).toBeGreaterThan(0);
      }),
    );
  });

  it('a manual staging-<hex> tag on a manual run is deployed as given and verified against that hex', () => {
    fc.assert(
      fc.property(anySha, anySha, nonPushEvent, (sha, hex, event) => {
        const tag = `staging-${hex}`;
        const target = selectTarget({ sha, eventName: event, manualTargetTag: tag })._unsafeUnwrap();

        expect(target.targetTag).toBe(tag);
        expect(target.source).toBe('manual');
        expect(shaMatches(target.expectedSha, hex)).toBe(true);
        expect(target.reminder).toBeDefined();
      }),
    );
  });

  it('never echoes the manual tag value in a warning or reminder', () => {
    // A tag that cannot appear by chance in the fixed wording of the messages.
    const tag = fc.stringMatching(/^zz[A-Za-z0-9_.-]{6,40}$/);
    fc.assert(
      fc.property(anySha, tag, eventName, (sha, manual, event) => {
        const result = selectTarget({ sha, eventName: event, manualTargetTag: manual, expectedSha: sha });
        const text = result.isOk() ? [...result.value.warnings, result.value.reminder ?? ''].join('\n') : JSON.stringify(result.error);
        expect(text).not.toContain(manual);
      }),
    );
  });

  it('refuses, naming the field, any sha that is not 7 to 40 hex characters', () => {
    const badSha = fc.string({ maxLength: 45 }).filter((s) => !/^[0-9a-fA-F]{7,40}$/.test(s.trim()));
    fc.assert(
      fc.property(badSha, eventName, (sha, event) => {
        const result = selectTarget({ sha, eventName: event });

        expect(result.isErr()).toBe(true);
        expect(result._unsafeUnwrapErr().issues.map((issue) => issue.path)).toContain('sha');
      }),
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(() => selectTarget(badInput(input))).not.toThrow();
      }),
    );
  });
});

describe('isValidImageTag (property)', () => {
  it('accepts exactly Docker tag grammar: a word character first, then up to 127 of [A-Za-z0-9_.-]', () => {
    const unit = fc.constantFrom(...'aZ09_.-/: @');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 140 }), (tag) => {
        expect(isValidImageTag(tag)).toBe(/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(tag) && tag.length <= 128);
      }),
    );
  });

  it('accepts staging-<sha> for every SHA the pipeline accepts', () => {
    fc.assert(
      fc.property(anySha, (sha) => {
        expect(isValidImageTag(`staging-${sha}`)).toBe(true);
      }),
    );
  });
});
