import { setTimeout as sleep } from 'node:timers/promises';
import { get, request } from './fetchJson';

/**
 * A deliberately plain deploy that follows lessons.md and control-plane.md, used only to prove that
 * each scenario's `expected` outcome is what a correct tool gets from the world. It is a test oracle
 * for the testkit, not the product (that is core's `deploy`).
 */
export interface ReferenceOutcome {
  readonly outcome: 'deployed' | 'skipped' | 'failed';
  readonly reason: string;
  readonly stragglers: readonly string[];
}

const TERMINAL = new Set(['failure', 'error', 'cancelled', 'canceled', 'skipped']);
const truthy = (value: string | undefined) => ['true', '1', 'yes'].includes((value ?? '').trim().toLowerCase());

export async function referenceDeploy(env: Record<string, string>, verifyTimeoutMs = 600): Promise<ReferenceOutcome> {
  const done = (outcome: ReferenceOutcome['outcome'], reason: string, stragglers: readonly string[] = []) => ({ outcome, reason, stragglers });
  const api = `${env.GITHUB_API_URL}/repos/${env.GITHUB_REPOSITORY}`;
  const job = `token ${env.AUTO_SYNC_TOKEN}`;
  const sha = env.GITHUB_SHA as string;
  if (truthy(env.PROD_AUTO_DEPLOY_DISABLED)) return done('skipped', 'kill switch armed at job start');

  // Lesson 13 / 11: a push deploys this commit; a manual run honours the target and verifies against it.
  const manual = env.GITHUB_EVENT_NAME !== 'push' ? env.PROD_MANUAL_REDEPLOY_TARGET_TAG : undefined;
  const targetTag = manual ?? `staging-${sha.slice(0, 7)}`;
  const expectedSha = targetTag.slice('staging-'.length);

  // Lessons 1, 2, 4: page to an empty page, highest id per context, terminal states stop at once.
  const required = (env.PROD_AUTO_DEPLOY_REQUIRED_CONTEXTS ?? '').split(',').filter(Boolean);
  const deadline = Date.now() + Number(env.CI_STATUS_TIMEOUT_SECONDS) * 1000;
  for (;;) {
    const latest = new Map<string, { id: number; status: string }>();
    for (let page = 1; ; page += 1) {
      const answer = await get(`${api}/commits/${sha}/statuses?page=${page}&limit=50`, job);
      if (answer.status !== 200) return done('failed', `status read failed (${answer.status})`);
      const rows = answer.json as { id: number; context: string; status: string }[];
      if (rows.length === 0) break;
      for (const row of rows) if ((latest.get(row.context)?.id ?? -1) < row.id) latest.set(row.context, row);
    }
    const states = required.map((context) => latest.get(context)?.status ?? 'missing');
    const failed = required.find((_, i) => TERMINAL.has(states[i] as string));
    if (failed !== undefined) return done('failed', `required context ${failed} failed`);
    if (states.every((state) => state === 'success')) break;
    if (Date.now() > deadline) return done('failed', 'required contexts timed out');
    await sleep(Number(env.CI_STATUS_POLL_INTERVAL_SECONDS) * 1000);
  }

  // Lesson 6.
  const superseded = async () => {
    const answer = await get(`${api}/branches/${env.GITHUB_REF_NAME}`, job);
    const head = (answer.json as { commit?: { id?: string } } | undefined)?.commit?.id;
    return answer.status === 200 && typeof head === 'string' && head.slice(0, 7) !== sha.slice(0, 7);
  };
  if (await superseded()) return done('skipped', 'superseded by a newer commit');

  // Lesson 9: retry gateway errors with growing delays.
  const delays = (env.PROD_CP_RETRY_DELAYS_SECONDS ?? '').split(',').map(Number);
  const cp = async (body: Record<string, unknown>) => {
    for (let attempt = 0; ; attempt += 1) {
      const answer = await request('POST', `${env.PROD_CP_URL}/cp/admin/tenants/redeploy-fleet`, {
        authorization: `Bearer ${env.CP_ADMIN_API_TOKEN}`,
        body: { confirm: true, target_tag: targetTag, soak_seconds: 0, max_stragglers: maxStragglers, ...body },
      });
      if ([502, 503, 504].includes(answer.status) && attempt < delays.length) {
        await sleep((delays[attempt] ?? 0) * 1000);
        continue;
      }
      if (answer.status !== 200) return undefined;
      return answer.json as { ok: boolean; results: { slug: string; verified_on_target?: boolean }[] };
    }
  };
  const canary = env.PROD_AUTO_DEPLOY_CANARY_SLUG || undefined;
  const batchSize = Number(env.PROD_AUTO_DEPLOY_BATCH_SIZE);
  const maxStragglers = Number(env.PROD_AUTO_DEPLOY_MAX_STRAGGLERS);
  const plan = await cp({ dry_run: true, batch_size: batchSize, ...(canary === undefined ? {} : { canary_slug: canary }) });
  if (plan === undefined || !plan.ok) return done('failed', 'enumeration failed');
  const enumerated = plan.results.map((row) => row.slug);
  if (canary !== undefined && !enumerated.includes(canary)) return done('failed', 'canary not enumerated');

  // Lesson 5: only 404 means "not armed".
  const variable = await get(`${api}/actions/variables/PROD_AUTO_DEPLOY_DISABLED`, `token ${env.PROD_AUTO_DEPLOY_CONTROL_TOKEN}`);
  if (variable.status === 200 && truthy((variable.json as { data: string }).data)) return done('skipped', 'kill switch armed (live)');
  if (variable.status !== 200 && variable.status !== 404) return done('failed', 'kill switch unreadable');
  if (await superseded()) return done('skipped', 'superseded by a newer commit');

  const rows: { slug: string; verified_on_target?: boolean }[] = [];
  const rest = enumerated.filter((slug) => slug !== canary);
  const calls: { phase: string; slugs: string[] }[] = canary === undefined ? [] : [{ phase: 'canary', slugs: [canary] }];
  for (let i = 0; i < rest.length; i += batchSize) calls.push({ phase: `batch-${i / batchSize + 1}`, slugs: rest.slice(i, i + batchSize) });
  for (const call of calls) {
    const answer = await cp({ dry_run: false, only_slugs: call.slugs, batch_size: call.slugs.length });
    if (answer !== undefined) for (const row of answer.results) rows.push(row);
    if (answer === undefined || !answer.ok) return done('failed', `rollout stopped at ${call.phase}`);
    if (call.phase === 'canary') await sleep(Number(env.PROD_AUTO_DEPLOY_SOAK_SECONDS) * 1000);
  }

  // Lessons 7, 8: coverage, then every tenant's own /buildinfo.
  const landed = new Set(rows.filter((row) => row.verified_on_target !== false).map((row) => row.slug));
  const stragglers = enumerated.filter((slug) => !landed.has(slug));
  if (stragglers.length > maxStragglers) return done('failed', `${stragglers.length} tenants did not land, more than ${maxStragglers} allowed`, stragglers);
  const verifyDeadline = Date.now() + verifyTimeoutMs;
  for (const slug of enumerated.filter((s) => landed.has(s))) {
    for (;;) {
      const info = await get(`${(env.PROD_TENANT_URL_TEMPLATE as string).replace('{slug}', slug)}/buildinfo`);
      const served = (info.json as { git_sha?: string } | undefined)?.git_sha ?? '';
      if (info.status === 200 && served.startsWith(expectedSha)) break;
      if (Date.now() > verifyDeadline) return done('failed', `tenants do not serve ${expectedSha}: ${slug}`, stragglers);
      await sleep(Number(env.PROD_VERIFY_INTERVAL_SECONDS) * 1000);
    }
  }
  return done('deployed', 'fleet verified', stragglers);
}
