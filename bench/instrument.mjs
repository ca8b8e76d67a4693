// Runs in the page before the app (Playwright init script): long tasks, slow input events,
// draft writes to storage, clicks, and a frame-accurate wait for something the filer sees.
// Self-contained: Playwright serialises the function into the page.

export function instrumentPage() {
  const bench = { longTasks: [], events: [], draftWrites: [], clicks: [] }
  window.__bench = bench

  const observe = (type, options, push) => {
    try {
      new PerformanceObserver(list => list.getEntries().forEach(push))
        .observe({ type, buffered: true, ...options })
    } catch {
      bench[`no_${type}`] = true
    }
  }
  observe('longtask', {}, e => bench.longTasks.push({ start: e.startTime, duration: e.duration }))
  observe('event', { durationThreshold: 16 }, (e) => {
    bench.events.push({ name: e.name, start: e.startTime, duration: e.duration })
  })

  // A draft save ends in a storage write under a draft key; its time is observed here.
  const setItem = Storage.prototype.setItem
  Storage.prototype.setItem = function (key, value) {
    const start = performance.now()
    try {
      return setItem.call(this, key, value)
    } finally {
      if (/draft/i.test(key)) {
        const duration = performance.now() - start
        bench.draftWrites.push({ key, start, duration, chars: String(value).length })
      }
    }
  }
  addEventListener('click', event => bench.clicks.push(event.timeStamp), true)

  const shown = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'
  const leaving = el => Boolean(el.closest('[class*="-leave-active"]'))
  const nameOf = (el) => {
    const labelledBy = el.getAttribute('aria-labelledby')
    const label = labelledBy && document.getElementById(labelledBy)

    return el.getAttribute('aria-label') ?? label?.textContent?.trim() ?? ''
  }
  const editorOpen = () => [...document.querySelectorAll('[role="dialog"]')]
    .some(el => nameOf(el).startsWith('编辑') && shown(el) && !leaving(el))
  const hasButton = text => [...document.querySelectorAll('button')]
    .some(el => el.textContent.trim() === text && shown(el))

  bench.tests = {
    // 下一步 is on screen and a section shows the 3,000 workers' count (not digits in a phone).
    usable: () => hasButton('下一步') && /(^|\D)3,?000(\D|$)/.test(document.body.textContent),
    editorOpen,
    editorClosed: () => !editorOpen(),
  }

  /** The time of the first animation frame in which `tests[name]` holds, or null. */
  bench.firstFrame = (name, timeoutMs) => new Promise((resolve) => {
    const started = performance.now()
    const tick = () => {
      if (document.body && bench.tests[name]()) return resolve(performance.now())
      if (performance.now() - started > timeoutMs) return resolve(null)
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
  bench.usableAt = bench.firstFrame('usable', 60_000)
}
