/**
 * Core's own check of a redeploy answer before it is used. The adapter validates the CP's
 * body with zod, but `ControlPlane` is a port anyone can implement, and a malformed answer
 * must become a typed `invalid-response`, never a TypeError mid-fleet (a throw there would
 * lose the record of which tenants were already redeployed). Fail closed on the fields
 * the gates read: a `verifiedOnTarget` of `"false"` (a string) would otherwise count as
 * landed. Never echoes a value: only where the problem is.
 *
 * @returns what is wrong (e.g. `results[3].ssmStatus: expected a string`), or undefined.
 */
export function redeployAnswerProblem(answer: unknown): string | undefined {
  if (!isRecord(answer)) return 'expected an object';
  if (typeof answer.ok !== 'boolean') return 'ok: expected true or false';
  if (answer.error !== undefined && typeof answer.error !== 'string') return 'error: expected a string';
  if (!Array.isArray(answer.results)) return 'results: expected a list of rows';
  for (const [index, row] of answer.results.entries()) {
    const problem = rowProblem(row);
    if (problem !== undefined) return `results[${index}]${problem}`;
  }
  return undefined;
}

type Check = (value: unknown) => boolean;

const isString: Check = (value) => typeof value === 'string';
const optional = (check: Check, nullable = false): Check => (value) => value === undefined || (nullable && value === null) || check(value);

/** Each field a row may carry, with what it must be; `RedeployRow` in ports.ts. */
const ROW_FIELDS: readonly (readonly [string, Check, string])[] = [
  ['slug', isString, 'a string'],
  ['phase', isString, 'a string'],
  ['ssmStatus', isString, 'a string'],
  ['ssmExitCode', optional((v) => typeof v === 'number', true), 'a number or null'],
  ['healthzOk', optional((v) => typeof v === 'boolean', true), 'true, false or null'],
  ['verifiedOnTarget', optional((v) => typeof v === 'boolean', true), 'true, false or null'],
  ['runningImage', optional(isString, true), 'a string or null'],
  ['error', optional(isString), 'a string'],
];

function rowProblem(row: unknown): string | undefined {
  if (!isRecord(row)) return ': expected an object';
  for (const [field, check, expected] of ROW_FIELDS) {
    if (!check(row[field])) return `.${field}: expected ${expected}`;
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
