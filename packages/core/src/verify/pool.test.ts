import { describe, expect, it } from 'vitest';
import { runPool, WorkQueue } from './pool';

const tick = () => Promise.resolve();

describe('WorkQueue', () => {
  it('hands items out first in, first out, across compactions', () => {
    const queue = new WorkQueue([0, 1, 2]);
    const out: number[] = [];
    for (let next = 3; next < 5000; next += 1) {
      queue.push(next);
      out.push(queue.shift() as number);
    }
    while (queue.size > 0) out.push(queue.shift() as number);
    expect(out).toEqual(Array.from({ length: 5000 }, (_, i) => i));
    expect(queue.shift()).toBeUndefined();
  });
});

describe('runPool', () => {
  it('runs at most `concurrency` items at once and finishes items pushed back by the work', async () => {
    const queue = new WorkQueue(Array.from({ length: 10 }, (_, i) => ({ id: i, visits: 0 })));
    let inFlight = 0;
    let maxInFlight = 0;
    const visits: number[] = [];
    await runPool(
      queue,
      { concurrency: 3 },
      async (item) => {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await tick();
        await tick();
        inFlight -= 1;
        item.visits += 1;
        visits.push(item.id);
        if (item.visits < 2) queue.push(item);
      },
      () => {},
    );
    expect(maxInFlight).toBe(3);
    expect(visits.filter((id) => id === 7)).toHaveLength(2);
    expect(visits).toHaveLength(20);
  });

  it('hands a failing item to onError and keeps going', async () => {
    const failed: number[] = [];
    const done: number[] = [];
    await runPool(
      new WorkQueue([1, 2, 3]),
      { concurrency: 1 },
      async (item) => {
        if (item === 2) throw new Error('boom');
        done.push(item);
      },
      (item) => failed.push(item),
    );
    expect(failed).toEqual([2]);
    expect(done).toEqual([1, 3]);
  });

  it('takes no further item once the signal fires', async () => {
    const controller = new AbortController();
    const done: number[] = [];
    await runPool(
      new WorkQueue([1, 2, 3, 4]),
      { concurrency: 1, signal: controller.signal },
      async (item) => {
        done.push(item);
        if (item === 2) controller.abort();
      },
      () => {},
    );
    expect(done).toEqual([1, 2]);
  });
});
