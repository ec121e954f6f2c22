import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { get, request } from '../_testing/fetchJson';
import { startWorld } from '../startWorld';
import type { World } from '../types';
import { CI_CONTEXT, SECRET_SCAN_CONTEXT } from './contexts';

interface Row {
  id: number;
  context: string;
  status: string;
  state?: string;
}

let world: World;
beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await world.close();
});

const repoUrl = () => `${world.apiUrl}/repos/${world.owner}/${world.repo}`;
const statusesUrl = (sha: string, query: string) => `${repoUrl()}/commits/${sha}/statuses?${query}`;
const job = () => `token ${world.tokens.gitea}`;
const control = () => `token ${world.tokens.control}`;
const rows = (json: unknown) => json as Row[];

describe('authentication', () => {
  it('answers 401 without a token, with an unknown token, or with a Bearer header', async () => {
    const url = statusesUrl(world.sha, 'page=1');
    expect((await get(url)).status).toBe(401);
    expect((await get(url, 'token nope')).status).toBe(401);
    expect((await get(url, `Bearer ${world.tokens.gitea}`)).status).toBe(401);
    expect((await get(url, job())).status).toBe(200);
  });

  it('answers 404 for another repository', async () => {
    const answer = await get(`${world.apiUrl}/repos/${world.owner}/other/branches/main`, job());
    expect(answer.status).toBe(404);
  });
});

