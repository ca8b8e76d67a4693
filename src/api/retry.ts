// Reads are safe to repeat: a flaky network or a busy server gets a few more tries.
import { isApiError } from './errors'

/** Waits before the 2nd, 3rd and 4th try of a read. */
export const READ_RETRY_DELAYS_MS: readonly number[] = [500, 1_500, 4_000]

/** Whether another try may succeed: network trouble, a timeout or a 5xx. Offline waits instead. */
export function isTransient(error: unknown): boolean {
  if (!isApiError(error)) return false
  if (error.kind === 'network' || error.kind === 'timeout') return true

  return error.kind === 'http' && (error.status ?? 0) >= 500
}

function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}

/** Runs `read`, trying again after each delay while the failure is transient. */
export async function withRetry<T>(
  read: () => Promise<T>,
  delaysMs: readonly number[],
  wait: (ms: number) => Promise<void> = sleep,
): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await read()
    } catch (error) {
      const delay = delaysMs[attempt]
      if (delay === undefined || !isTransient(error)) throw error
      await wait(delay)
    }
  }
}
