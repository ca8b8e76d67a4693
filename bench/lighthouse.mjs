// Lighthouse 12 (mobile preset, its simulated throttling) on one URL, three fresh runs, the
// median of each figure. Run through its CLI so every run gets its own cold Chromium.
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

import { CHROMIUM, CHROMIUM_FLAGS } from './browser.mjs'
import { TMP } from './build.mjs'
import { median } from './stats.mjs'

const run = promisify(execFile)
const CLI = fileURLToPath(new URL('../node_modules/lighthouse/cli/index.js', import.meta.url))
export const RUNS = 3

async function lighthouseOnce(url, outPath) {
  const chromeFlags = ['--headless=new', ...CHROMIUM_FLAGS].join(' ')
  await run(process.execPath, [
    CLI, url,
    '--quiet',
    '--only-categories=performance',
    '--output=json',
    `--output-path=${outPath}`,
    `--chrome-flags=${chromeFlags}`,
  ], { env: { ...process.env, CHROME_PATH: CHROMIUM }, timeout: 120_000 })
  const lhr = JSON.parse(await readFile(outPath, 'utf8'))
  const numeric = id => lhr.audits[id]?.numericValue ?? null

  return {
    score: Math.round((lhr.categories.performance.score ?? 0) * 100),
    fcp: numeric('first-contentful-paint'),
    lcp: numeric('largest-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    bytes: numeric('total-byte-weight'),
    warnings: lhr.runWarnings ?? [],
    // Lighthouse's own measure of this machine's speed; it expects about 1000+ on a desktop.
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
  }
}

/** Three runs of `url`; `name` names the JSON files kept in bench/.tmp for a closer look. */
export async function lighthouseMedian(name, url) {
  const runs = []
  for (let i = 1; i <= RUNS; i += 1) {
    runs.push(await lighthouseOnce(url, `${TMP}/lh-${name}-${i}.json`))
  }
  const pick = key => median(runs.map(entry => entry[key]))

  return {
    url,
    score: pick('score'),
    fcp: pick('fcp'),
    lcp: pick('lcp'),
    tbt: pick('tbt'),
    bytes: pick('bytes'),
    runs,
  }
}
