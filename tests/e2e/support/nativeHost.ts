// A phone WebView with the host app's native bridge stubbed in, for the production bundle: the
// bridge answers every handler, and the page records CSP violations and errors it reports.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { onTestFailed } from 'vitest'

import { issueMockToken } from '@mock/token'

import { PHONE } from './browser'

export interface NativeHostPage {
  context: BrowserContext
  page: Page
  /** Errors the page threw or logged, CSP violations included. */
  errors: string[]
  /** CSP violations the document reported: `directive blocked-uri`. */
  cspViolations: () => Promise<string[]>
}

declare global {
  interface Window {
    __cspViolations?: string[]
  }
}

/** A fresh phone-sized context with a native bridge that signs 张伟 in; nothing opened yet. */
export async function openNativeHost(browser: Browser): Promise<NativeHostPage> {
  const context = await browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  const token = issueMockToken({ userId: 'u-zhang', issuedAt: Date.now(), expired: false })

  await context.addInitScript((hostToken) => {
    window.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`)
    })
    const answers: Record<string, unknown> = { getToken: { token: hostToken } }
    Object.assign(window, {
      WebViewJavascriptBridge: {
        callHandler(name: string, _data: unknown, callback: (answer: unknown) => void) {
          setTimeout(() => callback(answers[name] ?? {}), 0)
        },
      },
    })
  }, token)

  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', error => errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`)
  })
  onTestFailed(async ({ task }) => {
    const name = task.name.replace(/[^\w\u4e00-\u9fa5]+/g, '-').slice(0, 80)
    await page.screenshot({ path: `test-results/${name}.png` }).catch(() => undefined)
  })

  return {
    context,
    page,
    errors,
    cspViolations: () => page.evaluate(() => window.__cspViolations ?? []),
  }
}
