// Builds every workspace in dependency order: each package's .d.ts build reads the
// already-built .d.ts of the packages it imports, so order matters.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { workspaces } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
for (const dir of workspaces) {
  const pkg = JSON.parse(readFileSync(new URL(`../${dir}/package.json`, import.meta.url), 'utf8'));
  if (!pkg.scripts?.build) continue;
  execFileSync('npm', ['run', 'build', '--silent', '-w', dir], { stdio: 'inherit' });
}
