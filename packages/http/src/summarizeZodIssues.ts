import type { z } from 'zod';

const MAX_ISSUES = 3;

/**
 * A short, value-free summary of why a response body did not validate, e.g.
 * `results.0.slug: expected string`. It names paths and expected types only: zod's
 * own messages can quote received values, and a body must never reach a log.
 */
export function summarizeZodIssues(error: z.ZodError): string {
  const issues = error.issues;
  const shown = issues.slice(0, MAX_ISSUES).map((issue) => `${pathOf(issue.path)}: ${describe(issue)}`);
  const more = issues.length > MAX_ISSUES ? `; +${issues.length - MAX_ISSUES} more` : '';
  return shown.join('; ') + more;
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(body)' : path.map(String).join('.');
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return 'unexpected value';
    case 'too_small':
    case 'too_big':
      return issue.code === 'too_small' ? `too small (min ${String(issue.minimum)})` : `too big (max ${String(issue.maximum)})`;
    case 'invalid_format':
      return `expected ${issue.format}`;
    case 'invalid_union':
      return 'matches no accepted shape';
    case 'custom':
      // Our own refinements: messages written in this code base, never quoting values.
      return issue.message;
    default:
      return issue.code.replace(/_/g, ' ');
  }
}
