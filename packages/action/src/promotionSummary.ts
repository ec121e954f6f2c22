import { codeSpan as code, escapeMarkdown as md, tableRow } from './markdown';
import type { PromotionView } from './promotionView';

/**
 * The job summary's canary gate and promotion part: which image moved where, every
 * repository's `latest` digest before and after with its state, each canary's /buildinfo,
 * and one row per smoke check. Full digests: a reader compares them with the registry.
 */
export function promotionSummary(view: PromotionView): string[] {
  const lines: string[] = [];
  if (view.image) {
    const where = view.image.registry ? ` in ${md(view.image.registry)}` : '';
    lines.push(`- **Image:** ${code(view.image.sourceTag)} → ${code(view.image.targetTag)}${where}`, '');
  }
  if (view.repositories.length > 0) {
    lines.push(
      '| Repository | State | latest before | latest after | Note |',
      '| --- | --- | --- | --- | --- |',
      ...view.repositories.map((repo) => tableRow([repo.repository, repo.state, digest(repo.before), digest(repo.after), repo.reason ?? ''])),
      '',
    );
  }
  if (view.canaryStatus.length > 0) {
    lines.push(
      '| Canary | /buildinfo | Serves | Note |',
      '| --- | --- | --- | --- |',
      ...view.canaryStatus.map((canary) => tableRow([canary.url, canary.status, canary.servedSha ?? '', canary.lastError ?? ''])),
      '',
    );
  }
  if (view.smoke.length > 0) {
    lines.push(
      '| Canary | Smoke check | Result | Reason |',
      '| --- | --- | --- | --- |',
      ...view.smoke.flatMap((canary) => canary.checks.map((check) => tableRow([canary.url, check.check, check.passed ? 'passed' : 'FAILED', check.reason]))),
      '',
    );
  }
  return lines;
}

/** `null`: the repository had no `latest`; absent: it could not be read. */
function digest(value: string | null | undefined): string {
  if (value === null) return '(none)';
  return value ?? '(unknown)';
}
