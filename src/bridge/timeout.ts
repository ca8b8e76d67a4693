// One timeout helper for every transport, so a silent host always ends in the same typed error.
import type { BridgeHandler } from './types'
import { BridgeError } from './types'

/** Settles like `promise`, or rejects with TIMEOUT when it has not settled after `ms`. */
export function withTimeout<T>(
  promise: Promise<T>,
  ms: number,
  handler: BridgeHandler,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      const message = `The host did not answer ${handler} within ${ms} ms`
      reject(new BridgeError('TIMEOUT', message, handler))
    }, ms)

    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error)
      },
    )
  })
}
