/**
 * A computation in steps: `next()` until done; between two steps the caller may let other work
 * run (the store's Reports do, so that ten years of figures never hold up a turn for long).
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs a computation's steps to the end at once. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
