import { startWorld, type World } from '@molecule/deploy-testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../_testing/runInProcess';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const short = (sha: string) => sha.slice(0, 7);

/** A fleet half-way between two commits, one tenant built without its sha and one whose /buildinfo is a proxy's 404 page. */
async function mixedFleet(): Promise<World> {
  world = await startWorld({ scenario: 'happy' });
  for (const slug of ['hongming', 'acme']) world.fleet.setImage(slug, `staging-${short(world.sha)}`);
  world.fleet.dev('umbrella');
  world.faults.inject({ service: 'tenant', match: (_method, path) => path.includes('/hooli/'), kind: 'html', status: 404 });
  return world;
}

async function fleet(w: World, argv: readonly string[], env: Record<string, string | undefined> = w.env()) {
  const run = await runInProcess(['fleet', ...argv], env);
  const report = run.stdout.trim().startsWith('{') ? (JSON.parse(run.stdout) as Record<string, any>) : undefined;
  return { run, report };
}

describe('fleet: what the fleet runs (issue 15)', () => {
  it('groups a mixed fleet by commit, largest first, marks the branch head and names the unreadable tenants (exit 1)', async () => {
    const w = await mixedFleet();
    const { run, report } = await fleet(w, ['--json']);
    expect(run.code).toBe(1);
    expect(report).toMatchObject({ command: 'fleet', outcome: 'incomplete', unreadable: 2, branch: { name: 'main', head: w.sha, historyRead: 2 } });
    expect(report?.commits).toEqual([
      // A tie keeps the order of the first tenant listed.
      { sha: w.sha, count: 2, slugs: ['hongming', 'acme'], branchHead: true, behind: 0 },
      { sha: w.previousSha, count: 2, slugs: ['globex', 'initech'], branchHead: false, behind: 1 },
    ]);
    const problems = Object.fromEntries((report?.tenants as { slug: string; problem?: string }[]).filter((t) => t.problem).map((t) => [t.slug, t.problem]));
    expect(Object.keys(problems)).toEqual(['umbrella', 'hooli']);
    expect(problems.umbrella).toContain('"dev"');
    expect(problems.hooli).toContain('404');
  });

  it('prints one line per commit, then each unreadable tenant with why', async () => {
    const w = await mixedFleet();
    const { run } = await fleet(w, []);
    expect(run.stdout).toContain(`fleet incomplete: 4/6 tenants answered, running 2 commits; main is at ${short(w.sha)}; 2 could not be read`);
    expect(run.stdout).toContain(`  2 tenants  ${short(w.previousSha)}  1 commit behind main: globex, initech`);
    expect(run.stdout).toContain(`  2 tenants  ${short(w.sha)}  main head: hongming, acme`);
    expect(run.stdout).toMatch(/^ {2}unreadable {3}umbrella: .*"dev"/m);
    expect(run.stdout).toMatch(/^ {2}unreadable {3}hooli: .*404/m);
  });

  it('exits 0 when every tenant answered, and never sends a mutating request (one dry run to list the tenants)', async () => {
    world = await startWorld({ scenario: 'happy' });
    const { run, report } = await fleet(world, ['--json']);
    expect(run.code).toBe(0);
    expect(report).toMatchObject({ outcome: 'answered', commits: [{ sha: world.previousSha, count: 6, behind: 1 }] });
    const cp = world.requests.filter((r) => r.service === 'cp');
    expect(cp).toHaveLength(1);
    expect(cp[0]?.body).toMatchObject({ dry_run: true, confirm: true });
    expect(world.requests.filter((r) => r.service === 'gitea').every((r) => r.method === 'GET')).toBe(true);
  });

  it('reads only the listed tenants with --slugs, without the control plane, and without Gitea says the head is not marked', async () => {
    world = await startWorld({ scenario: 'happy' });
    const { AUTO_SYNC_TOKEN: _gitea, CP_ADMIN_API_TOKEN: _cp, ...env } = world.env();
    const { run, report } = await fleet(world, ['--json', '--slugs', 'acme,globex'], env);
    expect(run.code).toBe(0);
    expect(report?.commits).toEqual([{ sha: world.previousSha, count: 2, slugs: ['acme', 'globex'] }]);
    expect(world.requests.filter((r) => r.service !== 'tenant')).toEqual([]);
    expect(run.stderr).toContain('the branch head is not marked');
  });

  it('needs a list or the control-plane token: exit 2 before any request', async () => {
    world = await startWorld({ scenario: 'happy' });
    const { CP_ADMIN_API_TOKEN: _cp, ...env } = world.env();
    const { run } = await fleet(world, [], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('to list the tenants');
    expect(world.requests).toEqual([]);
  });
});
