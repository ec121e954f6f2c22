// The public surface of @molecule/deploy-gitea.

export { createGiteaClient } from './createGiteaClient';
export type { GiteaClient, GiteaClientOptions } from './createGiteaClient';
export { resolveGiteaApiUrl } from './resolveGiteaApiUrl';
export { statusRowSchema, statusPageSchema } from './schemas';
export { createStatusPoster } from './createStatusPoster';
export type { StatusPosterOptions } from './createStatusPoster';
