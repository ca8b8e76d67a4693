// npm run bench: build, serve on 127.0.0.1, measure, report. Exits 0 even when a budget is
// missed: the bench reports; the size budgets are enforced by CI elsewhere.
import { mkdir } from 'node:fs/promises'
import { availableParallelism } from 'node:os'

import { launchChromium } from './browser.mjs'
import { buildProduction, ROOT, TMP } from './build.mjs'
import { largeFiling, ME, recordOf, SMALL_FILING } from './data.mjs'
import { collectFigures } from './figures.mjs'
import { CPU_SLOWDOWN, measureLargeEnterprise, RUNS as LARGE_RUNS } from './large.mjs'
import { lighthouseMedian, RUNS } from './lighthouse.mjs'
import { describeMachine, describeSource, loadNow } from './machine.mjs'
import { printReport, writeReport } from './report.mjs'
import { startServer } from './server.mjs'
import { measureFlowBytes } from './sizes.mjs'

const METHOD = [
  'Production bundle built with `vite build` (mode production, NODE_ENV=production) into '
  + 'bench/.tmp/dist, served by bench/server.mjs on 127.0.0.1 with gzip (zlib level 6), a stub '
  + 'backend (GET /api/v1/me, GET and PUT /api/v1/filing) and a stub host bridge script added '
  + 'to index.html by the bench server only.',
  'Bytes: the encoded (gzip) body size of every script and stylesheet Chromium fetched '
  + '(Playwright `request.sizes()`), at 390×844. First screen = requested (Resource Timing '
  + 'startTime) before the guide\'s 开始填报/更新填报 button first showed (a MutationObserver in '
  + 'the page); flow = guide → form → 编辑 an '
  + 'item → 保存 → 下一步 → 确认并提交 → 提交成功, on the small filing. The stub bridge is excluded; '
  + 'config.js is counted.',
  `Lighthouse 12.2.3 CLI, mobile preset (simulated throttling), performance only, ${RUNS} runs `
  + 'per screen each in a fresh headless Chromium, median of each figure; guide = `#/`, form = '
  + '`#/form`, both on the small filing (2 principals, 3 workshops, 4 teams, 6 workers).',
  `Large enterprise: seeded generator (5 principals, 60 workshops, 400 teams, 3,000 workers), `
  + `Chromium ${CPU_SLOWDOWN}× CPU throttled (CDP Emulation.setCPUThrottlingRate), opened at `
  + `\`#/form\`, ${LARGE_RUNS} fresh loads, the median of each figure. Usable = first animation `
  + 'frame showing 下一步 and a count of 3000, minus the filing response\'s responseEnd '
  + '(Resource Timing).',
  'Editor open + save = (tap on 编辑 <worker> → first frame with the 编辑 dialog shown) + '
  + '(tap on 保存 → first frame without it), from the click event\'s timeStamp; the sheet\'s '
  + 'CSS slide animations run after that and are not counted; 3 workers per load, median of all '
  + 'taps.',
  'Typing: 20 characters at 100 ms per key into 发证单位 of an open worker editor and into '
  + '统一社会信用代码 on the form, plus 1.5 s after the last key for debounced work; longest '
  + 'PerformanceObserver `longtask` entry in that window (median over the loads). The machine\'s '
  + 'load average is in the machine table: other work on a shared 2-core box inflates timings.',
  'Draft save per change: durations of the app\'s performance measures named *draft* in the '
  + 'typing windows; draft-key writes to localStorage are observed as supporting detail.',
  'Heap: CDP Runtime.getHeapUsage usedSize after HeapProfiler.collectGarbage, once the large '
  + 'form is usable.',
]

function notesFrom({ sizes, lighthouse, large }, machine) {
  const notes = []
  const load = Math.max(machine.loadAverage.atStart, machine.loadAverage.atEnd)
  if (load > machine.nproc) {
    notes.push(`The load average reached ${load} on ${machine.nproc} cores: other work shared the `
      + 'CPU, so the timings (not the byte counts) read higher than on an idle machine.')
  }
  for (const error of sizes.errors) notes.push(`Flow page error: ${error}`)
  for (const error of large.errors) notes.push(`Large-enterprise page error: ${error}`)
  for (const [screen, lh] of Object.entries(lighthouse)) {
    for (const warning of new Set(lh.runs.flatMap(run => run.warnings))) {
      notes.push(`Lighthouse ${screen}: ${warning}`)
    }
  }

  return notes
}

/**
 * `npm run bench -- --only large` (or `lighthouse`, `sizes`) measures one part and prints it,
 * leaving the committed report alone: for checking one change quickly.
 */
function onlyPart() {
  const index = process.argv.indexOf('--only')
  if (index === -1) return null
  const part = process.argv[index + 1]
  if (!['large', 'lighthouse', 'sizes'].includes(part)) {
    throw new Error(`bench: --only takes large, lighthouse or sizes, not ${part}`)
  }

  return part
}

async function measure(dist, browser, only) {
  const wants = part => !only || only === part
  const small = await startServer({ dist, me: ME, record: recordOf(SMALL_FILING) })
  const big = await startServer({ dist, me: ME, record: recordOf(await largeFiling()) })
  try {
    const results = {}
    if (wants('lighthouse')) {
      console.log('bench: Lighthouse, guide and form…')
      results.lighthouse = {
        guide: await lighthouseMedian('guide', `${small.url}#/`),
        form: await lighthouseMedian('form', `${small.url}#/form`),
      }
    }
    if (wants('sizes')) {
      console.log('bench: bytes along the flow…')
      small.reset()
      results.sizes = await measureFlowBytes(browser, small)
    }
    if (wants('large')) {
      console.log(`bench: large enterprise, CPU ${CPU_SLOWDOWN}× slower…`)
      results.large = await measureLargeEnterprise(browser, big)
    }

    return results
  } finally {
    await Promise.all([small.close(), big.close()])
  }
}

async function main() {
  const loadAtStart = loadNow()
  if (loadAtStart > availableParallelism()) {
    console.warn(`bench: load average ${loadAtStart} on ${availableParallelism()} cores; `
      + 'timings will read high')
  }
  await mkdir(TMP, { recursive: true })
  console.log('bench: building the production bundle…')
  const source = describeSource(ROOT)
  const dist = await buildProduction()
  const browser = await launchChromium()
  try {
    const only = onlyPart()
    const results = await measure(dist, browser, only)
    if (only) {
      console.log(JSON.stringify(results[only], null, 2))
      return
    }
    const machine = describeMachine(browser.version(), loadAtStart)
    const report = {
      command: 'npm run bench',
      machine,
      source,
      figures: collectFigures(results),
      method: METHOD,
      notes: notesFrom(results, machine),
      ...results,
    }
    const { md } = await writeReport(report)
    printReport(report)
    console.log(`\nReport: ${md}`)
  } finally {
    await browser.close()
  }
}

await main()
