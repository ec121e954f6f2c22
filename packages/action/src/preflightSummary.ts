import { tableRow } from './markdown';
import type { PreflightView } from './preflightView';

/** A capped table keeps the summary under the runner's 1 MiB; the report file has every row. */
const MAX_ROWS = 300;
const MARK: Readonly<Record<string, string>> = { pass: '✓ pass', warn: '! warn', fail: '✗ FAIL' };

/** The job summary's `doctor` checks and `lint-workflows` findings, failures first. */
export function preflightSummary(view: PreflightView): string[] {
  const lines: string[] = [];
  if (view.checks.length > 0) {
    const ordered = [...view.checks].sort((a, b) => rank(a.status) - rank(b.status));
    lines.push(
      '| Check | Result | What was found | Fix |',
      '| --- | --- | --- | --- |',
      ...ordered.map((c) => tableRow([c.id, MARK[c.status] ?? c.status, c.message, c.fix ?? ''])),
      '',
    );
  }
  if (view.command === 'lint-workflows' && view.findings.length === 0) lines.push('No findings: the workflows have none of the deploy set-up mistakes.', '');
  if (view.findings.length > 0) {
    const ordered = [...view.findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    const shown = ordered.slice(0, MAX_ROWS);
    lines.push('| Where | Severity | Rule | Message |', '| --- | --- | --- | --- |', ...shown.map((f) => tableRow([f.place, f.severity, f.rule, f.message])));
    if (ordered.length > shown.length) lines.push('', `… and ${ordered.length - shown.length} more findings (all in the report file).`);
    lines.push('');
  }
  return lines;
}

function rank(status: string): number {
  return status === 'fail' ? 0 : status === 'warn' ? 1 : 2;
}
