import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { htmlPage, LOGIN_PATH } from '../faults/faultReplies';
import type { FaultDecision } from '../faults/faultTable';
import { streamReply } from '../faults/streamReply';
import { taint } from '../faults/taint';
import type { RecordedRequest } from '../types';
import type { Recorder } from './recorder';

/** What a handler sees of a request. */
export interface Exchange {
  readonly method: string;
  /** URL path without the query string, still percent-encoded. */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly authorization: string | undefined;
  /** Parsed JSON, or the raw text when it is not JSON; `undefined` without a body. */
  readonly body: unknown;
  /** Whether `body` is parsed JSON. */
  readonly bodyIsJson: boolean;
}

export interface Reply {
  readonly status: number;
  readonly json?: unknown;
  readonly text?: string;
  readonly contentType?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Answer after this many (real) milliseconds. */
  readonly delayMs?: number;
}

/** Handlers are synchronous and cheap: routing is a few string splits and a Map lookup. */
export type Handler = (exchange: Exchange) => Reply;

/** Consulted before the handler: a fault answers in place of the service (which then never sees the request). */
export type FaultHook = (exchange: Exchange) => FaultDecision | undefined;

export interface RunningServer {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

export async function startServer(
  service: RecordedRequest['service'],
  handler: Handler,
  recorder: Recorder,
  host: '127.0.0.1',
  faults?: FaultHook,
): Promise<RunningServer> {
  const timers = new Set<NodeJS.Timeout>();
  /** Streamed fault bodies still being written (stalls, trickles, endless bodies): stopped on close. */
  const streams = new Set<() => void>();
  const server = createServer((req, res) => {
    const hasBody = req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined;
    if (!hasBody) {
      serve(req, res, undefined);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => serve(req, res, Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => res.destroy());
  });

  function serve(req: IncomingMessage, res: ServerResponse, rawBody: string | undefined): void {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q === -1 ? url : url.slice(0, q);
    const query = q === -1 ? {} : Object.fromEntries(new URLSearchParams(url.slice(q + 1)));
    const { body, bodyIsJson } = parseBody(rawBody);
    const exchange: Exchange = {
      method: req.method ?? 'GET',
      path,
      query,
      authorization: req.headers.authorization,
      body,
      bodyIsJson,
    };
    const entry = recorder.record({ service, method: exchange.method, path, query, authorization: exchange.authorization, body });
    // Where the `login-redirect` fault sends clients: a proxy's login route that is not there.
    if (path === LOGIN_PATH) {
      entry.status = 404;
      write(res, { status: 404, text: htmlPage(404), contentType: 'text/html; charset=utf-8' });
      return;
    }
    const fault = faults?.(exchange);
    let tainted = false;
    if (fault !== undefined) {
      entry.fault = fault.kind;
      const { action } = fault;
      // A reset drops the connection mid-request; a hung request is never answered, and
      // close() destroys its socket with every other one.
      if (action.type === 'reset') req.socket.destroy();
      if (action.type === 'reply') {
        entry.status = action.status;
        write(res, { status: action.status, text: action.body, contentType: action.contentType, ...(action.headers && { headers: action.headers }) });
      }
      if (action.type === 'stream') {
        entry.status = action.status;
        const stop = streamReply(res, action.status, action.headers, action.plan);
        streams.add(stop);
        res.once('close', () => streams.delete(stop));
      }
      if (action.type !== 'taint') return;
      tainted = true;
    }
    let reply: Reply;
    try {
      reply = handler(exchange);
    } catch {
      // A bug in the simulation must show up as a plain 500, never crash the test process.
      reply = { status: 500, text: 'testkit handler error' };
    }
    if (tainted && reply.json !== undefined) reply = { ...reply, json: taint(reply.json) };
    entry.status = reply.status;
    const delay = reply.delayMs ?? 0;
    if (delay <= 0) {
      write(res, reply);
      return;
    }
    const timer = setTimeout(() => {
      timers.delete(timer);
      write(res, reply);
    }, delay);
    timers.add(timer);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    close() {
      closing ??= new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        for (const stop of streams) stop();
        streams.clear();
        server.close(() => resolve());
        // Keep-alive sockets would otherwise hold the port until they time out.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function parseBody(raw: string | undefined): { body: unknown; bodyIsJson: boolean } {
  if (raw === undefined || raw === '') return { body: undefined, bodyIsJson: false };
  try {
    return { body: JSON.parse(raw) as unknown, bodyIsJson: true };
  } catch {
    return { body: raw, bodyIsJson: false };
  }
}

function write(res: ServerResponse, reply: Reply): void {
  if (res.destroyed || res.writableEnded) return;
  const payload = reply.json !== undefined ? JSON.stringify(reply.json) : reply.text !== undefined ? reply.text : '';
  const contentType = reply.contentType ?? (reply.json !== undefined ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8');
  res.writeHead(reply.status, {
    'content-type': contentType,
    'content-length': Buffer.byteLength(payload),
    ...reply.headers,
  });
  res.end(payload);
}
