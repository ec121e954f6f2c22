import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { afterEach } from 'vitest';

/** A real server on 127.0.0.1 that misbehaves as a test tells it to (tests only). */
export interface HostileServer {
  readonly url: string;
  /** Requests received so far. */
  readonly requests: () => number;
  /** Request paths received so far, in order. */
  readonly paths: string[];
  close(): Promise<void>;
}

export type HostileHandler = (request: http.IncomingMessage, response: http.ServerResponse) => void;

export async function startHostileServer(handler: HostileHandler): Promise<HostileServer> {
  const sockets = new Set<Socket>();
  const paths: string[] = [];
  const server = http.createServer((request, response) => {
    paths.push(request.url ?? '');
    handler(request, response);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => paths.length,
    paths,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** `serve(handler)` for a test file: every server it started is closed after each test. */
export function hostileServers(): (handler: HostileHandler) => Promise<HostileServer> {
  const open: HostileServer[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });
  return async (handler) => {
    const started = await startHostileServer(handler);
    open.push(started);
    return started;
  };
}

/** Sends the headers and `first` bytes of the body, then nothing, ever (until the client leaves). */
export function stallAfter(first: string, headers: Record<string, string> = { 'content-type': 'application/json' }): HostileHandler {
  return (_request, response) => {
    response.writeHead(200, headers);
    if (first) response.write(first);
  };
}

/** One byte every `everyMs`, forever: each byte alone would reset an idle timeout. */
export function trickle(everyMs: number): HostileHandler {
  return (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write('[');
    const timer = setInterval(() => response.write(' '), everyMs);
    response.on('close', () => clearInterval(timer));
  };
}

/** Streams `totalBytes` of a JSON array's whitespace, honouring backpressure; `sent()` says how much went out. */
export function flood(totalBytes: number): { handler: HostileHandler; sent: () => number } {
  let sent = 0;
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  const handler: HostileHandler = (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    let closed = false;
    response.on('close', () => (closed = true));
    const pump = () => {
      while (!closed && sent < totalBytes) {
        sent += chunk.length;
        if (!response.write(chunk)) return void response.once('drain', pump);
      }
      if (!closed) response.end();
    };
    pump();
  };
  return { handler, sent: () => sent };
}

/**
 * A real garbage collection, also when Node was not started with `--expose-gc`: the original
 * bug (a fetch body read that stopped seeing its abort) only showed after one.
 */
export function collectGarbage(): void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed();
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
