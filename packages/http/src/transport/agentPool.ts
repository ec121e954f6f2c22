import http from 'node:http';
import type https from 'node:https';
import { httpsModule } from './httpsModule';

export interface AgentPoolOptions {
  /**
   * Sockets open at once per host. The `/buildinfo` reader sets it to its verify concurrency.
   * @default Infinity (Node's default: as many as requests in flight)
   */
  readonly maxSockets?: number;
  /**
   * Reuse connections between requests. Off for a client that sends mutations: a request
   * written to a socket the server is just closing fails without knowing whether it arrived.
   * @default true
   */
  readonly keepAlive?: boolean;
}

/** The connection pools of one client, one per scheme. */
export interface AgentPool {
  readonly http: http.Agent;
  readonly https: https.Agent;
}

/** Creates a client's own connection pools, so that one client's sockets never queue behind another's. */
export function createAgentPool(options: AgentPoolOptions = {}): AgentPool {
  const maxSockets = typeof options.maxSockets === 'number' && Number.isInteger(options.maxSockets) && options.maxSockets > 0 ? options.maxSockets : Infinity;
  const settings = { keepAlive: options.keepAlive !== false, maxSockets };
  let httpsAgent: https.Agent | undefined;
  return {
    http: new http.Agent(settings),
    // Built on first use, like the module it needs.
    get https() {
      httpsAgent ??= new (httpsModule().Agent)(settings);
      return httpsAgent;
    },
  };
}
