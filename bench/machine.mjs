// The machine a report was made on, so later runs compare like with like.
import { execFileSync } from 'node:child_process'
import { availableParallelism, cpus, loadavg, release, totalmem } from 'node:os'

/** The 1-minute load average: other work on the machine skews the timings. */
export const loadNow = () => Math.round(loadavg()[0] * 100) / 100

/** nproc, CPU model, memory, OS, Node and Chromium versions, the date and the load. */
export function describeMachine(chromiumVersion, loadAtStart) {
  return {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30 * 10) / 10,
    os: `${process.platform} ${release()}`,
    node: process.version,
    chromium: chromiumVersion,
    date: new Date().toISOString(),
    loadAverage: { atStart: loadAtStart, atEnd: loadNow() },
  }
}

const APP_PATHS = ['src', 'public', 'index.html', 'vite.config.ts']

/** The commit measured, and how many files of the app differed from it (shared working tree). */
export function describeSource(root) {
  const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim()
  try {
    const changed = git('status', '--porcelain', '--', ...APP_PATHS)
    const commit = git('rev-parse', '--short', 'HEAD')

    return { commit, uncommittedAppFiles: changed ? changed.split('\n').length : 0 }
  } catch (error) {
    return { commit: 'unknown', why: error.message }
  }
}
