import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQuietEcrClient } from './createQuietEcrClient';

// The SDK remembers that it already warned; reset that flag so each test sees a first construction.
const sdkNotice = createRequire(import.meta.url)('@aws-sdk/core/client').state as { warningEmitted: boolean };
const nodeMajor = Number(process.versions.node.split('.')[0]);

afterEach(() => vi.restoreAllMocks());

describe('createQuietEcrClient', () => {
  it('constructs the client without printing the SDK notice about Node versions', () => {
    sdkNotice.warningEmitted = false;
    const emitWarning = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    createQuietEcrClient({ region: 'us-east-1' }).destroy();
    expect(emitWarning).not.toHaveBeenCalled();
    // On Node < 22 the SDK did try to warn: this test is not passing because nothing was said.
    if (nodeMajor < 22) expect(sdkNotice.warningEmitted).toBe(true);
  });

  it('puts process.emitWarning back, and lets unrelated warnings through', () => {
    const before = process.emitWarning;
    const emitWarning = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const spied = process.emitWarning;
    createQuietEcrClient({ region: 'us-east-1' }).destroy();
    expect(process.emitWarning).toBe(spied);
    process.emitWarning('something else');
    expect(emitWarning).toHaveBeenCalledWith('something else');
    vi.restoreAllMocks();
    expect(process.emitWarning).toBe(before);
  });
});
