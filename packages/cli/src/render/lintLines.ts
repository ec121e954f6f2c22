import type { LintFinding, LintReport } from '@molecule/deploy-core/workflows';

/** `PATH:LINE:COL  error|warning  RULE  message`: what editors and `grep` read. */
export function findingLine(finding: LintFinding): string {
  return oneLine(`${finding.path}:${finding.line}:${finding.column}  ${finding.severity}  ${finding.rule}  ${finding.message}`);
}

/** A file name may hold a line break: it must not start a line of its own (a forged `::error::`). */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

/**
 * `::error file=…,line=…,col=…::RULE: message` for the Actions runner (GitHub shows it on the
 * line; Gitea prints it as a plain log line, which still names the place). Property values
 * escape `%`, CR, LF, `:` and `,`; the message escapes `%`, CR and LF, as the runner expects.
 */
export function annotationLine(finding: LintFinding): string {
  const level = finding.severity === 'error' ? 'error' : 'warning';
  return `::${level} file=${escapeProperty(finding.path)},line=${finding.line},col=${finding.column}::${escapeData(`${finding.rule}: ${finding.message}`)}`;
}

/** One sentence for the headline and the report's reason. */
export function lintReason(report: Pick<LintReport, 'errorCount' | 'warningCount'>, files: number, directory: string): string {
  const counted = `${plural(report.errorCount, 'error')}, ${plural(report.warningCount, 'warning')}`;
  return `${counted} in ${plural(files, 'workflow file')} (${directory})`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
