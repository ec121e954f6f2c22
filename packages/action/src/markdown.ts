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

/** A table row; `cells` are escaped here. */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.map((cell) => escapeMarkdown(cell, 200)).join(' | ')} |`;
}
