import type { FirstChange, RedeployFleetDeps } from './types';

/**
 * Runs `beforeFirstChange` and waits until it ends or the run is aborted, whichever comes
 * first. Never rejects: what it posts (the `pending` status) is a courtesy, so a throw or a
 * rejection is dropped and the rollout goes on; the caller checks the signal afterwards.
 */
export async function announceFirstChange(hook: RedeployFleetDeps['beforeFirstChange'], first: FirstChange, signal?: AbortSignal): Promise<void> {
  if (hook === undefined || signal?.aborted) return;
  // Through `then`, so a synchronous throw becomes a rejection; caught here, so one that ends
  // after an abort is never unhandled.
  const ended = Promise.resolve()
    .then(() => hook(first))
    .then(
      () => undefined,
      () => undefined,
    );
  if (signal === undefined) return ended;
  let onAbort = (): void => {};
  const aborted = new Promise<void>((resolve) => {
    onAbort = resolve;
  });
  signal.addEventListener('abort', onAbort, { once: true });
  if (signal.aborted) onAbort();
  try {
    await Promise.race([ended, aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}
