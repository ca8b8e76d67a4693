// Typing like a filer, and what it costs the main thread: long tasks, slow input events, and
// the app's draft saves (its performance measures named *draft*, and its draft-key writes).
import { max, median } from './stats.mjs'

/** Typing speed of a quick filer, and the quiet time after the last key (debounced work). */
const KEY_DELAY_MS = 100
const TAIL_MS = 1500

/** Types `text` into `field` and reports what blocked the main thread meanwhile. */
export async function typingIn(page, field, text) {
  await field.selectText()
  const from = await page.evaluate(() => performance.now())
  await field.pressSequentially(text, { delay: KEY_DELAY_MS })
  await page.waitForTimeout(TAIL_MS)

  const seen = await page.evaluate((from) => {
    const bench = window.__bench
    const after = entry => (entry.startTime ?? entry.start) >= from
    const draftEntries = type => performance.getEntriesByType(type)
      .filter(entry => /draft/i.test(entry.name) && after(entry))

    return {
      longTasks: bench.longTasks.filter(after).map(task => task.duration),
      events: bench.events.filter(after).map(event => event.duration),
      draftMeasures: draftEntries('measure').map(entry => entry.duration),
      draftMarks: draftEntries('mark').length,
      draftWrites: bench.draftWrites.filter(after),
      longtaskSupported: !bench.no_longtask,
    }
  }, from)

  const { longTasks, events, ...rest } = seen

  return {
    characters: [...text].length,
    longestTask: max(longTasks),
    longTasks: longTasks.length,
    slowestInputEvent: max(events),
    ...rest,
  }
}

function storageWrites(writes) {
  if (!writes.length) return { writes: 0 }

  return {
    writes: writes.length,
    maxMs: max(writes.map(write => write.duration)),
    maxChars: max(writes.map(write => write.chars)),
  }
}

/** Draft save per change over the typing runs, or null with the reason it cannot be read. */
export function draftSave(runs) {
  const durations = runs.flatMap(run => run.draftMeasures)
  const storage = storageWrites(runs.flatMap(run => run.draftWrites))
  if (durations.length) {
    const perChangeMs = median(durations)

    return { perChangeMs, maxMs: max(durations), measures: durations.length, storage }
  }

  const marks = runs.reduce((sum, run) => sum + run.draftMarks, 0)
  const why = marks
    ? `the app sets ${marks} performance marks named *draft* but no measure with a duration`
    : 'the app records no performance mark or measure named *draft* while the filer types'

  return { perChangeMs: null, why, storage }
}
