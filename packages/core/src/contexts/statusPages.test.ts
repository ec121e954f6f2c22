import { describe, expect, it } from 'vitest';
import { fakeStatusSource, httpError, pageOf, status } from '../_testing/fakeGitea';
import type { CommitStatus } from '../ports';
import { MAX_STATUS_PAGES, readAllStatuses, STATUS_PAGE_LIMIT } from './statusPages';

const SHA = '0123456789abcdef0123456789abcdef01234567';

function rows(count: number, firstId = 1): CommitStatus[] {
  return Array.from({ length: count }, (_, i) => status(firstId + count - 1 - i, `other/${i}`, 'success'));
}

describe('readAllStatuses', () => {
  it('asks for limit 50 and reads pages 1, 2, 3… until an empty page', async () => {
    const all = rows(120);
    const source = fakeStatusSource((request) => pageOf(all, request));

    const read = await readAllStatuses(source, SHA);

    expect(read._unsafeUnwrap().rows).toHaveLength(120);
    expect(read._unsafeUnwrap().requests).toBe(4);
    expect(source.requests).toEqual([1, 2, 3, 4].map((page) => ({ sha: SHA, page, limit: STATUS_PAGE_LIMIT })));
  });

  it('does not stop at a short page: a later page may still hold rows', async () => {
    const page1 = rows(30, 100);
    const page2 = [status(7, 'ci/test', 'success')];
    const source = fakeStatusSource((request) => (request.page === 1 ? page1 : request.page === 2 ? page2 : []));

    const read = await readAllStatuses(source, SHA);

    expect(read._unsafeUnwrap().rows).toContainEqual(status(7, 'ci/test', 'success'));
    expect(read._unsafeUnwrap().requests).toBe(3);
  });

  it('reads a page of 200,000 rows (a server ignoring limit) without overflowing the stack', async () => {
    const huge = rows(200_000);
    const source = fakeStatusSource((request) => (request.page === 1 ? huge : []));

    const read = await readAllStatuses(source, SHA);

    expect(read._unsafeUnwrap().rows).toHaveLength(200_000);
    expect(read._unsafeUnwrap().requests).toBe(2);
  });

  it('costs one request for a commit with no statuses at all', async () => {
    const source = fakeStatusSource(() => []);

    const read = await readAllStatuses(source, SHA);

    expect(read._unsafeUnwrap()).toEqual({ rows: [], requests: 1 });
  });

  it('fails the whole read when any page fails, handing back no rows', async () => {
    const all = rows(80);
    const source = fakeStatusSource((request) => (request.page === 2 ? httpError(503) : pageOf(all, request)));

    const read = await readAllStatuses(source, SHA);

    expect(read.isErr()).toBe(true);
    expect(read._unsafeUnwrapErr()).toEqual({ error: httpError(503), requests: 2 });
    expect(source.requests.map((r) => r.page)).toEqual([1, 2]);
  });

  it('turns a throwing adapter into an `unexpected` failure instead of a rejection', async () => {
    const source = fakeStatusSource(() => {
      throw new Error('socket exploded');
    });

    const read = await readAllStatuses(source, SHA);

    expect(read._unsafeUnwrapErr().error).toMatchObject({ kind: 'unexpected', message: 'socket exploded' });
  });

  it('fails closed when a server never sends an empty page', async () => {
    const source = fakeStatusSource(() => [status(1, 'ci/test', 'success')]);

    const read = await readAllStatuses(source, SHA);

    expect(read._unsafeUnwrapErr().error).toMatchObject({ kind: 'invalid-response' });
    expect(source.requests).toHaveLength(MAX_STATUS_PAGES);
  });

  it('stops between pages once the signal aborts', async () => {
    const controller = new AbortController();
    const source = fakeStatusSource(() => {
      controller.abort();
      return rows(50);
    });

    const read = await readAllStatuses(source, SHA, controller.signal);

    expect(read._unsafeUnwrapErr().error.kind).toBe('aborted');
    expect(source.requests).toHaveLength(1);
  });
});
