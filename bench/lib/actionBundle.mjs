// The action's committed bundle: the entry, what Node loads before the entry runs (its static
// imports, transitively), and where the AWS SDK lives.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../../packages/action/dist/', import.meta.url));
const ENTRY = 'index.mjs';
const STATIC_IMPORT = /^(?:import|export)\s[^;]*?from\s*"\.\/([^"]+)"|^import\s*"\.\/([^"]+)"/gm;

export function actionBundle() {
  const files = readdirSync(DIST);
  const text = (file) => readFileSync(join(DIST, file), 'utf8');
  const atStart = new Set();
  const pending = [ENTRY];
  while (pending.length > 0) {
    const file = pending.pop();
    if (atStart.has(file)) continue;
    atStart.add(file);
    for (const match of text(file).matchAll(STATIC_IMPORT)) pending.push(match[1] ?? match[2]);
  }
  const size = (file) => statSync(join(DIST, file)).size;
  const sum = (list) => list.reduce((total, file) => total + size(file), 0);
  const sdk = files.filter((file) => text(file).includes('@aws-sdk/'));
  return {
    path: `packages/action/dist/${ENTRY}`,
    entryBytes: size(ENTRY),
    files: files.length,
    totalBytes: sum(files),
    startFiles: atStart.size,
    startBytes: sum([...atStart]),
    sdkFiles: sdk.length,
    sdkBytes: sum(sdk),
    sdkLoadedAtStart: sdk.some((file) => atStart.has(file)),
    undici: files.some((file) => /undici/i.test(text(file))),
  };
}
