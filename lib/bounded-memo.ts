/**
 * `compute` remembered by key, for pure functions called again and again with
 * the same few keys (every page shows the same weeks of days). At `limit`
 * keys it starts over, so an unusual caller can never make it grow without end.
 */
export function boundedMemo<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const memo = new Map<string, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      if (memo.size >= limit) memo.clear();
      value = compute(key);
      memo.set(key, value);
    }
    return value;
  };
}
