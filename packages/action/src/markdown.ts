/**
 * Text from a report made safe for a markdown job summary: HTML is neutralised (a value
 * can never open a tag or a comment), markdown punctuation is backslash-escaped (a value can
 * never become a link, an image or a table column), and line breaks collapse to spaces.
 */
export function escapeMarkdown(text: string, maxLength = 500): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const clipped = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine;
  return clipped
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~@#]/g, (char) => `\\${char}`);
}

/**
 * Text from a report as an inline code span, e.g. a commit, a tag or a path. Inside a code
 * span markdown shows backslashes and entities literally (`hotfix\_2024` would show its
 * backslash), and nothing is interpreted, so nothing is escaped: backticks in the text are
 * fenced by a longer run of backticks instead, with a space where the text would touch the
 * fence (CommonMark strips one such space from each side). One line, length capped.
 * Not for table cells: a `|` there splits the cell even inside a code span.
 */
export function codeSpan(text: string, maxLength = 200): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const clipped = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine;
  if (clipped === '') return '';
  const longestRun = Math.max(0, ...(clipped.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = clipped.startsWith('`') || clipped.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clipped}${pad}${fence}`;
}

/** A table row; `cells` are escaped here. */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.map((cell) => escapeMarkdown(cell, 200)).join(' | ')} |`;
}
