// Shared by checkPackages.mjs and consumerTest.mjs: both judge the tarballs npm would publish,
// not the working tree, so a file missing from `files` shows up exactly as a user would see it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** Every workspace npm would publish (`private` ones, like the action, are skipped). */
export function publishableWorkspaces() {
  return readJson(join(repoRoot, 'package.json'))
    .workspaces.map((dir) => ({ dir: join(repoRoot, dir), pkg: readJson(join(repoRoot, dir, 'package.json')) }))
    .filter(({ pkg }) => !pkg.private);
}

/**
 * `npm pack` one workspace into `destination`. Scripts are skipped: packing must not rebuild
 * (the build is its own step), only package what is there.
 * @returns the tarball's path and the paths inside it
 */
export function packWorkspace(dir, destination) {
  const output = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [packed] = JSON.parse(output);
  return { tarball: join(destination, packed.filename), files: packed.files.map((file) => file.path) };
}
