// The machine a report was made on, so later runs compare like with like.
import { availableParallelism, cpus, release, totalmem } from 'node:os'

/** nproc, CPU model, memory, OS, Node and Chromium versions, and the date. */
export function describeMachine(chromiumVersion) {
  return {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30 * 10) / 10,
    os: `${process.platform} ${release()}`,
    node: process.version,
    chromium: chromiumVersion,
    date: new Date().toISOString(),
  }
}
