// `npm run test:consumer`: do the packages work outside this repository? Packs every publishable
// package, installs the tarballs into a fresh project in the temp folder (no workspace links, no
// hoisted repo node_modules), typechecks an ESM (.mts) and a CommonJS (.cts) program under strict
// `module: nodenext`, runs both under node, and runs the packed CLI. Run after `node scripts/build.mjs`.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packWorkspace, publishableWorkspaces, repoRoot } from './lib/packWorkspaces.mjs';

const fixtures = join(repoRoot, 'scripts', 'consumer');
const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
const root = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));

const temp = realpathSync(mkdtempSync(join(tmpdir(), 'molecule-consumer-')));
if (temp.startsWith(repoRoot)) throw new Error(`temp folder ${temp} is inside the repository`);
const project = join(temp, 'project');
const tarballs = join(temp, 'tarballs');

// npm run exports its own npm_* settings (prefix, workspace context); the consumer's npm must see none of them.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) || /^npm_config_(cache|userconfig|registry)$/i.test(key)));

function run(command, args, options = {}) {
  return execFileSync(command, args, { cwd: project, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

const results = [];
let reachedEnd = false; // a step that never ran (setup failed) must not read as a pass
function step(name, action) {
  const started = Date.now();
  try {
    const detail = action();
    results.push({ name, ok: true, detail, seconds: (Date.now() - started) / 1000 });
    return true;
  } catch (error) {
    const output = [error.stdout, error.stderr].filter(Boolean).join('\n').trim() || String(error.message ?? error);
    results.push({ name, ok: false, detail: output.split('\n').slice(-25).join('\n'), seconds: (Date.now() - started) / 1000 });
    return false;
  }
}

function cleanUp() {
  rmSync(temp, { recursive: true, force: true });
}
process.once('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

const packages = publishableWorkspaces();
const cli = packages.find(({ pkg }) => pkg.bin?.['molecule-deploy']);
try {
  mkdirSync(project);
  mkdirSync(tarballs);
  const tgzs = [];
  const ready =
    step('pack', () => {
      for (const { dir } of packages) tgzs.push(packWorkspace(dir, tarballs).tarball);
      return `${tgzs.length} tarballs`;
    }) &&
    step('install', () => {
      writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true }, null, 2)}\n`);
      const neverthrow = packages.find(({ pkg }) => pkg.peerDependencies?.neverthrow).pkg.peerDependencies.neverthrow;
      const extras = [`neverthrow@${neverthrow}`, `@types/node@${root.devDependencies['@types/node']}`];
      run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', ...tgzs, ...extras], {
        timeout: 150_000,
      });
      return `${tgzs.length} packages + ${extras.join(', ')}`;
    }) &&
    step('typecheck (tsc, module nodenext, strict)', () => {
      mkdirSync(join(project, 'src'));
      copyFileSync(join(fixtures, 'tsconfig.json'), join(project, 'tsconfig.json'));
      copyFileSync(join(fixtures, 'esm.mts'), join(project, 'src', 'esm.mts'));
      copyFileSync(join(fixtures, 'cjs.cts'), join(project, 'src', 'cjs.cts'));
      run(process.execPath, [tsc, '-p', 'tsconfig.json']);
      return `TypeScript ${JSON.parse(readFileSync(join(repoRoot, 'node_modules/typescript/package.json'), 'utf8')).version}`;
    });
  if (ready) {
    step('run ESM (import)', () => run(process.execPath, ['out/esm.mjs']).trim());
    step('run CJS (require)', () => run(process.execPath, ['out/cjs.cjs']).trim());
    // Node 20.0 to 20.18 cannot require() an ES module. Node 20.19+ can, so a plain require() above
    // proves nothing for them: switching that off tells whether a package's CommonJS build reaches an
    // ESM-only dependency, i.e. whether its `engines` may say ">=20" or must say ">=20.19".
    step('require() without require(esm), as on Node < 20.19', () => {
      const notes = [];
      for (const { pkg } of packages) {
        const claimsAnyNode20 = pkg.engines?.node === '>=20';
        try {
          run(process.execPath, ['--no-experimental-require-module', '-e', `require(${JSON.stringify(pkg.name)})`]);
          if (!claimsAnyNode20) notes.push(`${pkg.name} loads: its engines "${pkg.engines?.node}" could say ">=20"`);
        } catch (error) {
          if (claimsAnyNode20) throw new Error(`${pkg.name} declares engines ">=20" but its require() needs require(esm):\n${error.stderr}`);
        }
      }
      return notes.length === 0 ? 'every engines.node holds' : notes.join('; ');
    });
    step('npx molecule-deploy --version', () => {
      const printed = run('npx', ['--no', '--', 'molecule-deploy', '--version']).trim();
      if (!printed.includes(cli.pkg.version)) throw new Error(`printed "${printed}", expected ${cli.pkg.version}`);
      return printed;
    });
    reachedEnd = true;
  }
} finally {
  cleanUp();
}

console.log('consumer test (packed tarballs, installed outside the repository):');
for (const { name, ok, detail, seconds } of results) {
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${name} (${seconds.toFixed(1)}s)${ok && detail ? `: ${detail}` : ''}`);
  if (!ok) console.log(detail.replace(/^/gm, '        '));
}
const failed = results.filter(({ ok }) => !ok).length;
const passed = reachedEnd && failed === 0;
console.log(passed ? 'test:consumer: passed' : 'test:consumer: FAILED');
process.exitCode = passed ? 0 : 1;
