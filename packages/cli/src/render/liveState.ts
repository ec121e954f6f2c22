import type { DeployEvent } from '@molecule/deploy-core';

/** What the live view shows right now: the latest value of each counter, nothing else. */
export interface LiveState {
  readonly phase?: { readonly name: string; readonly message: string };
  readonly contexts?: { readonly satisfied: number; readonly required: number; readonly poll: number };
  readonly killSwitch?: { readonly armed: boolean; readonly source: string };
  readonly batch?: { readonly name: string; readonly index: number; readonly total: number; readonly state: 'rolling' | 'ok' | 'failed' };
  readonly verified?: { readonly verified: number; readonly total: number };
  readonly problems: number;
  readonly warnings: number;
  readonly retries: number;
}

export const INITIAL_LIVE_STATE: LiveState = { problems: 0, warnings: 0, retries: 0 };

/** Pure: the state after one event, so the frame can be tested without a terminal. */
export function reduceLiveState(state: LiveState, event: DeployEvent): LiveState {
  switch (event.type) {
    case 'phase':
      return { ...state, phase: { name: event.phase, message: event.message } };
    case 'contexts-poll':
      return { ...state, contexts: { satisfied: event.satisfied, required: event.required, poll: event.poll } };
    case 'kill-switch':
      return { ...state, killSwitch: { armed: event.armed, source: event.source } };
    case 'batch-start':
      return { ...state, batch: { name: event.phase, index: event.index, total: event.total, state: 'rolling' } };
    case 'batch-done':
      return { ...state, batch: { name: event.phase, index: event.index, total: event.total, state: event.ok ? 'ok' : 'failed' } };
    case 'tenant-verified':
      // Verification runs in parallel: a late event must not move the counter backwards.
      return event.verified >= (state.verified?.verified ?? 0) ? { ...state, verified: { verified: event.verified, total: event.total } } : state;
    case 'tenant-problem':
      return { ...state, problems: state.problems + 1 };
    case 'warning':
      return { ...state, warnings: state.warnings + 1 };
    case 'retry':
      return { ...state, retries: state.retries + 1 };
    default:
      return state;
  }
}
