import type { DeployEvent } from '@molecule/deploy-core';
import { describe, expect, it } from 'vitest';
import { controlFreeEvent } from './controlFreeEvent';

describe('controlFreeEvent', () => {
  it('passes an event with nothing to strip on as it is', () => {
    const event: DeployEvent = { type: 'tenant-verified', slug: 'acme', sha: 'a'.repeat(40), verified: 1, total: 2 };
    expect(controlFreeEvent(event)).toBe(event);
  });

  it('strips terminal control from any string of the event, in arrays too', () => {
    const event: DeployEvent = { type: 'batch-start', phase: 'canary', index: 1, total: 1, slugs: ['ok', 'a\x1b[2K\x1b[1Ab'] };
    expect(controlFreeEvent(event)).toEqual({ ...event, slugs: ['ok', 'ab'] });
  });

  it('strips a problem line from a tenant', () => {
    const event: DeployEvent = { type: 'tenant-problem', slug: 'acme', problem: 'serves \x9b2Kdev\r' };
    expect(controlFreeEvent(event)).toEqual({ type: 'tenant-problem', slug: 'acme', problem: 'serves dev' });
  });
});
