/**
 * A FIFO with O(1) push and shift (an array and a moving head, compacted now and then),
 * so that 10,000 tenants and their re-reads never cost quadratic `Array.shift` time.
 */
export class WorkQueue<T> {
  private items: T[] = [];
  private head = 0;

  constructor(initial: Iterable<T> = []) {
    for (const item of initial) this.items.push(item);
  }

  get size(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head] as T;
    this.head += 1;
    // Drop the consumed prefix once it dominates, keeping memory proportional to what is queued.
    if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}

export interface PoolOptions {
  /** At most this many `work` calls run at once. */
  readonly concurrency: number;
  /** Once it fires, no worker takes another item. */
  readonly signal?: AbortSignal;
}

/**
 * N workers pulling from one queue until it is empty (not `Promise.all` over every item,
 * which would start them all at once). `work` may push items back (a re-read later):
 * the worker that pushed is still alive and will pull again, so nothing is left behind.
 * A `work` that rejects does not stop the pool: `onError` gets the item and the cause.
 */
export async function runPool<T>(queue: WorkQueue<T>, options: PoolOptions, work: (item: T) => Promise<void>, onError: (item: T, cause: unknown) => void): Promise<void> {
  const { signal } = options;
  const worker = async (): Promise<void> => {
    while (!signal?.aborted) {
      const item = queue.shift();
      if (item === undefined) return;
      try {
        await work(item);
      } catch (cause) {
        onError(item, cause);
      }
    }
  };
  const workers: Promise<void>[] = [];
  const count = Math.min(Math.max(1, Math.floor(options.concurrency)), queue.size);
  for (let i = 0; i < count; i += 1) workers.push(worker());
  await Promise.all(workers);
}
