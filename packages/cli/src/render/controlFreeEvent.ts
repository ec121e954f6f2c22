import type { DeployEvent } from '@molecule/deploy-core';
import { stripControl, stripControlDeep } from '@molecule/deploy-core/helpers';

/** Deeper than any event: past it the event is handed to `stripControlDeep`, which also copes with cycles. */
const MAX_DEPTH = 16;

/**
 * `event` without terminal control in any of its strings or keys. An event with nothing to
 * strip (nearly all: a 10,000-tenant `verify` emits 10,000 `tenant-verified`) is passed on as
 * it is; only one that holds control is copied by `stripControlDeep`.
 */
export function controlFreeEvent(event: DeployEvent): DeployEvent {
  return holdsControl(event, 0) ? stripControlDeep(event) : event;
}

/** Whether `stripControlDeep` would change `value`: it walks the same values (strings, arrays, plain objects). */
function holdsControl(value: unknown, depth: number): boolean {
  if (typeof value === 'string') return stripControl(value) !== value;
  if (typeof value !== 'object' || value === null) return false;
  if (depth > MAX_DEPTH) return true;
  if (Array.isArray(value)) return value.some((item) => holdsControl(item, depth + 1));
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (stripControl(key) !== key || holdsControl((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}
