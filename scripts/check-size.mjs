// `npm run check:size`: the size budgets of issue 6 on the production module build in dist/
// (run after check:dist, which builds it). Deterministic: gzip (level 6, as servers send) of
// the files the build's manifest says each part needs. Fails when a budget is broken.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const DIST = process.argv[2] ?? 'dist'
const KB = 1024
const BUDGETS = {
  firstScreenJs: 70 * KB,
  firstScreenCss: 20 * KB,
  flowJs: 150 * KB,
}
/** Classic scripts index.html loads before the app, on every screen. */
const PAGE_SCRIPTS = ['boot-check.js', 'config.js', 'start.js']
/** The route the app opens on: 办事指南. */
const FIRST_ROUTE = 'src/screens/GuideScreen.vue'

const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8'))
const gzipped = file => gzipSync(readFileSync(join(DIST, file)), { level: 6 }).length

/** The chunks `key` needs before it runs: itself and its static imports, transitively. */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen
  seen.add(key)
  for (const imported of manifest[key]?.imports ?? []) closure(imported, seen)

  return seen
}

function filesOf(keys, kind) {
  const files = new Set()
  for (const key of keys) {
    const chunk = manifest[key]
    if (kind === 'js') files.add(chunk.file)
    else for (const css of chunk.css ?? []) files.add(css)
  }

  return [...files]
}

const entry = Object.keys(manifest).find(key => manifest[key].isEntry)
const firstKeys = new Set([...closure(entry), ...closure(FIRST_ROUTE)])
const allKeys = Object.keys(manifest).filter(key => manifest[key].file.endsWith('.js'))

const sum = files => files.reduce((total, file) => total + gzipped(file), 0)
const figures = {
  firstScreenJs: sum([...PAGE_SCRIPTS, ...filesOf(firstKeys, 'js')]),
  firstScreenCss: sum(filesOf(firstKeys, 'css')),
  flowJs: sum([...PAGE_SCRIPTS, ...filesOf(allKeys, 'js')]),
}

let broken = 0
for (const [name, value] of Object.entries(figures)) {
  const ok = value <= BUDGETS[name]
  if (!ok) broken += 1
  const line = `${name}: ${(value / KB).toFixed(1)} KB gzip (budget ${BUDGETS[name] / KB} KB)`
  console.log(`${ok ? 'ok  ' : 'OVER'} ${line}`)
}
if (broken) process.exit(1)
