// Named performance measures the bench (bench/typing.mjs) and DevTools read.

function userTiming(): Performance | null {
  const perf = typeof performance === 'undefined' ? null : performance
  return perf && typeof perf.mark === 'function' && typeof perf.measure === 'function' ? perf : null
}

/** Runs `work` inside a performance measure called `name`; just runs it where there is none. */
export function measured<T>(name: string, work: () => T): T {
  const perf = userTiming()
  if (!perf) return work()

  const start = `${name}:start`
  perf.mark(start)
  try {
    return work()
  } finally {
    try {
      perf.measure(name, start)
      perf.clearMarks(start)
    } catch {
      // Old engines with a partial User Timing API: the work is done, only the figure is lost.
    }
  }
}
