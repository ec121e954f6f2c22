import type { RecordedRequest } from '../types';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
export type RecordEntry = Mutable<RecordedRequest>;

/** One log shared by the three servers, so tests see the order across services. */
export interface Recorder {
  readonly requests: readonly RecordedRequest[];
  /** Appends at arrival; the caller fills in `status` when it answers. */
  record(entry: Omit<RecordEntry, 'status' | 'at' | 'fault'>): RecordEntry;
}

export function createRecorder(now: () => number = () => performance.now()): Recorder {
  const startedAt = now();
  const requests: RecordEntry[] = [];
  return {
    requests,
    record(entry) {
      const recorded: RecordEntry = { ...entry, status: 0, at: Math.round((now() - startedAt) * 1000) / 1000 };
      if (recorded.authorization === undefined) delete recorded.authorization;
      if (recorded.body === undefined) delete recorded.body;
      requests.push(recorded);
      return recorded;
    },
  };
}
