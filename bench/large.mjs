// The large enterprise (60 workshops, 400 teams, 3,000 workers) on a phone-class CPU:
// Chromium throttled 4×, timings taken in the page at the frame the filer would see.
import { phoneContext, watchErrors } from './browser.mjs'
import { instrumentPage } from './instrument.mjs'
import { median } from './stats.mjs'
import { draftSave, typingIn } from './typing.mjs'

export const CPU_SLOWDOWN = 4
/** Fresh loads of the large filing; this machine is shared, so one run is noisy. */
export const RUNS = 3
const EDITOR_REPEATS = 3
const CREDIT_CODE_TYPED = '9144 0300 568520498A'
const ISSUER_TYPED = '广东省应急管理厅特种作业人员考核发证中心'.slice(0, 20)

/** From the filing response's last byte to the first frame where the form is usable. */
async function timeToUsable(page) {
  return page.evaluate(async () => {
    const usableAt = await window.__bench.usableAt
    const entry = performance.getEntriesByType('resource')
      .find(resource => /\/v1\/filing(\?|$)/.test(resource.name))

    return {
      usableAt,
      filingEnd: entry?.responseEnd ?? null,
      filingTransfer: entry?.transferSize ?? null,
      filingBytes: entry?.decodedBodySize ?? null,
    }
  })
}

/** Taps `target`; ms from the tap's event to the first frame where `test` holds. */
async function tapToFrame(page, target, test) {
  await target.scrollIntoViewIfNeeded()
  await page.evaluate((name) => {
    window.__bench.clicks.length = 0
    window.__bench.pending = window.__bench.firstFrame(name, 10_000)
  }, test)
  await target.click()

  return page.evaluate(async () => {
    const frameAt = await window.__bench.pending
    const tapAt = window.__bench.clicks[0]

    return frameAt === null || tapAt === undefined ? null : frameAt - tapAt
  })
}

function workerEditButtons(page) {
  const section = page.getByRole('region', { name: /两电一容/ })

  return section.getByRole('button', { name: /^编辑 / })
}

/** Open a worker's editor and save it unchanged, a few times; tap-to-frame and wall clock. */
async function editorRoundTrips(page) {
  const runs = []
  for (let i = 0; i < EDITOR_REPEATS; i += 1) {
    const edit = workerEditButtons(page).nth(i)
    const started = Date.now()
    const open = await tapToFrame(page, edit, 'editorOpen')
    const editor = page.getByRole('dialog', { name: /^编辑/ })
    const save = await tapToFrame(page, editor.getByRole('button', { name: '保存' }), 'editorClosed')
    await editor.waitFor({ state: 'hidden' })
    const total = open === null || save === null ? null : open + save
    runs.push({ open, save, total, wallClockMs: Date.now() - started })
  }
  return { runs }
}

/** One fresh load of the large filing on the form screen, CPU throttled, and its figures. */
async function largeOnce(browser, server) {
  const context = await phoneContext(browser)
  await context.addInitScript(instrumentPage)
  const page = await context.newPage()
  const errors = watchErrors(page)
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })

  await page.goto(`${server.url}#/form`)
  const load = await timeToUsable(page)
  const usable = load.usableAt !== null && load.filingEnd !== null
    ? load.usableAt - load.filingEnd
    : null

  await cdp.send('HeapProfiler.collectGarbage')
  const heap = await cdp.send('Runtime.getHeapUsage')
  const editor = await editorRoundTrips(page)

  await workerEditButtons(page).first().click()
  const sheet = page.getByRole('dialog', { name: /^编辑/ })
  const inEditor = await typingIn(page, sheet.getByLabel('发证单位', { exact: true }), ISSUER_TYPED)
  await sheet.getByRole('button', { name: '保存' }).click()
  await sheet.waitFor({ state: 'hidden' })
  const creditCode = page.getByLabel('统一社会信用代码', { exact: true })
  const onForm = await typingIn(page, creditCode, CREDIT_CODE_TYPED)

  await context.close()

  return { load: { ...load, usableAfterDataMs: usable }, heap, editor, inEditor, onForm, errors }
}

const measured = values => values.filter(value => value !== null)

/** The run whose longest task is the median one, with every run's longest task beside it. */
function medianTyping(runs) {
  const sorted = [...runs].sort((a, b) => a.longestTask - b.longestTask)

  return { ...sorted[Math.floor(sorted.length / 2)], perRun: runs.map(run => run.longestTask) }
}

/** RUNS fresh loads of the large filing; each figure is the median over the runs. */
export async function measureLargeEnterprise(browser, server) {
  const runs = []
  for (let i = 0; i < RUNS; i += 1) runs.push(await largeOnce(browser, server))
  const taps = runs.flatMap(run => run.editor.runs)
  const typed = runs.flatMap(run => [run.inEditor, run.onForm])

  return {
    cpuSlowdown: CPU_SLOWDOWN,
    runs: RUNS,
    load: {
      ...runs[0].load,
      usableAfterDataMs: median(measured(runs.map(run => run.load.usableAfterDataMs))),
      perRun: runs.map(run => run.load.usableAfterDataMs),
    },
    heap: {
      usedBytes: median(runs.map(run => run.heap.usedSize)),
      perRun: runs.map(run => run.heap.usedSize),
    },
    editor: { median: median(measured(taps.map(tap => tap.total))), runs: taps },
    typing: {
      editorIssuer: medianTyping(runs.map(run => run.inEditor)),
      formCreditCode: medianTyping(runs.map(run => run.onForm)),
    },
    draftSave: draftSave(typed),
    errors: [...new Set(runs.flatMap(run => run.errors))],
  }
}
