import type { Result } from 'neverthrow';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { SelectTargetError, TargetSelection } from './types';
import { isValidImageTag, selectTarget } from './selectTarget';
import { badInput } from '../_testing/badInput';

const SHA = 'ABCDEF0123456789abcdef0123456789abcdef01';
const OLD = '1234567890abcdef1234567890abcdef12345678';

describe('isValidImageTag', () => {
  it.each(['staging-abcdef0', 'v1.2.3', '_x', 'a'.repeat(128), 'A_b.c-d'])('accepts %j', (tag) => {
    expect(isValidImageTag(tag)).toBe(true);
  });

  it.each(['', '-leading-dash', '.leading-dot', 'a'.repeat(129), 'has space', 'repo:tag', 'a/b', 'tag\n'])('refuses %j', (tag) => {
    expect(isValidImageTag(tag)).toBe(false);
  });
});

describe('selectTarget', () => {
  it('deploys staging-<sha7> of this commit by default, lower-cased', () => {
    const selection = selectTarget({ sha: SHA, eventName: 'push' })._unsafeUnwrap();

    expect(selection).toEqual({ targetTag: 'staging-abcdef0', expectedSha: SHA, source: 'commit', warnings: [] });
  });

  it.each([undefined, '', '   '])('treats a manual tag of %j as unset', (manualTargetTag) => {
    const selection = selectTarget({ sha: SHA, eventName: 'workflow_dispatch', manualTargetTag })._unsafeUnwrap();

    expect(selection).toMatchObject({ targetTag: 'staging-abcdef0', source: 'commit' });
    expect(selection.reminder).toBeUndefined();
  });

  it('ignores a manual tag on a push run, warning with its name and telling to clear it', () => {
    const selection = selectTarget({ sha: SHA, eventName: 'push', manualTargetTag: 'staging-1234567', expectedSha: OLD })._unsafeUnwrap();

    expect(selection).toMatchObject({ targetTag: 'staging-abcdef0', expectedSha: SHA, source: 'commit' });
    expect(selection.warnings[0]).toMatch(/PROD_MANUAL_REDEPLOY_TARGET_TAG.*ignored.*Clear PROD_MANUAL_REDEPLOY_TARGET_TAG/);
    expect(selection.warnings[1]).toMatch(/expected SHA .* ignored/);
    expect(selection.reminder).toBeUndefined();
  });

  it('names where the manual tag was set, and ignores it on push even if it is not a valid tag', () => {
    const selection = selectTarget({ sha: SHA, eventName: 'push', manualTargetTag: 'not a tag', manualTargetName: '--target-tag' })._unsafeUnwrap();

    expect(selection.targetTag).toBe('staging-abcdef0');
    expect(selection.warnings).toEqual([expect.stringMatching(/^--target-tag is set \(it is not even a valid image tag\) but ignored/)]);
    expect(selection.warnings[0]).not.toContain('not a tag');
  });

  it.each(['schedule', 'workflow_run', 'pull_request'])('ignores a forgotten manual tag on an automatic %s run too, naming the event (lesson 13)', (eventName) => {
    const selection = selectTarget({ sha: SHA, eventName, manualTargetTag: 'staging-1234567' })._unsafeUnwrap();

    expect(selection).toMatchObject({ targetTag: `staging-${SHA.slice(0, 7).toLowerCase()}`, expectedSha: SHA, source: 'commit' });
    expect(selection.warnings.join('\n')).toContain(`a ${eventName} run always deploys`);
  });

  it.each(['workflow_dispatch', undefined])('honours a staging-<hex> manual tag on %s runs and verifies its commit (lesson 11)', (eventName) => {
    const selection = selectTarget({ sha: SHA, eventName, manualTargetTag: ' staging-1234567890AB ' })._unsafeUnwrap();

    expect(selection).toMatchObject({ targetTag: 'staging-1234567890AB', expectedSha: '1234567890ab', source: 'manual', warnings: [] });
    expect(selection.reminder).toMatch(/PROD_MANUAL_REDEPLOY_TARGET_TAG.*clear it once the fleet is healthy/);
  });

  it('verifies a manual tag against an explicit expected SHA, which wins over the tag', () => {
    const plain = selectTarget({ sha: SHA, manualTargetTag: 'hotfix-2', expectedSha: OLD })._unsafeUnwrap();
    const mismatch = selectTarget({ sha: SHA, manualTargetTag: 'staging-abcdef0', expectedSha: OLD })._unsafeUnwrap();

    expect(plain).toMatchObject({ targetTag: 'hotfix-2', expectedSha: OLD, source: 'manual' });
    expect(mismatch.expectedSha).toBe(OLD);
    expect(mismatch.warnings).toEqual([expect.stringContaining('differs from the commit in the tag')]);
  });

  it('refuses a manual tag that is not staging-<hex> without an expected SHA, saying why', () => {
    const result = selectTarget({ sha: SHA, eventName: 'workflow_dispatch', manualTargetTag: 'hotfix-2' });

    expect(result._unsafeUnwrapErr()).toEqual({
      kind: 'invalid-input',
      operation: 'selectTarget',
      issues: [{ path: 'expectedSha', message: expect.stringContaining('which commit the fleet must serve') }],
    });
  });

  it.each(['staging-xyz1234', 'staging-abc12'])('needs an expected SHA for %s, which only looks like a staging tag', (manualTargetTag) => {
    const result = selectTarget({ sha: SHA, manualTargetTag });

    expect(result._unsafeUnwrapErr().issues).toEqual([expect.objectContaining({ path: 'expectedSha' })]);
  });

  it('refuses an invalid manual tag on a manual run, naming manualTargetTag', () => {
    const result = selectTarget({ sha: SHA, eventName: 'workflow_dispatch', manualTargetTag: 'bad tag', expectedSha: OLD });

    expect(result._unsafeUnwrapErr().issues).toEqual([expect.objectContaining({ path: 'manualTargetTag' })]);
  });

  it('uses an expected SHA without a manual tag when it names this commit', () => {
    const selection = selectTarget({ sha: SHA, expectedSha: 'abcdef0' })._unsafeUnwrap();

    expect(selection).toMatchObject({ targetTag: 'staging-abcdef0', expectedSha: SHA, source: 'commit' });
  });

  it('refuses an expected SHA of another commit without a manual tag: verification could only fail after the rollout', () => {
    const result = selectTarget({ sha: SHA, eventName: 'workflow_dispatch', expectedSha: OLD });

    expect(result._unsafeUnwrapErr().issues).toEqual([expect.objectContaining({ path: 'expectedSha' })]);
  });

  it.each([
    ['null', null, '(input)'],
    ['{}', {}, 'sha'],
    ['a bad sha', { sha: 'xyz' }, 'sha'],
    ['a bad expected SHA', { sha: SHA, manualTargetTag: 'hotfix', expectedSha: 'nope' }, 'expectedSha'],
    ['a tag that is not text', { sha: SHA, manualTargetTag: 7 }, 'manualTargetTag'],
  ])('refuses %s, naming the field', (_, bad, field) => {
    const result = selectTarget(badInput(bad));

    expect(result._unsafeUnwrapErr()).toMatchObject({ kind: 'invalid-input', operation: 'selectTarget' });
    expect(result._unsafeUnwrapErr().issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: field })]));
  });
});

describe('selectTarget: types', () => {
  it('returns a synchronous Result', () => {
    expectTypeOf(selectTarget).returns.toEqualTypeOf<Result<TargetSelection, SelectTargetError>>();
  });
});
