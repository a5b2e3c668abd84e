/**
 * Remembers the last `max` results of a pure function by a string key (least
 * recently used goes first). For page parts that are costly to draw and change
 * only when their inputs do: the map and chart change with the counts, the
 * petition text with an edit.
 */
export function memoize<A extends unknown[], R>(fn: (...args: A) => R, key: (...args: A) => string, max = 100): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args: A) => {
    const k = key(...args);
    const hit = cache.get(k);
    if (hit !== undefined) {
      cache.delete(k);
      cache.set(k, hit);
      return hit;
    }
    const value = fn(...args);
    cache.set(k, value);
    if (cache.size > max) cache.delete(cache.keys().next().value!);
    return value;
  };
}
