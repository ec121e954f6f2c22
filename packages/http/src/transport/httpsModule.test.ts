import https from 'node:https';
import { afterEach, describe, expect, it, vi } from 'vitest';

const original = process.getBuiltinModule;
afterEach(() => {
  Object.defineProperty(process, 'getBuiltinModule', { value: original, configurable: true, writable: true });
});

describe('httpsModule', () => {
  it('gives node:https', async () => {
    vi.resetModules();
    const { httpsModule } = await import('./httpsModule');
    expect(httpsModule()).toBe(https);
  });

  it('gives node:https on a Node without process.getBuiltinModule (before 20.16)', async () => {
    vi.resetModules();
    Object.defineProperty(process, 'getBuiltinModule', { value: undefined, configurable: true, writable: true });
    const { httpsModule } = await import('./httpsModule');
    expect(httpsModule()).toBe(https);
  });
});
