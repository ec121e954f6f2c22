// The public surface of @molecule/deploy-fleet.

export { createControlPlaneClient, REDEPLOY_PATH } from './createControlPlaneClient';
export type { ControlPlaneClientOptions } from './createControlPlaneClient';
export { createBuildInfoReader } from './createBuildInfoReader';
export type { BuildInfoReaderOptions } from './createBuildInfoReader';
export { createSmokeClient } from './smoke/createSmokeClient';
export type { SmokeClientOptions } from './smoke/createSmokeClient';
