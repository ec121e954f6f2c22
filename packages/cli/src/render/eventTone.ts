import type { DeployEvent } from '@molecule/deploy-core';
import type { Style } from './colors';

/** The colour an event's line gets when colour is on: red for failures, yellow for what an operator should notice. */
export function eventTone(event: DeployEvent): Style | undefined {
  switch (event.type) {
    case 'phase':
      return 'cyan';
    case 'warning':
    case 'retry':
    case 'tenant-problem':
      return 'yellow';
    case 'kill-switch':
      return event.armed ? 'yellow' : undefined;
    case 'batch-done':
      return event.ok ? 'green' : 'red';
    default:
      return undefined;
  }
}
