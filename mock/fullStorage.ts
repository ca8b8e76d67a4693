// QA's "storage full": the app's own keys (drafts and the write probe) cannot be written, as
// on a phone whose WebView storage quota is used up. Mock data and scenarios still save.
const APP_KEY_PREFIXES = ['safety-roster:draft', 'safety-roster:probe']

/** Makes localStorage refuse the app's draft writes with a QuotaExceededError. */
export function simulateFullStorage(): void {
  const setItem = Storage.prototype.setItem
  Storage.prototype.setItem = function (key: string, value: string) {
    if (APP_KEY_PREFIXES.some(prefix => key.startsWith(prefix))) {
      throw new DOMException('Mock scenario storage "full"', 'QuotaExceededError')
    }
    setItem.call(this, key, value)
  }
}
