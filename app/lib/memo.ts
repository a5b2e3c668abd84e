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

/**
 * Shares one load per key for `ttlMs` (per process, per database handle): under
 * a spike, thousands of requests a second that want the same row get it from
 * one query. A failed load is forgotten at once. With an infinite `ttlMs` it
 * loads once per owner for the life of the process (a key that never changes).
 */
export function sharedForAMoment<V>(ttlMs: number, max = 1_000) {
  const byOwner = new WeakMap<object, Map<string, { at: number; value: Promise<V> }>>();
  return (owner: object, key: string, load: () => Promise<V>): Promise<V> => {
    let cache = byOwner.get(owner);
    if (!cache) {
      cache = new Map();
      byOwner.set(owner, cache);
    }
    const now = Date.now();
    const hit = cache.get(key);
    if (hit && now - hit.at < ttlMs) return hit.value;
    // Keys come from URLs: an endless stream of unknown ones must not grow the map for ever.
    if (cache.size >= max) cache.clear();
    const value = load();
    cache.set(key, { at: now, value });
    value.catch(() => cache.delete(key));
    return value;
  };
}
