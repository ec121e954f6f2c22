import http from 'node:http';
import https from 'node:https';
import { describe, expect, it } from 'vitest';
import { createAgentPool } from './agentPool';

describe('createAgentPool', () => {
  it('gives one keep-alive pool per scheme, the https one built once on first use', () => {
    const pool = createAgentPool({ maxSockets: 16 });
    expect(pool.http).toBeInstanceOf(http.Agent);
    expect(pool.http.maxSockets).toBe(16);
    const secure = pool.https;
    expect(secure).toBeInstanceOf(https.Agent);
    expect(secure.maxSockets).toBe(16);
    expect(pool.https).toBe(secure);
  });
});
