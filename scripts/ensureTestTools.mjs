// The first step of `npm test`: the OCI registry adapter is tested against a real distribution
// registry on 127.0.0.1 (Debian's docker-registry) with bcrypt basic auth (htpasswd, from
// apache2-utils). Those tests must fail, never skip, without the binaries — so the test command
// provisions them where it can (root with apt-get: installed once, quietly) and otherwise stops
// with ONE line naming the command to run, instead of nine identical test failures.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// Paths the real-registry tests start (packages/registry-adapter/src/oci/_testing/realRegistry.ts).
const TOOLS = [
  { binary: '/usr/bin/docker-registry', apt: 'docker-registry' },
  { binary: '/usr/bin/htpasswd', apt: 'apache2-utils' },
];

const missing = TOOLS.filter((tool) => !existsSync(tool.binary));
if (missing.length === 0) process.exit(0);

const packages = missing.map((tool) => tool.apt);
const command = `apt-get install -y --no-install-recommends ${packages.join(' ')}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');

if (!isRoot || !hasApt) {
  const how = hasApt ? `sudo ${command}` : `install ${packages.join(' ')} (Debian/Ubuntu package names) with your package manager`;
  console.error(`npm test: the real-registry tests need ${missing.map((t) => t.binary).join(' and ')}: run \`${how}\`, then npm test again.`);
  process.exit(1);
}

console.error(`npm test: installing ${packages.join(', ')} for the real-registry tests (once; apt-get as root)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
try {
  execFileSync('apt-get', ['update', '-qq'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { env, stdio: ['ignore', 'ignore', 'pipe'] });
} catch (error) {
  const detail = String(error?.stderr ?? error?.message ?? error)
    .trim()
    .split('\n')
    .pop();
  console.error(`npm test: could not install ${packages.join(', ')} (${detail}): run \`${command}\` by hand, then npm test again.`);
  process.exit(1);
}
const still = TOOLS.filter((tool) => !existsSync(tool.binary));
if (still.length > 0) {
  console.error(`npm test: ${still.map((t) => t.binary).join(' and ')} still missing after apt-get: run \`${command}\` and check the output.`);
  process.exit(1);
}
