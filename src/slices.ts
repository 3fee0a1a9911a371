import { performance } from 'node:perf_hooks';

/** How long background work or a past-date report may hold the event loop before it lets turns run (issue 17: ≤ 20 ms). */
export const SLICE_MS = 8;

/** Lets everything waiting on the event loop (turns, timers, I/O) run before going on. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** How long a slice may take (default SLICE_MS), and what to wait for between two (default the next turn). */
export interface Slicing {
  sliceMs?: number;
  pause?: () => Promise<void>;
}

/**
 * A pass over many items that never holds the event loop longer than `sliceMs`: between slices
 * it waits for `pause` (the next turn of the event loop), so turns arriving meanwhile are answered.
 * `visit` must not rely on the world standing still between two items.
 */
export async function inSlices<T>(items: Iterable<T>, visit: (item: T) => void, options: Slicing = {}): Promise<void> {
  await inSteps(
    (function* () {
      for (const item of items) {
        visit(item);
        yield;
      }
    })(),
    options,
  );
}

/** Runs a computation in steps (see src/domain/report/steps.ts) to its end, in slices as `inSlices` does. */
export async function inSteps<T>(steps: Generator<void, T, void>, options: Slicing = {}): Promise<T> {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const pause = options.pause ?? nextTurn;
  let started = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) {
      // the caller goes on in a slice of its own: what it does with the result (rendering a card
      // of the figures) would otherwise be added to the last slice of the computation
      if (performance.now() - started >= 1) await pause();
      return step.value;
    }
    if (performance.now() - started >= sliceMs) {
      await pause();
      started = performance.now();
    }
  }
}
