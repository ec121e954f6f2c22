import { type Document, isAlias, isMap, isScalar, isSeq, type LineCounter, type Pair, type YAMLMap } from 'yaml';

/** A parsed file: its document, and where each offset is (for findings). */
export interface ParsedFile {
  readonly path: string;
  readonly text: string;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
}

export interface Position {
  readonly line: number;
  readonly column: number;
}

/** 1-based line and column of a character offset. */
export function positionAt(file: ParsedFile, offset: number): Position {
  const { line, col } = file.lines.linePos(offset);
  return { line, column: col };
}

/** Where a node (or a pair's key) starts; the top of the file when it has no range. */
export function positionOf(file: ParsedFile, node: unknown): Position {
  const range = (node as { range?: readonly number[] } | null | undefined)?.range;
  return positionAt(file, range?.[0] ?? 0);
}

/** Follows an alias (`*anchor`) to the node it names; anything else as it is. */
export function resolved(file: ParsedFile, node: unknown): unknown {
  return isAlias(node) ? node.resolve(file.doc) : node;
}

/**
 * The pair for `key` in a mapping: the LAST one when the key is repeated, as the runner's
 * parser keeps the last value (the repetition itself is `yaml-duplicate-key`).
 */
export function pairOf(file: ParsedFile, map: unknown, key: string): Pair | undefined {
  const node = resolved(file, map);
  if (!isMap(node)) return undefined;
  let found: Pair | undefined;
  for (const pair of node.items) {
    const name = resolved(file, pair.key);
    if (isScalar(name) && String(name.value) === key) found = pair;
  }
  return found;
}

export function valueAt(file: ParsedFile, map: unknown, key: string): unknown {
  return resolved(file, pairOf(file, map, key)?.value);
}

/** A scalar's value as text (`true` → "true"), or undefined for a collection or nothing. */
export function textOf(file: ParsedFile, node: unknown): string | undefined {
  const value = resolved(file, node);
  if (!isScalar(value) || value.value === null || value.value === undefined) return undefined;
  return String(value.value);
}

/** A mapping's entries as `[key text, pair]`, in order (keys that are not scalars skipped). */
export function entriesOf(file: ParsedFile, map: unknown): [string, Pair][] {
  const node = resolved(file, map);
  if (!isMap(node)) return [];
  const out: [string, Pair][] = [];
  for (const pair of (node as YAMLMap).items) {
    const key = textOf(file, pair.key);
    if (key !== undefined) out.push([key, pair]);
  }
  return out;
}

/** A sequence's items (resolved), or [] for anything else. */
export function itemsOf(file: ParsedFile, seq: unknown): unknown[] {
  const node = resolved(file, seq);
  return isSeq(node) ? node.items.map((item) => resolved(file, item)) : [];
}

/** `${{ … }}` anywhere in the text: its value is only known when the workflow runs. */
export function isExpression(text: string): boolean {
  return text.includes('${{');
}
