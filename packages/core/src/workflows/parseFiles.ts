import { isMap, LineCounter, parseDocument } from 'yaml';
import { stripControl } from '../text/stripControl';
import type { LintFinding, WorkflowFile } from './types';
import { type ParsedFile, positionAt } from './yamlNodes';

/** The longest parser message kept: its first line, without the excerpt of the source it adds. */
const MESSAGE_LENGTH = 160;

/**
 * Parses one file. Repeated keys are findings and the file is still linted (the runner reads it);
 * any other parse error is one `yaml-invalid` finding and the file is not linted further (what it
 * means cannot be known), and so is a file whose top level is not a mapping.
 */
export function parseFile(file: WorkflowFile): { readonly parsed?: ParsedFile; readonly findings: LintFinding[] } {
  const lines = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter: lines, keepSourceTokens: true, uniqueKeys: true, prettyErrors: false });
  const parsed: ParsedFile = { path: file.path, text: file.text, doc, lines };
  const findings: LintFinding[] = [];
  for (const error of doc.errors) {
    const where = positionAt(parsed, error.pos[0]);
    if (error.code === 'DUPLICATE_KEY') {
      findings.push({ path: file.path, ...where, severity: 'error', rule: 'yaml-duplicate-key', message: duplicateMessage(file.text, error.pos[0]) });
    } else {
      return { findings: [{ path: file.path, ...where, severity: 'error', rule: 'yaml-invalid', message: `not valid YAML: ${firstLine(error.message)}` }] };
    }
  }
  if (!isMap(doc.contents)) {
    const message = 'not a workflow: the top level must be a mapping (name, on, jobs)';
    return { findings: [{ path: file.path, line: 1, column: 1, severity: 'error', rule: 'yaml-invalid', message }] };
  }
  return { parsed, findings };
}

function duplicateMessage(text: string, offset: number): string {
  const key = /^[^:\n]*/.exec(text.slice(offset, offset + MESSAGE_LENGTH))?.[0]?.trim() ?? '';
  const name = key === '' ? 'a key' : `key "${stripControl(key)}"`;
  return `${name} is repeated in the same mapping: only one of the two values is used`;
}

function firstLine(message: string): string {
  const line = stripControl(message.split('\n')[0] ?? '').trim();
  return line.length > MESSAGE_LENGTH ? `${line.slice(0, MESSAGE_LENGTH)}…` : line;
}
