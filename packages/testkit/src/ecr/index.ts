// A fake Amazon ECR endpoint for tests of the ECR registry adapter and of promotion flows.
// The lead re-exports this from the testkit's barrel.

export { startFakeEcr } from './startFakeEcr';
export type { FakeEcr, FakeEcrOptions, FakeEcrRequest } from './startFakeEcr';
export type { EcrFaultControls, EcrFaultSpec } from './ecrFaults';
export type { FakeEcrImage, FakeEcrRepository } from './ecrState';
export { digestOf as ecrDigestOf } from './ecrState';
