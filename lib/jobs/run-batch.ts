/**
 * Runs a batch's jobs side by side, but starts another only while nothing
 * else is running when `busy()` says people are waiting for pages. `run`
 * never rejects (it settles each job itself).
 */
export function runBatch<T, R>(items: readonly T[], run: (item: T) => Promise<R>, busy: () => boolean): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  let active = 0;
  return new Promise((resolve) => {
    const pump = () => {
      if (next >= items.length && active === 0) return resolve(results);
      while (next < items.length && (active === 0 || !busy())) {
        const index = next++;
        active++;
        void run(items[index] as T).then((result) => {
          results[index] = result;
          active--;
          pump();
        });
      }
    };
    pump();
  });
}
