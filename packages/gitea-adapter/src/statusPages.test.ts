import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeClock } from '../../core/src/_testing/fakeClock';
import { readAllStatuses } from '../../core/src/contexts/statusPages';
import { createGiteaClient } from './createGiteaClient';

const API = 'http://127.0.0.1:3911/api/v1';
const SHA = 'c'.repeat(40);
const STATUSES = `${API}/repos/o/r/commits/${SHA}/statuses`;
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

interface Row {
  id: number;
  context: string;
  status: string;
}

/**
 * A commit's statuses, newest first, served 50 a page like Gitea. Each request records how many
 * requests had been answered when it arrived: the number of distinct values is the number of
 * round trips the reader needed.
 */
function statusServer(count: number, options: { totalHeader?: (actual: number) => string | undefined; beforeAnswer?: (page: number) => Promise<void> | void } = {}) {
  const rows: Row[] = Array.from({ length: count }, (_, i) => ({ id: count - i, context: `CI / job ${count - i}`, status: 'success' }));
  const log: Array<{ page: number; answeredBefore: number }> = [];
  let answered = 0;
  server.use(
    http.get(STATUSES, async ({ request }) => {
      const page = Number(new URL(request.url).searchParams.get('page'));
      log.push({ page, answeredBefore: answered });
      await delay(5);
      await options.beforeAnswer?.(page);
      const body = rows.slice((page - 1) * 50, page * 50);
      const total = options.totalHeader ? options.totalHeader(rows.length) : String(rows.length);
      answered += 1;
      return HttpResponse.json(body, { headers: total === undefined ? {} : { 'x-total-count': total } });
    }),
  );
  return {
    rows,
    pages: () => log.map((entry) => entry.page),
    roundTrips: () => new Set(log.map((entry) => entry.answeredBefore)).size,
    /** Posts a new status: the newest, so every older row moves one place down. */
    post: (id: number) => rows.unshift({ id, context: 'CI / late', status: 'pending' }),
  };
}

function client() {
  return createGiteaClient({ apiUrl: API, token: 't0ken', owner: 'o', repo: 'r', clock: fakeClock(), retry: false });
}

async function readAll() {
  return readAllStatuses(client(), SHA);
}

const idsOf = (rows: readonly { id: number }[]) => [...new Set(rows.map((row) => row.id))].sort((a, b) => a - b);

describe('reading every status page', () => {
  it('500 rows: page 1, the nine pages its X-Total-Count announces in parallel, then the empty page — 11 requests in 3 round trips', async () => {
    const gitea = statusServer(500);
    const read = (await readAll())._unsafeUnwrap();
    expect(read.rows).toHaveLength(500);
    expect(idsOf(read.rows)).toEqual(idsOf(gitea.rows));
    expect(gitea.pages().sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(gitea.roundTrips()).toBe(3);
    expect(read.requests).toBe(11);
  });

  it('without X-Total-Count the pages are read one after another, as before', async () => {
    const gitea = statusServer(120, { totalHeader: () => undefined });
    const read = (await readAll())._unsafeUnwrap();
    expect(idsOf(read.rows)).toEqual(idsOf(gitea.rows));
    expect(gitea.pages()).toEqual([1, 2, 3, 4]);
    expect(gitea.roundTrips()).toBe(4);
  });

  it('a header that promises more rows than exist: the list is re-read sequentially and ends on an empty page', async () => {
    const gitea = statusServer(120, { totalHeader: () => '5000' });
    const read = (await readAll())._unsafeUnwrap();
    expect(idsOf(read.rows)).toEqual(idsOf(gitea.rows));
    // The sequential re-read that settles it: pages 1–4, the last one empty.
    expect(gitea.pages().slice(-4)).toEqual([1, 2, 3, 4]);
    // A window of wasted pages (and those started while pages 2–3 were consumed), not the 100 announced.
    expect(gitea.pages().length).toBeLessThanOrEqual(20);
  });

  it('a header that promises fewer rows than exist: the rows past the promise are still read, to an empty page', async () => {
    const gitea = statusServer(500, { totalHeader: () => '60' });
    const read = (await readAll())._unsafeUnwrap();
    expect(idsOf(read.rows)).toEqual(idsOf(gitea.rows));
    expect(gitea.pages().slice(-11)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('a status posted while pages are read in parallel cannot hide the row it pushes onto an already-read page', async () => {
    // Page 3 is answered first; then a status is posted, which moves the oldest row of page 2
    // (id 101) onto page 3; then page 2 is answered without it. Only a re-read finds it.
    let page3Answered: () => void = () => undefined;
    const page3 = new Promise<void>((resolve) => {
      page3Answered = resolve;
    });
    const gitea = statusServer(200, {
      beforeAnswer: async (page) => {
        if (page === 3) setTimeout(page3Answered, 0);
        if (page === 2) {
          await page3;
          await delay(5);
          gitea.post(1_000);
        }
      },
    });
    const read = (await readAll())._unsafeUnwrap();
    expect(idsOf(read.rows)).toEqual(idsOf(gitea.rows));
    expect(read.rows.some((row) => row.id === 101)).toBe(true);
  });

  it('a failing page among the parallel ones fails the whole read: a partial list is never complete', async () => {
    statusServer(500);
    server.use(
      http.get(STATUSES, ({ request }) => (new URL(request.url).searchParams.get('page') === '7' ? HttpResponse.json({ message: 'boom' }, { status: 500 }) : undefined)),
    );
    const read = await readAll();
    expect(read._unsafeUnwrapErr().error).toMatchObject({ kind: 'http', status: 500 });
  });

  it('an empty page inside the announced range is not taken as the end', async () => {
    // The header is right about the count but page 2 comes back empty (a broken proxy cache).
    const gitea = statusServer(150);
    let emptied = false;
    server.use(
      http.get(STATUSES, ({ request }) => {
        if (emptied || new URL(request.url).searchParams.get('page') !== '2') return undefined;
        emptied = true;
        return HttpResponse.json([], { headers: { 'x-total-count': '150' } });
      }),
    );
    const read = (await readAll())._unsafeUnwrap();
    expect(idsOf(read.rows)).toEqual(idsOf(gitea.rows));
  });

  it('every poll reads afresh: a second read sees the rows posted since the first', async () => {
    const gitea = statusServer(120);
    const gateway = client();
    expect((await readAllStatuses(gateway, SHA))._unsafeUnwrap().rows).toHaveLength(120);
    gitea.post(5_000);
    const second = (await readAllStatuses(gateway, SHA))._unsafeUnwrap();
    expect(idsOf(second.rows)).toEqual(idsOf(gitea.rows));
  });
});
