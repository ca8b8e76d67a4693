// The app in the host simulator's iframe over the postMessage bridge: a whole filing, forged
// messages from another origin, and the bridge self-test green there and red without a host.
import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Browser, Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest'

import { launchChromium, PHONE } from './support/browser'
import { addItem } from './support/filer'
import { openSimulator, openTile, simulatorLog } from './support/simulator'

const APP_IN_POSTMESSAGE_MODE = `${inject('appUrl')}index.html?bridge=postMessage#/`

/** A would-be host at another origin: records what the app sends and answers everything. */
const HOSTILE_HOST = `<!doctype html>
<iframe src="${APP_IN_POSTMESSAGE_MODE}" width="390" height="800"></iframe>
<script>
  window.received = []
  addEventListener('message', (event) => {
    window.received.push(event.data)
    event.source.postMessage({ type: 'roster-bridge:ready', version: 1 }, '*')
    const answer = { type: 'roster-bridge:response', id: event.data.id, result: { token: 'x' } }
    event.source.postMessage(answer, '*')
  })
</script>`

let browser: Browser
/**
 * Another origin: the same loopback address on another port. A real server, as Chromium's
 * local network access checks refuse to let a page it cannot place (route.fulfill) frame a
 * loopback one.
 */
let untrusted: Server
let UNTRUSTED: string

beforeAll(async () => {
  browser = await launchChromium()
  untrusted = createServer((request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8')
    const forger = '<!doctype html><title>forger</title>'
    response.end(request.url === '/host.html' ? HOSTILE_HOST : forger)
  })
  untrusted.listen(0, '127.0.0.1')
  await once(untrusted, 'listening')
  UNTRUSTED = `http://127.0.0.1:${(untrusted.address() as AddressInfo).port}`
})

afterAll(async () => {
  await browser?.close()
  untrusted?.close()
})

function row(app: Frame | Page, title: string) {
  return app.getByRole('listitem').filter({ has: app.getByRole('heading', { name: title }) })
}

async function rowStatus(app: Frame | Page, title: string): Promise<string | null> {
  return row(app, title).getAttribute('data-status')
}

describe('host simulator', () => {
  it('should file over postMessage and close back to the workbench on 完成', async () => {
    const { page, errors, close } = await openSimulator(browser)
    const app = await openTile(page, '三级责任人')

    await app.getByRole('button', { name: '开始填报' }).click()
    const creditCode = app.getByLabel('统一社会信用代码', { exact: true })
    await creditCode.fill('91440300568520498A')
    await creditCode.blur()
    await addItem(app, '主要负责人', { 姓名: '陈建国', 职务: '总经理', 联系方式: '13826451234' })
    await app.getByRole('button', { name: '下一步' }).click()
    await app.getByRole('button', { name: '确认并提交' }).click()
    await app.getByText('提交成功', { exact: true }).waitFor()
    await expect.poll(() => page.getByTestId('host-title').textContent()).toContain('提交成功')

    await app.getByRole('button', { name: '完成', exact: true }).click()
    await page.getByRole('button', { name: '三级责任人', exact: true }).waitFor()
    expect(await page.locator('iframe').count()).toBe(0)

    const log = await simulatorLog(page)
    const answered = new Set(log.filter(call => call.status === 'ok').map(call => call.handler))
    const expected = ['ready', 'getToken', 'setTitle', 'close']
    expect([...answered]).toEqual(expect.arrayContaining(expected))
    expect(JSON.stringify(log)).not.toMatch(/mock-token/)
    expect(errors).toEqual([])
    await close()
  })

  it('should not believe answers forged at another origin, even with the right ids', async () => {
    const { page, errors, warnings, close } = await openSimulator(browser)
    await page.getByLabel('桥接延迟').selectOption({ label: '3 秒' })
    const app = await openTile(page, '三级责任人')
    const asked = async () => (await simulatorLog(page)).some(call => call.handler === 'getToken')
    await expect.poll(asked, { timeout: 10_000 }).toBe(true)
    const pending = (await simulatorLog(page)).filter(c => c.status === 'pending').map(c => c.id)

    // A sibling frame at another origin reaches the app's window through the parent, as any
    // page framed beside it could, and answers every call the host has not answered yet.
    await page.evaluate((src) => {
      const forger = Object.assign(document.createElement('iframe'), { src, hidden: true })
      document.body.append(forger)
    }, `${UNTRUSTED}/forger.html`)
    const forger = await waitForFrame(page, `${UNTRUSTED}/`)
    await forger.evaluate((ids) => {
      const target = window.parent[0] as Window
      target.postMessage({ type: 'roster-bridge:ready', version: 1 }, '*')
      for (const id of ids) {
        const error = { code: 'DENIED', message: 'forged' }
        target.postMessage({ type: 'roster-bridge:response', id, error }, '*')
      }
    }, pending)

    await app.getByRole('button', { name: '开始填报' }).waitFor()
    const ignored = `Ignored a bridge message from ${UNTRUSTED}`
    expect(warnings.some(text => text.includes(ignored))).toBe(true)
    const getToken = (await simulatorLog(page)).find(c => c.handler === 'getToken')
    expect(getToken?.status).toBe('ok')
    expect(errors).toEqual([])
    await close()
  })

  it('should neither post to nor trust a page at another origin that frames the app', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN' })
    const page = await context.newPage()
    await page.goto(`${UNTRUSTED}/host.html`)
    const app = await waitForFrame(page, inject('appUrl'))

    await app.getByText('未能连接一键通').waitFor()
    const received = await page.evaluate(() => (window as { received?: unknown[] }).received)
    expect(received).toEqual([])
    await context.close()
  })
})

