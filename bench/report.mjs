// Writes report.md and report.json beside this file and prints every figure to stdout.
import { writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

import { format } from './budgets.mjs'

export const RERUN = 'npm ci && npm run bench'
const MARKS = { pass: '✅ pass', fail: '❌ fail', na: '— n/a', info: 'info' }

const cell = text => String(text).replace(/\|/g, '\\|')
const mark = result => MARKS[result === 'n/a' ? 'na' : result]

function table(head, rows) {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map(row => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n')
}

function figureTable(figures) {
  return table(['Figure', 'Value', 'Budget', 'Result', 'Note'], figures.map(f =>
    [f.label, f.shown, f.budget, mark(f.result), f.note ?? '']))
}

function filesTable(files) {
  return table(['File', 'Kind', 'Stage', 'gzip'], files.map(file =>
    [`\`${file.path}\``, file.kind, file.stage, format(file.bytes, 'KB')]))
}

function lighthouseTable(lighthouse) {
  const rows = Object.entries(lighthouse).flatMap(([screen, lh]) => lh.runs.map((run, i) => [
    `${screen} ${i + 1}`, run.score, format(run.fcp, 'ms'), format(run.lcp, 'ms'),
    format(run.tbt, 'ms'), format(run.bytes, 'KB'), run.benchmarkIndex ?? 'n/a',
  ]))

  return table(['Run', 'Performance', 'FCP', 'LCP', 'TBT', 'Bytes', 'benchmarkIndex'], rows)
}

function machineTable(m) {
  const load = `${m.loadAverage.atStart} → ${m.loadAverage.atEnd}`

  return table(['nproc', 'CPU', 'memory', 'OS', 'Node', 'Chromium', 'date', 'load (1 min)'], [
    [m.nproc, m.cpu, `${m.memoryGiB} GiB`, m.os, m.node, m.chromium, m.date, load],
  ])
}

function largeDetails(large) {
  const perRun = (values, unit) => values.map(value => format(value, unit)).join(', ')
  const editorRuns = large.editor.runs
    .map(r => `${format(r.open, 'ms')} + ${format(r.save, 'ms')} (${r.wallClockMs} ms)`)
    .join('; ')

  return [
    `- Filing response: ${format(large.load.filingTransfer, 'KB')} transferred, `
    + `${format(large.load.filingBytes, 'KB')} of JSON.`,
    '- Editor runs, tap→frame open + tap→frame save (in brackets the wall clock with the sheet '
    + `animations and the test driver): ${editorRuns}.`,
    `- Draft writes seen in storage while typing: ${JSON.stringify(large.draftSave.storage)}.`,
    `- Per run (${large.runs} fresh loads): usable ${perRun(large.load.perRun, 'ms')}; heap `
    + `${perRun(large.heap.perRun, 'MB')}; longest task typing in 发证单位 `
    + `${perRun(large.typing.editorIssuer.perRun, 'ms')}, in 统一社会信用代码 `
    + `${perRun(large.typing.formCreditCode.perRun, 'ms')}.`,
  ].join('\n')
}

const list = lines => (lines.length ? lines : ['none']).map(line => `- ${line}`).join('\n')

function markdown(report) {
  const { machine, figures, sizes, lighthouse, large, notes } = report
  const missed = figures.filter(f => f.result === 'fail').length
  const verdict = missed ? `${missed} budget(s) missed` : 'Every budget holds'

  return `# Bench report

Made by \`npm run bench\` (bench/run.mjs). Rerun: \`${RERUN}\`.

**${verdict}.**

## Machine and source

${machineTable(machine)}

Built from commit \`${report.source.commit}\` with ${report.source.uncommittedAppFiles ?? '?'} uncommitted
file(s) under src/, public/, index.html and vite.config.ts (the team shares one working tree).

## Figures

${figureTable(figures)}

KB = 1024 bytes, MB = 1024² bytes. Budgets from issue 6.

## How each figure is measured

${list(report.method)}

## Scripts and stylesheets fetched along the flow

${filesTable(sizes.flow.files)}

## Lighthouse runs (the figures above are the median of each column)

${lighthouseTable(lighthouse)}

## Large enterprise details

${largeDetails(large)}

## Notes

${list(notes)}
`
}

/** Prints every figure against its budget, then the missed ones again. */
export function printReport(report) {
  for (const f of report.figures) {
    const note = f.note ? ` — ${f.note}` : ''
    const result = f.result.toUpperCase().padEnd(4)
    console.log(`${result}  ${f.label}: ${f.shown} (budget ${f.budget})${note}`)
  }
  const missed = report.figures.filter(f => f.result === 'fail')
  if (!missed.length) return console.log('\nEvery budget holds.')

  console.log(`\nMISSED ${missed.length} budget(s):`)
  for (const f of missed) console.log(`  - ${f.label}: ${f.shown}, budget ${f.budget}`)
}

export async function writeReport(report) {
  const md = fileURLToPath(new URL('./report.md', import.meta.url))
  const json = fileURLToPath(new URL('./report.json', import.meta.url))
  await writeFile(md, markdown(report))
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`)

  return { md, json }
}
