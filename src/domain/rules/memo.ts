// Field checks are pure functions of short strings. Re-validating a 3,000-worker filing after
// one edit re-checks 3,000 unchanged rows, so their results are remembered by value.

const SEPARATOR = '\u0000'

/** `fn` with its results kept by arguments; forgets everything past `limit` entries. */
export function memoize<A extends string[], R>(fn: (...args: A) => R, limit = 50_000) {
  let cache = new Map<string, R>()

  return (...args: A): R => {
    const key = args.join(SEPARATOR)
    const hit = cache.get(key)
    if (hit !== undefined) return hit

    const result = fn(...args)
    // A bound, not an LRU: a filing never needs more, and a reset is cheap and rare.
    if (cache.size >= limit) cache = new Map()
    cache.set(key, result)

    return result
  }
}
