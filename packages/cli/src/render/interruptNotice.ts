import type { ProgressRenderer } from './progressRenderer';

/**
 * Says "stopping" through the renderer when the run's signal fires. `bin.ts` no longer
 * writes this itself: a line written behind the live view's back breaks its redraw, and
 * the next frame would erase the very line the operator is waiting for.
 */
export function withInterruptNotice(renderer: ProgressRenderer, signal: AbortSignal | undefined): ProgressRenderer {
  if (!signal) return renderer;
  const announce = () => {
    const reason: unknown = signal.reason;
    const why = reason instanceof Error && reason.message ? reason.message : 'interrupted';
    renderer.log(`molecule-deploy: stopping (${why})`);
  };
  if (signal.aborted) announce();
  else signal.addEventListener('abort', announce, { once: true });
  return {
    onEvent: (event) => renderer.onEvent(event),
    log: (message) => renderer.log(message),
    close: () => {
      signal.removeEventListener('abort', announce);
      renderer.close();
    },
  };
}
