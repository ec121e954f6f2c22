import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Why: esbuild decides which chunk a file goes to by the entry points that reach it, and an
 * `import { verifyFleetSha } from '@molecule/deploy-core'` reaches the barrel, which reaches every
 * module any command uses. So every command's chunk graph held every operation (deploy,
 * promotion, rollout, …) and `verify` parsed them all at start-up. Rewritten to import each name
 * from the module that defines it, a command reaches only the modules it uses. The sources keep
 * importing the package (its public surface); only the bundle sees the direct paths.
 */

/** Where a barrel's value export comes from: a module (absolute, without extension) and its name there. */
export interface ExportOrigin {
  readonly file: string;
  readonly name: string;
}

/** A specifier (`@molecule/deploy-core`) and the value exports of the barrel it names. */
export type Barrels = ReadonlyMap<string, ReadonlyMap<string, ExportOrigin>>;

const RE_EXPORT = /export\s+(type\s+)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"];?/g;
const COMMENT = /\/\*[\s\S]*?\*\/|\/\/[^\n]*/g;
const NAMED_IMPORT = /import\s+\{([^}]*)\}\s*from\s*['"]([^'"]+)['"];?/g;

interface Specifier {
  readonly typeOnly: boolean;
  readonly name: string;
  readonly alias: string;
}

function specifiers(list: string): Specifier[] {
  return list
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const typeOnly = /^type\s/.test(part);
      const [name = '', alias = name] = part.replace(/^type\s+/, '').split(/\s+as\s+/);
      return { typeOnly, name: name.trim(), alias: alias.trim() };
    });
}

function moduleFile(base: string): string | undefined {
  return [`${base}.ts`, `${base}/index.ts`].find((file) => existsSync(file));
}

/**
 * The value exports of a file made only of `export { … } from '…'` statements, each followed to
 * the module that defines it (through nested barrels). Undefined when the file defines anything
 * itself: such a file is not a barrel and its imports are left alone.
 */
export function readBarrel(file: string): Map<string, ExportOrigin> | undefined {
  const source = readFileSync(file, 'utf8');
  const rest = source.replace(COMMENT, '').replace(RE_EXPORT, '').trim();
  if (rest !== '') return undefined;
  const origins = new Map<string, ExportOrigin>();
  for (const [, typeExport, list = '', from = ''] of source.replace(COMMENT, '').matchAll(RE_EXPORT)) {
    if (typeExport || !from.startsWith('.')) continue;
    const base = resolve(dirname(file), from);
    const target = moduleFile(base);
    if (target === undefined) throw new Error(`direct-barrel-imports: ${file} re-exports from ${from}, which is not a .ts module`);
    const nested = readBarrel(target);
    for (const { typeOnly, name, alias } of specifiers(list)) {
      if (typeOnly) continue;
      origins.set(alias, nested?.get(name) ?? { file: target.replace(/\.ts$/, ''), name });
    }
  }
  return origins;
}

/**
 * Rewrites `import { a, b as c } from '<barrel>'` into one import per defining module. A name
 * the barrel does not export as a value fails the build: it would otherwise load the barrel
 * again, silently undoing the split. `import type` statements and type-only names are dropped
 * or kept as they are (they are erased either way).
 */
export function importDirectly(source: string, barrels: Barrels, importer: string): string {
  return source.replace(NAMED_IMPORT, (statement, list: string, from: string) => {
    const barrel = barrels.get(from);
    if (barrel === undefined || /^import\s+type\s/.test(statement)) return statement;
    const byFile = new Map<string, string[]>();
    for (const { typeOnly, name, alias } of specifiers(list)) {
      if (typeOnly) continue;
      const origin = barrel.get(name);
      if (origin === undefined) throw new Error(`direct-barrel-imports: ${importer} imports ${name} from ${from}, which does not export it as a value`);
      const names = byFile.get(origin.file) ?? [];
      names.push(origin.name === alias ? alias : `${origin.name} as ${alias}`);
      byFile.set(origin.file, names);
    }
    return [...byFile].map(([file, names]) => `import { ${names.join(', ')} } from ${JSON.stringify(file)};`).join(' ');
  });
}
