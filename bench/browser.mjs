// Debian's Chromium through playwright-core, at the phone size the browser tests use.
import { chromium } from 'playwright-core'

import { CHROMIUM, CHROMIUM_FLAGS } from '../scripts/chromium.mjs'

export { CHROMIUM, CHROMIUM_FLAGS }

export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS })
}

/** A fresh phone context: empty storage and cache, China's time zone. */
export function phoneContext(browser) {
  return browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
}

/** Collects what the page throws, logs as an error or fails to fetch, for the report's notes. */
export function watchErrors(page) {
  const errors = []
  page.on('pageerror', error => errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    // The failed fetch itself is reported below, with its URL.
    if (message.type() !== 'error' || message.text().startsWith('Failed to load resource')) return
    errors.push(`console: ${message.text()}`)
  })
  page.on('response', (response) => {
    if (response.status() < 400) return
    const { pathname } = new URL(response.url())
    errors.push(`HTTP ${response.status()} ${response.request().method()} ${pathname}`)
  })

  return errors
}
