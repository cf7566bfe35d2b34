/**
 * `compute` remembered by `keyOf` its arguments, for pure functions called
 * again and again with the same few arguments (every page shows the same
 * weeks of days). At `limit` keys it starts over, so an unusual caller can
 * never make it grow without end.
 */
export function boundedMemo<Args extends unknown[], V>(limit: number, keyOf: (...args: Args) => string, compute: (...args: Args) => V): (...args: Args) => V {
  const memo = new Map<string, V>();
  return (...args) => {
    const key = keyOf(...args);
    let value = memo.get(key);
    if (value === undefined) {
      if (memo.size >= limit) memo.clear();
      value = compute(...args);
      memo.set(key, value);
    }
    return value;
  };
}