describe('GET …/commits/{sha}/statuses', () => {
  it('clamps limit to 50 silently and reports the total in x-total-count', async () => {
    const answer = await get(statusesUrl(world.sha, 'page=1&limit=100'), job());
    expect(answer.status).toBe(200);
    expect(rows(answer.json)).toHaveLength(50);
    expect(Number(answer.headers.get('x-total-count'))).toBeGreaterThanOrEqual(65);
  });

  it('defaults limit to 30', async () => {
    const answer = await get(statusesUrl(world.sha, 'page=1'), job());
    expect(rows(answer.json)).toHaveLength(30);
  });

  it('lists newest first (ids descending) across pages, ending with an empty page', async () => {
    const pages: Row[][] = [];
    for (let page = 1; page <= 3; page += 1) {
      pages.push(rows((await get(statusesUrl(world.sha, `page=${page}&limit=50`), job())).json));
    }
    const ids = pages.flat().map((row) => row.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(Number((await get(statusesUrl(world.sha, 'page=1'), job())).headers.get('x-total-count')));
    expect(pages[1]?.length).toBeGreaterThan(0);
    expect(pages[2]).toEqual([]);
  });

  it('uses the field `status`, not `state`, like Gitea 1.22', async () => {
    const [row] = rows((await get(statusesUrl(world.sha, 'page=1&limit=1'), job())).json);
    expect(row).toMatchObject({ id: expect.any(Number), context: expect.any(String), status: expect.any(String) });
    expect(row).not.toHaveProperty('state');
  });

  it('hides the only Secret scan success on page 2 at limit 50', async () => {
    const page1 = rows((await get(statusesUrl(world.sha, 'page=1&limit=50'), job())).json);
    const page2 = rows((await get(statusesUrl(world.sha, 'page=2&limit=50'), job())).json);
    expect(page1.some((row) => row.context === SECRET_SCAN_CONTEXT)).toBe(false);
    expect(page2.some((row) => row.context === SECRET_SCAN_CONTEXT && row.status === 'success')).toBe(true);
  });

  it('holds re-runs: an older failure and a newer success of the same required context', async () => {
    const all = [
      ...rows((await get(statusesUrl(world.sha, 'page=1&limit=50'), job())).json),
      ...rows((await get(statusesUrl(world.sha, 'page=2&limit=50'), job())).json),
    ];
    const ci = all.filter((row) => row.context === CI_CONTEXT);
    const newest = ci.reduce((a, b) => (a.id > b.id ? a : b));
    expect(newest.status).toBe('success');
    expect(ci.some((row) => row.status === 'failure' && row.id < newest.id)).toBe(true);
    const scans = all.filter((row) => row.context === SECRET_SCAN_CONTEXT);
    expect(scans.reduce((a, b) => (a.id > b.id ? a : b)).status).toBe('success');
    expect(scans.some((row) => row.status === 'failure')).toBe(true);
  });

  it('answers [] with x-total-count 0 for an unknown sha', async () => {
    const answer = await get(statusesUrl('0'.repeat(40), 'page=1'), job());
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual([]);
    expect(answer.headers.get('x-total-count')).toBe('0');
  });

  it('puts an added status first', async () => {
    const id = world.gitea.addStatus(world.sha, CI_CONTEXT, 'failure', 'late failure');
    const [row] = rows((await get(statusesUrl(world.sha, 'page=1&limit=5'), job())).json);
    expect(row).toMatchObject({ id, context: CI_CONTEXT, status: 'failure' });
  });

  it('posts the timeline only after N reads of page 1; other pages do not count', async () => {
    world.gitea.statusTimeline(world.sha, [{ afterReads: 2, context: 'Late / check (push)', state: 'success' }]);
    const firstRow = async (page: number) => rows((await get(statusesUrl(world.sha, `page=${page}&limit=50`), job())).json)[0]?.context;
    expect(await firstRow(1)).not.toBe('Late / check (push)');
    await firstRow(2);
    await firstRow(2);
    expect(await firstRow(1)).not.toBe('Late / check (push)');
    expect(world.gitea.page1Reads(world.sha)).toBe(2);
    expect(await firstRow(1)).toBe('Late / check (push)');
  });

  it('fails reads of one page on demand, and recovers', async () => {
    world.gitea.failStatusReads(500, 2);
    expect((await get(statusesUrl(world.sha, 'page=1&limit=50'), job())).status).toBe(200);
    expect((await get(statusesUrl(world.sha, 'page=2&limit=50'), job())).status).toBe(500);
    world.gitea.failStatusReads(null);
    expect((await get(statusesUrl(world.sha, 'page=2&limit=50'), job())).status).toBe(200);
  });

  it('accepts statuses posted through the API by a token with write access', async () => {
    const posted = await request('POST', `${repoUrl()}/statuses/${world.sha}`, {
      authorization: control(),
      body: { state: 'success', context: 'Posted / check (push)' },
    });
    expect(posted.status).toBe(201);
    const [row] = rows((await get(statusesUrl(world.sha, 'page=1&limit=1'), job())).json);
    expect(row).toMatchObject({ context: 'Posted / check (push)', status: 'success' });
  });
});

describe('GET …/commits/{sha}/status (combined view)', () => {
  it('caps the list at 30 and misses the Secret scan success', async () => {
    const answer = await get(`${repoUrl()}/commits/${world.sha}/status`, job());
    const body = answer.json as { state: string; statuses: Row[] };
    expect(body.state).toEqual(expect.any(String));
    expect(body.statuses).toHaveLength(30);
    expect(body.statuses.some((row) => row.context === SECRET_SCAN_CONTEXT)).toBe(false);
  });
});

describe('GET …/actions/variables/{name}', () => {
  const variableUrl = () => `${repoUrl()}/actions/variables/PROD_AUTO_DEPLOY_DISABLED`;

  it('refuses the job token with 403', async () => {
    world.gitea.setVariable('PROD_AUTO_DEPLOY_DISABLED', 'true');
    expect((await get(variableUrl(), job())).status).toBe(403);
  });

  it('answers 404 to the control token while the variable is unset', async () => {
    expect((await get(variableUrl(), control())).status).toBe(404);
  });

  it('answers the value in `data` once set, and 404 again once deleted', async () => {
    world.gitea.setVariable('PROD_AUTO_DEPLOY_DISABLED', 'true');
    const answer = await get(variableUrl(), control());
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ owner_id: 0, repo_id: 1, name: 'PROD_AUTO_DEPLOY_DISABLED', data: 'true', description: '' });
    world.gitea.setVariable('PROD_AUTO_DEPLOY_DISABLED', null);
    expect((await get(variableUrl(), control())).status).toBe(404);
  });

  it('fails every read with the armed status', async () => {
    world.gitea.failVariableReads(500);
    expect((await get(variableUrl(), control())).status).toBe(500);
    world.gitea.failVariableReads(null);
    expect((await get(variableUrl(), control())).status).toBe(404);
  });
});

