// Whether the device is online, as the WebView reports it. `navigator.onLine` may say true
// without a connection, but a false is trustworthy: failures of kind 'network' cover the rest.
import { readonly, ref } from 'vue'

const online = ref(typeof navigator === 'undefined' ? true : navigator.onLine !== false)
const waiters = new Set<() => void>()

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => {
    online.value = true
    for (const wake of [...waiters]) wake()
    waiters.clear()
  })
  window.addEventListener('offline', () => {
    online.value = false
  })
}

/** The current online state, reactive. */
export const isOnline = readonly(online)

/** Resolves at once when online, else at the next `online` event. */
export function waitForOnline(): Promise<void> {
  if (typeof navigator === 'undefined' || navigator.onLine !== false) return Promise.resolve()

  return new Promise(resolve => waiters.add(resolve))
}
