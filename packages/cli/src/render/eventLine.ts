import type { DeployEvent } from '@molecule/deploy-core';

/**
 * One plain line per event, without the timestamp. `undefined` for events that are
 * too chatty to print one by one (see `createEventLog` for how they are throttled).
 */
export function eventLine(event: DeployEvent): string | undefined {
  switch (event.type) {
    case 'phase':
      return `phase ${event.phase}: ${event.message}`;
    case 'info':
      return `info: ${event.message}`;
    case 'warning':
      return `warning: ${event.message}`;
    case 'context-state':
      return event.previous === undefined ? `context "${event.context}": ${event.state}` : `context "${event.context}": ${event.previous} -> ${event.state}`;
    case 'contexts-poll':
      return `contexts: poll ${event.poll}, ${event.satisfied}/${event.required} green (${event.requests} requests so far)`;
    case 'kill-switch':
      return `kill switch (${event.source}): ${event.armed ? 'ARMED' : 'not armed'}: ${event.detail}`;
    case 'batch-start':
      return `batch ${event.phase} (${event.index}/${event.total}): rolling ${event.slugs.join(', ')}`;
    case 'batch-done':
      return `batch ${event.phase} (${event.index}/${event.total}): ${event.ok ? 'ok' : 'FAILED'}: ${event.message}`;
    case 'retry':
      return `retry: ${event.call}, attempt ${event.attempt} in ${formatSeconds(event.delayMs)}: ${event.reason}`;
    case 'soak':
      return `soak: waiting ${event.seconds}s after the canary`;
    case 'tenant-problem':
      return `tenant ${event.slug}: ${event.problem}`;
    case 'tenant-verified':
      return `verify: ${event.verified}/${event.total} tenants serve ${event.sha}`;
  }
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))}s`;
}
