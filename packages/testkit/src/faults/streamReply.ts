import type { ServerResponse } from 'node:http';
import type { StreamPlan } from './hostileBodies';

/**
 * Writes a streamed fault body (see StreamPlan) with no content-length. Returns a stop
 * function; the server calls it on close, and it runs by itself when the client goes away,
 * so a stalled or endless answer never outlives its socket or the server.
 */
export function streamReply(res: ServerResponse, status: number, headers: Readonly<Record<string, string>>, plan: StreamPlan): () => void {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const stop = () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
  res.once('close', stop);
  res.writeHead(status, { ...headers });
  // Headers go out now, even for a stall with no body byte at all.
  res.flushHeaders();
  if (plan.head) res.write(plan.head);
  const { chunk } = plan;
  if (!chunk) return stop;

  let sent = 0;
  let index = 0;
  const pump = () => {
    timer = undefined;
    while (!stopped && !res.destroyed) {
      if (plan.totalBytes !== undefined && sent >= plan.totalBytes) {
        stop();
        res.end(plan.tail ?? '');
        return;
      }
      const piece = chunk(index);
      index += 1;
      sent += Buffer.byteLength(piece);
      const more = res.write(piece);
      if (plan.intervalMs !== undefined) {
        timer = setTimeout(pump, plan.intervalMs);
        return;
      }
      // Backpressure: a client that stops reading holds at most the socket's buffers.
      if (!more) {
        res.once('drain', pump);
        return;
      }
    }
  };
  if (plan.intervalMs !== undefined) timer = setTimeout(pump, plan.intervalMs);
  else setImmediate(pump);
  return stop;
}
