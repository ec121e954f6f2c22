// `npm run check:packages`: lints every publishable package as npm would publish it: publint
// (strict: warnings count) and Are The Types Wrong (node16 CJS and ESM, and bundler resolution),
// plus the README and LICENSE every tarball must carry. One line per package; exit 1 on any problem.
// Run after `node scripts/build.mjs`: it packs what dist/ holds.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { packWorkspace, publishableWorkspaces, repoRoot } from './lib/packWorkspaces.mjs';

const REQUIRED_FILES = ['README.md', 'LICENSE', 'package.json'];
const attwBin = join(repoRoot, 'node_modules', '.bin', 'attw');
/** What `--profile node16` ignores. */
const IGNORED_RESOLUTIONS = new Set(['node10']);

async function publintProblems(tarball) {
  const bytes = readFileSync(tarball);
  const tarballBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const { messages, pkg } = await publint({ pack: { tarball: tarballBuffer }, strict: true, level: 'suggestion' });
  // Suggestions count too: a clean package has none, and a new one deserves a look.
  return messages.map((message) => `publint ${message.type}: ${formatMessage(message, pkg, { color: false })}`);
}

function attwProblems(tarball) {
  let output;
  try {
    output = execFileSync(attwBin, [tarball, '--profile', 'node16', '--format', 'json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    // attw exits 1 when it found problems and still prints its JSON; anything else is a crash.
    if (!error.stdout) return [`attw failed: ${String(error.stderr || error.message).trim()}`];
    output = error.stdout;
  }
  const { problems } = JSON.parse(output);
  const list = Array.isArray(problems) ? problems : Object.values(problems ?? {}).flat();
  // The JSON lists every resolution, including the ones the profile ignores (attw itself exits 0
  // on them): node10 predates `exports`, so a subpath such as `@molecule/deploy-core/constants`
  // cannot resolve there, and no supported consumer (Node ≥ 20, nodenext or bundler) uses it.
  return list
    .filter((problem) => !IGNORED_RESOLUTIONS.has(problem.resolutionKind))
    .map((problem) => {
      const where = [problem.entrypoint, problem.resolutionKind, problem.typesFileName ?? problem.fileName].filter(Boolean).join(', ');
      return `attw ${problem.kind}${where ? ` (${where})` : ''}`;
    });
}

const packDir = mkdtempSync(join(tmpdir(), 'molecule-check-packages-'));
let failed = 0;
try {
  for (const { dir, pkg } of publishableWorkspaces()) {
    const { tarball, files } = packWorkspace(dir, packDir);
    const problems = [
      ...REQUIRED_FILES.filter((file) => !files.includes(file)).map((file) => `tarball lacks ${file}`),
      ...(await publintProblems(tarball)),
      ...attwProblems(tarball),
    ];
    if (problems.length === 0) {
      console.log(`ok    ${pkg.name}: publint --strict clean, attw (node16 cjs/esm, bundler) clean, ${files.length} files`);
    } else {
      failed += 1;
      console.log(`FAIL  ${pkg.name}: ${problems.length} problem(s)`);
      for (const problem of problems) console.log(`        ${problem}`);
    }
  }
} finally {
  rmSync(packDir, { recursive: true, force: true });
}
console.log(failed === 0 ? 'check:packages: every package is clean' : `check:packages: ${failed} package(s) with problems`);
process.exitCode = failed === 0 ? 0 : 1;
