import type { FleetView } from './fleetView';
import { tableRow } from './markdown';

/** Tenants named per commit row: the report file has them all. */
const SHOWN_SLUGS = 10;
/** A fleet where hundreds cannot be read must not blow the summary's size limit either. */
const MAX_UNREADABLE_ROWS = 300;

/** `fleet`: one row per commit, largest first, then each tenant that could not be read and why. */
export function fleetSummary(fleet: FleetView): string[] {
  if (fleet.command === undefined) return [];
  const lines: string[] = [];
  if (fleet.commits.length > 0) {
    lines.push(
      '| Tenants | Commit | Branch | Who |',
      '| --- | --- | --- | --- |',
      ...fleet.commits.map((commit) => {
        const more = commit.slugs.length > SHOWN_SLUGS ? `, … (${commit.slugs.length - SHOWN_SLUGS} more)` : '';
        return tableRow([String(commit.count), commit.sha.slice(0, 7), commit.standing, `${commit.slugs.slice(0, SHOWN_SLUGS).join(', ')}${more}`]);
      }),
      '',
    );
  }
  if (fleet.unreadable.length > 0) {
    const shown = fleet.unreadable.slice(0, MAX_UNREADABLE_ROWS);
    lines.push('**Could not be read**', '', '| Tenant | Why |', '| --- | --- |', ...shown.map((row) => tableRow([row.slug, row.problem])));
    if (fleet.unreadable.length > shown.length) lines.push('', `… and ${fleet.unreadable.length - shown.length} more (all in the report file).`);
    lines.push('');
  }
  return lines;
}