describe('GET /repos/{owner}/{repo}', () => {
  it('shows the repository to both tokens (a client tells an unset variable from a hidden repo)', async () => {
    expect((await get(repoUrl(), job())).json).toMatchObject({ full_name: `${world.owner}/${world.repo}`, permissions: { admin: false } });
    expect((await get(repoUrl(), control())).json).toMatchObject({ default_branch: 'main', permissions: { admin: true } });
    expect((await get(repoUrl())).status).toBe(401);
  });
});

describe('GET …/branches/{branch}', () => {
  it('answers the head in commit.id, and follows setBranchHead', async () => {
    const url = `${repoUrl()}/branches/main`;
    expect((await get(url, job())).json).toMatchObject({ name: 'main', commit: { id: world.sha } });
    world.gitea.setBranchHead('f'.repeat(40));
    expect((await get(url, job())).json).toMatchObject({ commit: { id: 'f'.repeat(40) } });
  });

  it('answers 404 for another branch and the armed status when reads fail', async () => {
    expect((await get(`${repoUrl()}/branches/develop`, job())).status).toBe(404);
    world.gitea.failBranchReads(502);
    expect((await get(`${repoUrl()}/branches/main`, job())).status).toBe(502);
  });
});

describe('POST …/statuses/{sha}', () => {
  const post = (authorization: string, body: unknown, sha = world.sha) => request('POST', `${repoUrl()}/statuses/${sha}`, { authorization, body });
  const status = () => `token ${world.tokens.status}`;
  const pending = { state: 'pending', context: 'Production deploy', description: 'rolling', target_url: 'http://127.0.0.1/run/7' };

  it('stores the status for the status token (201 with the row), lists it first and records who posted it', async () => {
    const answer = await post(status(), pending);
    expect(answer.status).toBe(201);
    expect(answer.json).toMatchObject({ context: 'Production deploy', status: 'pending', target_url: 'http://127.0.0.1/run/7' });
    const [newest] = rows((await get(statusesUrl(world.sha, 'page=1&limit=1'), job())).json);
    expect(newest).toMatchObject({ context: 'Production deploy', status: 'pending' });
    expect(world.gitea.postedStatuses(world.sha)).toEqual([
      {
        id: expect.any(Number),
        sha: world.sha,
        state: 'pending',
        context: 'Production deploy',
        description: 'rolling',
        targetUrl: 'http://127.0.0.1/run/7',
        authorization: status(),
      },
    ]);
  });

  it('refuses the read-only job token with 403, an unknown state with 422, and stores nothing', async () => {
    expect((await post(job(), pending)).status).toBe(403);
    expect((await post(status(), { ...pending, state: 'skipped' })).status).toBe(422);
    expect(world.gitea.postedStatuses()).toEqual([]);
  });

  it('stores a status posted on a short SHA under the full commit, as Gitea does; an unknown short SHA is 404', async () => {
    expect((await post(status(), pending, world.previousSha.slice(0, 7))).status).toBe(201);
    expect(world.gitea.postedStatuses(world.previousSha)).toHaveLength(1);
    expect((await post(status(), pending, 'fffffff')).status).toBe(404);
  });

  it('fails every post with the armed status until restored', async () => {
    world.gitea.failStatusPosts(500);
    expect((await post(status(), pending)).status).toBe(500);
    world.gitea.failStatusPosts(null);
    expect((await post(control(), pending)).status).toBe(201);
    expect(world.gitea.postedStatuses()).toHaveLength(1);
  });
});
