// Bytes of JS and CSS the browser fetched: on the first screen (guide), and along the flow
// guide → form → editor → confirm → submit → done. Sizes are the encoded (gzip) bodies.
import { phoneContext, watchErrors } from './browser.mjs'

const KINDS = { script: 'js', stylesheet: 'css' }
// The stub bridge stands in for the host app: it is not part of what we ship.
const NOT_OURS = /\/bench-bridge\.js$/
/** Quiet time after 提交成功 for any late fetch to land. */
const IDLE_MS = 1000

/** Records every script and stylesheet with its gzip body size; splitFirstScreen stages them. */
function recordFetches(page) {
  const fetched = []
  const pending = []
  page.on('request', (request) => {
    const kind = KINDS[request.resourceType()]
    if (!kind || NOT_OURS.test(request.url())) return

    pending.push(request.response()
      .then(response => response?.finished())
      .then(() => request.sizes())
      .then(({ responseBodySize }) => {
        fetched.push({ url: request.url(), kind, bytes: responseBodySize, stage: 'flow' })
      })
      .catch(error => console.warn(`bench: no size for ${request.url()}: ${error.message}`)))
  })

  return {
    all: async () => {
      await Promise.all(pending)

      return [...fetched]
    },
  }
}

/**
 * Notes in the page the moment the guide's button first reads 开始填报 or 更新填报: the test
 * driver polls, and would otherwise count what the page asks for right after (a prefetch
 * once the guide is idle) as the first screen's, or not, by chance.
 */
function markButtonShown() {
  const LABEL = /^(开始填报|更新填报)$/
  const shown = () => [...document.querySelectorAll('button')]
    .some(button => LABEL.test(button.textContent.trim()))
  new MutationObserver((_, observer) => {
    if (!shown()) return
    window.__benchButtonAt = performance.now()
    observer.disconnect()
  }).observe(document, { subtree: true, childList: true, characterData: true })
}

/** Marks what the page requested (Resource Timing) up to the button's appearance. */
async function splitFirstScreen(page, files) {
  const { shownAt, starts } = await page.evaluate(() => ({
    shownAt: window.__benchButtonAt,
    starts: performance.getEntriesByType('resource').map(entry => [entry.name, entry.startTime]),
  }))
  const startOf = new Map(starts.reverse())

  return files.map(file => startOf.get(file.url) <= shownAt
    ? { ...file, stage: 'first screen' }
    : file)
}

function total(files, kind) {
  return files.filter(file => file.kind === kind).reduce((sum, file) => sum + file.bytes, 0)
}

function summary(files, base) {
  const list = files.map(({ url, ...file }) => ({ path: url.replace(base, '/'), ...file }))

  return { js: total(files, 'js'), css: total(files, 'css'), files: list }
}

/** Walks the flow on the small filing and returns the bytes per stage. */
export async function measureFlowBytes(browser, server) {
  const context = await phoneContext(browser)
  const page = await context.newPage()
  const errors = watchErrors(page)
  const fetches = recordFetches(page)

  // The first screen is what was asked for until the guide's button shows; anything fetched
  // later while the filer reads (a prefetch) counts to the flow.
  await context.addInitScript(markButtonShown)
  await page.goto(`${server.url}#/`, { waitUntil: 'load' })
  const start = page.getByRole('button', { name: /^(开始填报|更新填报)$/ })
  await start.waitFor()
  await page.waitForLoadState('networkidle')
  const loaded = await splitFirstScreen(page, await fetches.all())
  const firstScreen = summary(loaded.filter(file => file.stage === 'first screen'), server.url)

  await start.click()
  await page.getByRole('button', { name: '下一步' }).waitFor()
  await page.getByRole('button', { name: /^编辑 / }).first().click()
  const editor = page.getByRole('dialog', { name: /^编辑/ })
  await editor.getByRole('button', { name: '保存' }).click()
  await editor.waitFor({ state: 'hidden' })
  await page.getByRole('button', { name: '下一步' }).click()
  await page.getByRole('button', { name: '确认并提交' }).click()
  await page.getByText('提交成功', { exact: true }).waitFor()
  await page.waitForTimeout(IDLE_MS)
  const stageOf = new Map(loaded.map(file => [file.url, file.stage]))
  const flow = summary((await fetches.all())
    .map(file => ({ ...file, stage: stageOf.get(file.url) ?? file.stage })), server.url)

  await context.close()

  return { firstScreen, flow, errors }
}
