import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Options } from 'tsup';
import { noZodJsonSchema, noZodLocales } from '../../../scripts/lib/bundleOptions';
import { lazyCommanderChildProcess } from './lazyCommanderChildProcess';
import { zodNamespaceImport } from './zodNamespaceImport';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * Why CommonJS, one file per command: a start of `molecule-deploy` is mostly Node loading code,
 * and an ES module entry first sets up Node's ESM loader (~10 ms), then pays for every file it
 * links (~0.5 ms each: `verify` linked 41 chunks). Here `--help` reads one file (cli/bin.cjs), and a
 * command two: cli/bin.cjs and cli/command-<name>.cjs (its configuration, core operation, adapters
 * and zod, nothing of the other commands). What a command loads only on some paths is a file of
 * its own, required when needed: commander (usage errors, a command's help), the terminal's live
 * view, the standalone commands and the drill. Bundles share no code at run time: each holds
 * its own copy of what it uses, and hands the next only plain values and callbacks.
 */

// tsup runs in packages/cli (as the other paths of its configuration assume).
const src = (path: string) => resolve('src', path);

/** Files loaded on some paths only, each bundled alone and required by its name. */
const SEPARATE: Readonly<Record<string, string>> = {
  commanderProgram: src('argv/commanderProgram.ts'),
  liveView: src('render/liveView.ts'),
  standalone: src('commands/standalone.ts'),
  runDrill: src('drill/runDrill.ts'),
};

/** Each configured command and the module its registry entry loads (`load: async () => (await import('./x'))…`). */
export function commandModules(): Map<string, string> {
  const registry = readFileSync(src('commands/index.ts'), 'utf8');
  const modules = new Map<string, string>();
  for (const [, name = '', module = ''] of registry.matchAll(/^ {2}'?([a-z-]+)'?: configured<\w+>\(\{[\s\S]*?load: async \(\) => \(await import\('\.\/(\w+)'\)\)/gm)) {
    modules.set(name, src(`commands/${module}.ts`));
  }
  if (modules.size < 10) throw new Error(`bin bundles: read ${modules.size} configured commands from commands/index.ts; the registry changed shape`);
  return modules;
}

function resolved(from: string, path: string): string | undefined {
  const base = resolve(from, path);
  return [base, `${base}.ts`, `${base}/index.ts`].find((file) => file.endsWith('.ts') && existsSync(file));
}

/**
 * Decides every `import()` in the workspace's sources for one bundle: bundled in, what this
 * bundle runs (a command bundle its own command module; the drill every command); a sibling
 * file, the separately bundled ones; an `unreachable-*` name that is never required, a command
 * module this bundle cannot reach at run time (the registry names every command; only the
 * bin's per-command require runs).
 * Anything else fails the build, so a new lazy import is a decision, not an accident.
 */
function dynamicImports(bundle: { readonly entry: string; readonly inlineCommands: ReadonlySet<string> }, commands: ReadonlySet<string>): EsbuildPlugin {
  return {
    name: 'bin-dynamic-imports',
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind !== 'dynamic-import' || !/[\\/]packages[\\/][^\\/]+[\\/]src[\\/]/.test(args.importer)) return undefined;
        if (args.path === '@molecule/deploy-registry') return undefined; // the AWS SDK goes with the image commands
        const target = resolved(dirname(args.importer), args.path);
        if (target === undefined) return { errors: [{ text: `bin bundles: cannot resolve import('${args.path}') in ${args.importer}` }] };
        const separate = Object.entries(SEPARATE).find(([, file]) => file === target)?.[0];
        if (separate !== undefined) return target === bundle.entry ? undefined : { path: `./${separate}.cjs`, external: true };
        if (commands.has(target)) return bundle.inlineCommands.has(target) ? undefined : { path: `./unreachable-${target.replace(/.*[\\/]/, '')}.cjs`, external: true };
        if (/[\\/]completion[\\/]/.test(target)) return undefined;
        return { errors: [{ text: `bin bundles: import('${args.path}') in ${args.importer} has no bundle: add it to build/binBundles.ts` }] };
      });
    },
  };
}

/**
 * bin.cjs loads a configured command with `loadCommandRun(name)`: in the sources two
 * `import()`s (runCommand and the command's module), here one sibling file per command.
 */
const commandRequire: EsbuildPlugin = {
  name: 'command-require',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]commandRun\.ts$/ }, () => ({
      // A path esbuild cannot read ahead: it would try to bundle `'./command-' + name` itself.
      contents:
        "import { join } from 'node:path'; export function loadCommandRun(name) { return Promise.resolve().then(() => require(join(__dirname, 'command-' + name + '.cjs')).runCommand); }",
      loader: 'js',
    }));
  },
};

export function binBundles(): Options[] {
  const modules = commandModules();
  const commandFiles = new Set(modules.values());
  const options = (name: string, entry: string, inlineCommands: ReadonlySet<string>, extra: EsbuildPlugin[] = []): Options => ({
    entry: { [name]: entry },
    outDir: 'dist/cli',
    format: ['cjs'],
    outExtension: () => ({ js: '.cjs' }),
    platform: 'node',
    target: 'node20',
    tsconfig: '../../tsconfig.json',
    noExternal: [/.*/],
    splitting: false,
    // An external `import()` becomes a `require()` of the sibling file (no ESM loader).
    esbuildOptions(esbuild) {
      esbuild.supported = { ...esbuild.supported, 'dynamic-import': false };
    },
    // `extra` first: esbuild takes the first onLoad that answers, and zodNamespaceImport answers for every source
    // that imports zod.
    esbuildPlugins: [...extra, noZodLocales, noZodJsonSchema, zodNamespaceImport, lazyCommanderChildProcess, dynamicImports({ entry, inlineCommands }, commandFiles)],
    sourcemap: false,
    dts: false,
    clean: false,
    shims: false,
    silent: true,
  });
  return [
    options('bin', src('bin.ts'), new Set(), [commandRequire]),
    ...Object.entries(SEPARATE).map(([name, entry]) => options(name, entry, name === 'runDrill' ? commandFiles : new Set())),
    ...[...modules].map(([command, module]) => options(`command-${command}`, src('runCommand.ts'), new Set([module]))),
  ];
}
