// The machine a report was made on, so later runs compare like with like.
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