describe('bridge self-test', () => {
  const AUTOMATIC = ['宿主桥接', '获取令牌', '刷新令牌', '设置标题', '本地存储', '安全区', '运行配置']

  it('should show every check green in the simulator, host page and close included', async () => {
    const { page, errors, close } = await openSimulator(browser)
    const app = await openTile(page, '桥接自检')

    for (const title of AUTOMATIC) await expect.poll(() => rowStatus(app, title)).toBe('ok')
    await expect.poll(() => row(app, '获取令牌').textContent()).toMatch(/收到令牌，长度 \d+/)
    expect(await page.getByTestId('host-title').textContent()).toContain('桥接自检')

    await app.getByRole('button', { name: '打开加入单位页' }).click()
    await page.getByRole('button', { name: '返回三级责任人' }).click()
    await expect.poll(() => rowStatus(app, '打开宿主页面')).toBe('ok')
    await app.getByText('通过 8 项 · 未通过 0 项 · 待检测 1 项').waitFor()

    await app.getByRole('button', { name: '关闭应用' }).click()
    await page.getByRole('button', { name: '桥接自检', exact: true }).waitFor()
    const log = await simulatorLog(page)
    expect(log.find(call => call.handler === 'close')?.status).toBe('ok')
    expect(errors).toEqual([])
    await close()
  })

  it('should show red rows that say what to fix when no host answers', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN' })
    const page = await context.newPage()
    await page.goto(`${inject('appUrl')}index.html?bridge=postMessage#/selftest`)

    await expect.poll(() => rowStatus(page, '宿主桥接')).toBe('fail')
    const hint = /如何解决：.*iframe.*bridge\.trustedOrigins/
    await expect.poll(() => row(page, '宿主桥接').textContent()).toMatch(hint)
    expect(await row(page, '宿主桥接').textContent()).toContain('not in an iframe')
    for (const title of ['获取令牌', '刷新令牌', '设置标题']) {
      expect(await rowStatus(page, title)).toBe('fail')
      expect(await row(page, title).textContent()).toContain('先解决“宿主桥接”一项')
    }
    expect(await rowStatus(page, '本地存储')).toBe('ok')
    await context.close()
  })
})

/** The first frame of `page` whose URL starts with `prefix`, once it is there. */
async function waitForFrame(page: Page, prefix: string): Promise<Frame> {
  await expect.poll(() => page.frames().some(frame => frame.url().startsWith(prefix))).toBe(true)
  const frame = page.frames().find(candidate => candidate.url().startsWith(prefix)) as Frame
  await frame.waitForLoadState()

  return frame
}
