import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { get } from '../_testing/fetchJson';
import { startWorld } from '../startWorld';
import type { World } from '../types';

// The two reads `doctor` adds: a branch's history and the server version.

let world: World;
beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await world.close();
});

const commitsUrl = (query: string) => `${world.apiUrl}/repos/${world.owner}/${world.repo}/commits?${query}`;
const job = () => `token ${world.tokens.gitea}`;
const shas = (json: unknown) => (json as { sha: string }[]).map((row) => row.sha);

describe('GET …/commits?sha=BRANCH', () => {
  it('lists the branch newest first: the head, then the commit the fleet runs', async () => {
    const answer = await get(commitsUrl('sha=main&limit=20'), job());
    expect(answer.status).toBe(200);
    expect(shas(answer.json)).toEqual([world.sha, world.previousSha]);
    expect(answer.headers.get('x-total-count')).toBe('2');
  });

  it('a moved head keeps the old one under it; limit and page slice the list', async () => {
    const next = 'c'.repeat(40);
    world.gitea.setBranchHead(next);
    expect(shas((await get(commitsUrl('sha=main'), job())).json)).toEqual([next, world.sha, world.previousSha]);
    expect(shas((await get(commitsUrl('sha=main&limit=1&page=2'), job())).json)).toEqual([world.sha]);
    expect(shas((await get(commitsUrl(`sha=${world.sha.slice(0, 7)}`), job())).json)).toEqual([world.sha, world.previousSha]);
  });

  it('needs a token, and an unknown ref is 404', async () => {
    expect((await get(commitsUrl('sha=main'))).status).toBe(401);
    expect((await get(commitsUrl('sha=nope'), job())).status).toBe(404);
  });
});

describe('a demoted control token', () => {
  it('gets 404 for the variable and for the repository itself, while the job token still reads', async () => {
    world.gitea.demoteControlToken();
    const control = `token ${world.tokens.control}`;
    const repo = `${world.apiUrl}/repos/${world.owner}/${world.repo}`;
    expect((await get(`${repo}/actions/variables/PROD_AUTO_DEPLOY_DISABLED`, control)).status).toBe(404);
    expect((await get(repo, control)).status).toBe(404);
    expect((await get(repo, job())).status).toBe(200);
  });
});

describe('GET /api/v1/version', () => {
  it('answers 1.22.6 without a token, and what the test sets', async () => {
    expect((await get(`${world.apiUrl}/version`)).json).toEqual({ version: '1.22.6' });
    world.gitea.setVersion('1.21.11');
    expect((await get(`${world.apiUrl}/version`, job())).json).toEqual({ version: '1.21.11' });
  });
});
