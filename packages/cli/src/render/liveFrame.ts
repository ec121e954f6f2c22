import type { Paint } from './colors';
import type { LiveState } from './liveState';

const NOT_YET = '–';
const LABEL_WIDTH = 16;

/**
 * The live block, a few lines redrawn in place:
 *
 *   molecule-deploy deploy ▸ verify
 *     now               verifying 6 tenants serve abcdef1234…
 *     contexts seen     2/2 green (poll 1)
 *     kill switch       not armed (live-variable)
 *     batch             3/3 batch-2 ok
 *     tenants verified  6/6
 *     noticed           0 tenant problems, 1 warning, 0 retries
 */
export function liveFrame(title: string, state: LiveState, paint: Paint, columns = 80): string {
  const row = (label: string, value: string) => `  ${paint('dim', label.padEnd(LABEL_WIDTH))}  ${value}`;
  // A wrapped line would push the block down on every redraw; the full message is already in the lines above.
  const message = fit(state.phase?.message ?? 'starting', columns - LABEL_WIDTH - 5);
  const contexts = state.contexts ? `${state.contexts.satisfied}/${state.contexts.required} green (poll ${state.contexts.poll})` : NOT_YET;
  const killSwitch = state.killSwitch
    ? state.killSwitch.armed
      ? paint('yellow', `ARMED (${state.killSwitch.source})`)
      : `not armed (${state.killSwitch.source})`
    : NOT_YET;
  const batch = state.batch ? `${state.batch.index}/${state.batch.total} ${state.batch.name} ${batchState(state.batch.state, paint)}` : NOT_YET;
  const verified = state.verified ? `${state.verified.verified}/${state.verified.total}` : NOT_YET;
  const noticed = `${plural(state.problems, 'tenant problem')}, ${plural(state.warnings, 'warning')}, ${plural(state.retries, 'retry', 'retries')}`;
  return [
    `${paint('cyan', title)} ▸ ${paint('bold', state.phase?.name ?? 'start')}`,
    row('now', message),
    row('contexts seen', contexts),
    row('kill switch', killSwitch),
    row('batch', batch),
    row('tenants verified', verified),
    row('noticed', state.problems + state.warnings > 0 ? paint('yellow', noticed) : noticed),
  ].join('\n');
}

function batchState(state: 'rolling' | 'ok' | 'failed', paint: Paint): string {
  if (state === 'ok') return paint('green', 'ok');
  if (state === 'failed') return paint('red', 'FAILED');
  return 'rolling…';
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

function fit(text: string, width: number): string {
  const room = Math.max(width, 10);
  return text.length <= room ? text : `${text.slice(0, room - 1)}…`;
}
