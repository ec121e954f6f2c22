// Fixed commits: scenario env overrides (e.g. the rollback tag) must be known before a world starts,
// and fixed values make failures reproducible.

/** The commit every world deploys. */
export const WORLD_SHA = '3c9f1e27ab4d5086c1f2e3d4a5b6c7d8e9f0a1b2';
/** What every fleet runs at start. */
export const PREVIOUS_SHA = '8b41d0c3e5f7a9b1c3d5e7f9a1b3c5d7e9f1a3b5';
/** A later push on the same branch (the superseded scenario's head). */
export const NEWER_SHA = 'd7e2a4c6e8f0a2c4e6f8a0c2e4f6a8c0e2f4a6c8';

export function sha7(sha: string): string {
  return sha.slice(0, 7).toLowerCase();
}

/** The image tag CI publishes for a commit. */
export function stagingTag(sha: string): string {
  return `staging-${sha7(sha)}`;
}
