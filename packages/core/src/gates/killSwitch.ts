import { err, ok, type Result, type ResultAsync } from 'neverthrow';
import { z } from 'zod';
import { emitter } from '../events';
import { runOperation } from '../operation';
import { callPort } from '../portCall';
import { KILL_SWITCH_ARMED_WORDS, KILL_SWITCH_CLEAR_WORDS, KILL_SWITCH_VARIABLE } from '../constants';
import type { KillSwitchState, ResolveKillSwitchDeps, ResolveKillSwitchError, ResolveKillSwitchInput } from './types';

export { KILL_SWITCH_VARIABLE };

const ARMED_VALUES: ReadonlySet<string> = new Set(KILL_SWITCH_ARMED_WORDS);
const CLEAR_VALUES: ReadonlySet<string> = new Set(KILL_SWITCH_CLEAR_WORDS);

/**
 * What a value of the kill switch says. Operators type these by hand in a settings page,
 * so case and surrounding blanks do not matter. Unset and empty are `clear`; a word that is
 * neither armed nor clear (`ture`, `stop`) is `unknown`: whoever typed it during an incident
 * most likely meant "stop", so it must never read as "not armed".
 */
export function classifyKillSwitchValue(value: string | null | undefined): 'armed' | 'clear' | 'unknown' {
  if (value === null || value === undefined) return 'clear';
  // A caller outside TypeScript may pass anything; what is not text cannot prove the switch off.
  if (typeof value !== 'string') return 'unknown';
  const word = value.trim().toLowerCase();
  if (ARMED_VALUES.has(word)) return 'armed';
  return CLEAR_VALUES.has(word) ? 'clear' : 'unknown';
}

/** Whether a value of the kill switch is one of the words that arm it. */
export function isKillSwitchValueArmed(value: string | null | undefined): boolean {
  return classifyKillSwitchValue(value) === 'armed';
}

/** The one definition of `resolveKillSwitch`'s input: its type is `z.input` of this. */
export const resolveKillSwitchInputSchema = z
  .object({
    /** `PROD_AUTO_DEPLOY_DISABLED` as the job saw it at start (repository variable and/or secret); `[]`: it was unset. */
    jobStartValues: z
      .array(z.string().nullish())
      .readonly()
      .optional()
      .superRefine((values = [], ctx) => {
        values.forEach((value, index) => {
          if (classifyKillSwitchValue(value) === 'unknown') {
            ctx.addIssue({
              code: 'custom',
              path: [index],
              message: 'is neither an arming value (1, true, yes, on, disabled, disable) nor a clear one (0, false, no, off, enabled, empty)',
            });
          }
        });
      }),
    /** When true, read the live Actions variable (needs `deps.variables`). */
    live: z.boolean().default(false),
    /** @default 'PROD_AUTO_DEPLOY_DISABLED' */
    variableName: z.string().trim().min(1, 'must not be empty').default(KILL_SWITCH_VARIABLE),
  })
  // An input that says nothing about the switch must not read as "clear": a caller that forgot
  // to pass the job-start value would otherwise deploy past an armed switch.
  .refine((input) => input.jobStartValues !== undefined || input.live, {
    path: ['jobStartValues'],
    message: 'says nothing about the kill switch: pass the job-start values ([] when unset), or live: true',
  });

const ABORTED: ResolveKillSwitchError = { kind: 'aborted', during: 'kill-switch' };

/**
 * Resolves the kill switch: armed if any job-start value is armed; with `live: true`,
 * also the Actions variable as it is now (an operator may arm it mid-run).
 *
 * The live read fails closed (lesson 5): only "not set" (404, `null` from the port) counts
 * as off; 401 after a token rotation, 5xx, a timeout all return `kill-switch-unreadable`.
 * With no control token (`deps.variables` absent) the job-start value is honoured and the
 * `detail` and a `warning` event say the live check could not be made.
 * Values are never echoed: the job-start value may come from a secret.
 *
 * `input` is checked against {@link ResolveKillSwitchInput} at run time.
 *
 * @example
 * resolveKillSwitch({ jobStartValues: [env.PROD_AUTO_DEPLOY_DISABLED], live: true }, { variables })
 */
export function resolveKillSwitch(input: ResolveKillSwitchInput, deps: ResolveKillSwitchDeps): ResultAsync<KillSwitchState, ResolveKillSwitchError> {
  return runOperation('resolveKillSwitch', resolveKillSwitchInputSchema, input, (valid) => resolve(valid, deps ?? {}), {
    // Whatever went wrong, the switch was not proven off: hold (lesson 5).
    unexpected: (message, valid) =>
      err({ kind: 'kill-switch-unreadable', variableName: valid.variableName, cause: { kind: 'unexpected', call: 'resolveKillSwitch', message } }),
  });
}

async function resolve(input: z.output<typeof resolveKillSwitchInputSchema>, deps: ResolveKillSwitchDeps): Promise<Result<KillSwitchState, ResolveKillSwitchError>> {
  const events = emitter(deps.onEvent);
  const name = input.variableName;
  if (deps.signal?.aborted) return err(ABORTED);

  if ((input.jobStartValues ?? []).some(isKillSwitchValueArmed)) {
    const detail = `${name} was armed when the job started`;
    events({ type: 'kill-switch', source: 'job-start', armed: true, detail });
    return ok({ armed: true, source: 'job-start', liveChecked: false, detail });
  }

  if (!input.live) {
    const detail = `${name} was not armed when the job started`;
    events({ type: 'kill-switch', source: 'job-start', armed: false, detail });
    return ok({ armed: false, source: 'none', liveChecked: false, detail });
  }

  if (!deps.variables) {
    const detail = `${name} was not armed when the job started; the live value could not be checked (no control token configured)`;
    events({ type: 'warning', message: `kill switch: ${detail}` });
    events({ type: 'kill-switch', source: 'job-start', armed: false, detail });
    return ok({ armed: false, source: 'none', liveChecked: false, detail });
  }

  const variables = deps.variables;
  const call = `GET /repos/{owner}/{repo}/actions/variables/${name}`;
  const read = await callPort(call, () => variables.readVariable(name, deps.signal));
  if (deps.signal?.aborted) return err(ABORTED);
  if (read.isErr()) {
    if (read.error.kind === 'aborted') return err(ABORTED);
    return err({ kind: 'kill-switch-unreadable', variableName: name, cause: read.error });
  }

  if (classifyKillSwitchValue(read.value) === 'unknown') {
    // Someone set it to something: it cannot be proven off. The value is not echoed (it is an operator's text).
    return err({
      kind: 'kill-switch-unreadable',
      variableName: name,
      cause: { kind: 'invalid-response', call, path: call.slice(4), issues: 'the value is neither an arming nor a clearing word' },
    });
  }
  const armed = isKillSwitchValueArmed(read.value);
  const detail = read.value === null ? `${name} is not set (checked live)` : armed ? `${name} is armed (checked live)` : `${name} is set but not armed (checked live)`;
  events({ type: 'kill-switch', source: 'live-variable', armed, detail });
  return ok({ armed, source: armed ? 'live-variable' : 'none', liveChecked: true, detail });
}
