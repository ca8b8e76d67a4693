// `npm test`: every check CI runs, in order, stopping at the first failure: lint, type check,
// generated API types, unit and component tests, browser tests (building the QA bundle on the
// way), then the production bundle's syntax against the oldest supported engines.
// Ends with one `N passed, N failed` line.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'

const REPORT = 'test-results/vitest.json'

function run(title, command, args, env = {}) {
  console.log(`\n== ${title}: ${[command, ...args].join(' ')}`)
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, TZ: 'Asia/Shanghai', ...env },
  })
  return result.status === 0
}

function summary() {
  if (!existsSync(REPORT)) return { passed: 0, failed: 1, skipped: 0 }
  const report = JSON.parse(readFileSync(REPORT, 'utf8'))
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  }
}

mkdirSync('test-results', { recursive: true })

const ok = run('chromium', 'bash', ['tests/ensure-chromium.sh'])
  && run('lint', 'npx', ['eslint', '.', '--max-warnings', '0'])
  && run('types', 'npx', ['vue-tsc', '--noEmit'])
  && run('api types', 'npm', ['run', '--silent', 'check:api'])
  && run('tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`])
  && run('dates under UTC', 'npx', ['vitest', 'run', '--project', 'unit', 'tests/unit/rules'], { TZ: 'UTC' })
  && run('bundle syntax', 'npm', ['run', '--silent', 'check:dist'])
  && run('size budgets', 'npm', ['run', '--silent', 'check:size'])

const counts = summary()
const { passed, skipped } = counts
const failed = ok ? counts.failed : Math.max(1, counts.failed)
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(ok && failed === 0 && skipped === 0 ? 0 : 1)
