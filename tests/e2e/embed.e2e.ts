// The production bundle as integrators embed it: under a deep path, at the root and from
// file://, with a native bridge and a real HTTP backend, under the recommended CSP.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Filing } from '@/domain/filing'
import { launchChromium } from './support/browser'
import { buildProduction, RECOMMENDED_CSP, startEmbedServer, type EmbedServer } from './support/embedServer'
import { addItem } from './support/filer'
import { openNativeHost } from './support/nativeHost'

let browser: Browser
let dist: string
const servers: EmbedServer[] = []

beforeAll(async () => {
  ;[browser, dist] = await Promise.all([launchChromium(), buildProduction('dist-e2e')])
})

afterAll(async () => {
  await browser?.close()
  await Promise.all(servers.map(server => server.close()))
})

async function serve(mountPath: string, configJs?: string) {
  const server = await startEmbedServer({ dir: dist, mountPath, csp: RECOMMENDED_CSP, configJs })
  servers.push(server)

  return server
}

/** The browser logs every 4xx answer (404 before the first filing); those are expected. */
function unexpected(errors: string[]): string[] {
  return errors.filter(error => !error.includes('Failed to load resource'))
}

async function fileMinimalFiling(page: Page): Promise<void> {
  const creditCode = page.getByLabel('统一社会信用代码', { exact: true })
  await creditCode.fill('91440300568520498A')
  await creditCode.blur()
  await addItem(page, '主要负责人', { 姓名: '张伟', 职务: '总经理', 联系方式: '13800138000' })
  await page.getByRole('button', { name: '下一步' }).click()
  await page.getByRole('button', { name: '确认并提交' }).click()
  await page.getByText('提交成功', { exact: true }).waitFor()
}

function expectOneSubmission(server: EmbedServer): void {
  const puts = server.backendLog.filter(entry => entry.method === 'PUT')
  expect(puts).toHaveLength(1)
  expect(puts[0]!.hasAuthorization).toBe(true)
  const sent = puts[0]!.body as Filing
  expect(sent.enterprise.creditCode).toBe('91440300568520498A')
  expect(sent.principals.map(p => [p.name, p.position, p.phone])).toEqual([['张伟', '总经理', '13800138000']])
}

describe('production bundle, embedded', () => {
  it('should file under /some/deep/path/ from a deep link, after a reload, with no CSP violation', async () => {
    const server = await serve('/some/deep/path/')
    const { page, context, errors, cspViolations } = await openNativeHost(browser)

    await page.goto(`${server.appUrl}#/form`)
    await page.getByLabel('统一社会信用代码', { exact: true }).waitFor()
    await page.reload()
    await page.getByLabel('统一社会信用代码', { exact: true }).waitFor()
    await fileMinimalFiling(page)

    expectOneSubmission(server)
    expect(await cspViolations()).toEqual([])
    expect(unexpected(errors)).toEqual([])
    await context.close()
  })

  it('should file at the server root, starting from the guide, with no CSP violation', async () => {
    const server = await serve('/')
    const { page, context, errors, cspViolations } = await openNativeHost(browser)

    await page.goto(server.appUrl)
    await page.getByRole('button', { name: '开始填报' }).click()
    await fileMinimalFiling(page)
    await page.reload()
    await page.getByText(/上次提交/).first().waitFor()

    expectOneSubmission(server)
    expect(await cspViolations()).toEqual([])
    expect(unexpected(errors)).toEqual([])
    await context.close()
  })

  it('should file from file:// against a backend on another origin', async () => {
    const server = await serve('/unused/')
    const offline = mkdtempSync(join(tmpdir(), 'roster-offline-'))
    cpSync(dist, offline, { recursive: true })
    const config = `window.__SAFETY_ROSTER_CONFIG__ = { apiBaseUrl: '${server.origin}/api' }\n`
    writeFileSync(join(offline, 'config.js'), config)
    const { page, context, errors } = await openNativeHost(browser)

    await page.goto(`${pathToFileURL(join(offline, 'index.html')).href}#/form`)
    await page.getByLabel('统一社会信用代码', { exact: true }).waitFor()
    await fileMinimalFiling(page)

    expectOneSubmission(server)
    expect(unexpected(errors)).toEqual([])
    await context.close()
    rmSync(offline, { recursive: true, force: true })
  })
})

describe('first screen before the bundle', () => {
  /** Holds every request for the app's scripts until the returned function is called. */
  async function holdScripts(page: Page): Promise<() => void> {
    let release: () => void = () => {}
    const released = new Promise<void>((resolve) => {
      release = resolve
    })
    await page.route('**/assets/*.js', async (route) => {
      await released
      await route.continue()
    })

    return release
  }

  it('should show 办事指南 with a waiting button before any app script runs, then only with the guide', async () => {
    const server = await serve('/static-guide/')
    const { page, context, cspViolations } = await openNativeHost(browser)
    const release = await holdScripts(page)

    await page.goto(server.appUrl)
    await page.getByRole('heading', { name: '什么是三级责任人' }).waitFor()
    await expect(page.getByRole('button', { name: '正在加载' }).isDisabled()).resolves.toBe(true)
    await page.screenshot({ path: 'test-results/guide-before-bundle-390x844.png' })

    release()
    await page.getByRole('button', { name: '开始填报' }).click()
    await page.getByLabel('统一社会信用代码', { exact: true }).waitFor()
    await expect(page.getByRole('heading', { name: '什么是三级责任人' }).isVisible()).resolves.toBe(false)
    await page.goBack()
    await page.getByRole('heading', { name: '什么是三级责任人' }).waitFor()
    await page.getByRole('button', { name: '开始填报' }).waitFor()
    // The page ends with the guide's last card (and room for the bar), not a screen of blank.
    const blankBelow = await page.evaluate(() => {
      const guide = document.querySelector('main.roster-static-guide')!
      return document.documentElement.scrollHeight - (guide.getBoundingClientRect().bottom + scrollY)
    })
    expect(blankBelow).toBeLessThan(1)
    expect(await cspViolations()).toEqual([])
    await context.close()
  })

  it('should show the form\'s intro and a skeleton on #/form before any app script runs', async () => {
    const server = await serve('/static-form/')
    const { page, context } = await openNativeHost(browser)
    const release = await holdScripts(page)

    await page.goto(`${server.appUrl}#/form`)
    await page.getByText(/请核对企业基础信息/).waitFor()
    await expect(page.getByRole('heading', { name: '什么是三级责任人' }).isVisible()).resolves.toBe(false)
    await expect(page.getByRole('button', { name: '正在加载' }).isVisible()).resolves.toBe(false)

    release()
    await page.getByLabel('统一社会信用代码', { exact: true }).waitFor()
    await expect(page.getByText(/请核对企业基础信息/).count()).resolves.toBe(1)
    await context.close()
  })
})

describe('start failures', () => {
  it('should name every bad key of config.js on a plain error screen', async () => {
    const server = await serve('/bad-config/', [
      'window.__SAFETY_ROSTER_CONFIG__ = {',
      '  apiBaseURL: \'/api\',',
      '  bridge: { transport: \'jsbridge\', trustedOrigins: [\'https://host.example.com/\'] },',
      '}',
    ].join('\n'))
    const { page, context, cspViolations } = await openNativeHost(browser)

    await page.goto(server.appUrl)
    const screen = page.getByRole('alert')
    await screen.getByRole('heading', { name: '配置文件有误' }).waitFor()
    await page.screenshot({ path: 'test-results/config-error-390x844.png' })

    const problems = await screen.getByRole('listitem').allInnerTexts()
    expect(problems.map(text => text.split('\n'))).toEqual([
      ['apiBaseURL', 'unknown key; did you mean "apiBaseUrl"?'],
      ['bridge.transport', 'must be one of "native", "postMessage", "mock"'],
      ['bridge.trustedOrigins[0]', expect.stringMatching(/^must be an exact origin/)],
    ])
    await screen.getByRole('button', { name: '重新加载' }).click()
    await screen.getByRole('heading', { name: '配置文件有误' }).waitFor()
    expect(await cspViolations()).toEqual([])
    await context.close()
  })

  it('should name config.js when it has a syntax error', async () => {
    const server = await serve('/broken-config/', 'window.__SAFETY_ROSTER_CONFIG__ = { apiBaseUrl: \'/api\' ')
    const { page, context } = await openNativeHost(browser)

    await page.goto(server.appUrl)
    const screen = page.getByRole('alert')
    await screen.getByRole('heading', { name: '配置文件有误' }).waitFor()
    expect(await screen.getByRole('listitem').innerText())
      .toMatch(/^config\.js\ndid not set the config; it failed: .*SyntaxError/)
    await context.close()
  })

  it('should show a plain message, not a white page, when the bundle does not run', async () => {
    const server = await serve('/no-bundle/')
    const { page, context, cspViolations } = await openNativeHost(browser)
    // As on an engine too old to parse the bundle: it never sets its started flag.
    await page.route('**/assets/*.js', route => route.abort())

    await page.goto(server.appUrl)
    const screen = page.getByRole('alert')
    await screen.getByRole('heading', { name: '无法打开三级责任人填报' }).waitFor()
    await screen.getByRole('button', { name: '重新加载' }).waitFor()
    expect(await cspViolations()).toEqual([])
    await context.close()
  })
})
