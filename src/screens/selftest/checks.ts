// The self-test's checks (issue 5, docs/bridge.md): each ends in a result an integrator can act
// on, with what to fix in Chinese and the technical detail. No Vue here; no token is kept.
import type { BridgeHandler, BridgeTransport, HostBridge } from '@/bridge/types'
import { isBridgeError } from '@/bridge/types'
import type { RuntimeConfig } from '@/config/runtime'

export type CheckStatus = 'idle' | 'running' | 'ok' | 'fail'

export interface CheckResult {
  status: CheckStatus
  /** What was found, in Chinese. */
  summary: string
  /** What to fix, when it failed; or a note worth reading when it passed. */
  hint?: string
  /** Technical detail: error code and message, measured values. */
  detail?: string
}

export const STORAGE_PROBE_KEY = 'safety-roster:selftest-probe'

const READY_HINTS: Record<BridgeTransport, string> = {
  native: '宿主未注入桥接。请在 WebView 加载页面时注入 window.WebViewJavascriptBridge，'
    + '并在 document 上触发 WebViewJavascriptBridgeReady 事件，须在 bridge.readyTimeoutMs 内就绪。',
  postMessage: '宿主页面未回应握手。请确认应用在宿主页面的 iframe 中打开，宿主页面的源已写入 '
    + 'bridge.trustedOrigins，且宿主按 docs/bridge.md 回应 roster-bridge:ready。',
  mock: '模拟宿主处于“无桥接”场景：在右上角 QA 面板把“宿主”改回“正常”。',
}

function failHint(error: unknown, handler: BridgeHandler, config: RuntimeConfig): string {
  if (!isBridgeError(error)) return '出现意外错误，请把下方技术信息发给开发方。'
  const name = `${handler}（宿主名称 ${config.bridge.handlerNames[handler]}）`

  switch (error.code) {
    case 'NOT_READY':
      return READY_HINTS[config.bridge.transport]
    case 'TIMEOUT':
      return `宿主未在 ${config.bridge.callTimeoutMs} ms 内回应 ${name}。请确认宿主注册了该处理器，`
        + '且每次调用都回调一次（见 bridge.callTimeoutMs、bridge.handlerNames）。'
    case 'UNSUPPORTED':
      return `宿主不支持 ${name}。请升级宿主，或在 bridge.handlerNames 中映射为宿主的处理器名称。`
    case 'DENIED':
      return handler === 'getToken'
        ? '宿主拒绝提供令牌：通常是用户未登录一键通，请登录后重试。'
        : `宿主拒绝了 ${name}。`
    case 'HOST_ERROR':
      return '宿主的回应格式不对：成功回 {"token":"…"}（getToken）或 {}，失败回 '
        + '{"error":{"code","message"}}，code 取 DENIED/UNSUPPORTED/TIMEOUT/HOST_ERROR。'
  }
}

function technical(error: unknown): string {
  if (isBridgeError(error)) return `${error.code}: ${error.message}`
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error)
}

/** Runs one bridge call and describes its outcome; `describe` sees only the answer's shape. */
export async function checkCall<T>(
  config: RuntimeConfig,
  handler: BridgeHandler,
  call: () => Promise<T>,
  describe: (answer: T) => string,
): Promise<CheckResult> {
  const startedAt = performance.now()

  try {
    const answer = await call()
    const ms = Math.round(performance.now() - startedAt)
    return { status: 'ok', summary: `${describe(answer)}，${ms} ms` }
  } catch (error) {
    const hint = failHint(error, handler, config)
    return { status: 'fail', summary: '未通过', hint, detail: technical(error) }
  }
}

/** Waits for the bridge and says which transport arrived, how fast. */
export async function checkBridgeReady(
  bridge: HostBridge,
  config: RuntimeConfig,
): Promise<CheckResult> {
  const startedAt = performance.now()

  try {
    await bridge.ready()
    const ms = Math.round(performance.now() - startedAt)
    return { status: 'ok', summary: `已就绪（${bridge.transport}），${ms} ms` }
  } catch (error) {
    const hint = READY_HINTS[config.bridge.transport]
    return { status: 'fail', summary: `未就绪（${bridge.transport}）`, hint, detail: technical(error) }
  }
}

/** Writes, reads back and removes a probe key. */
export function checkStorage(storage: () => Storage): CheckResult {
  const value = String(Date.now())

  try {
    storage().setItem(STORAGE_PROBE_KEY, value)
    const read = storage().getItem(STORAGE_PROBE_KEY)
    storage().removeItem(STORAGE_PROBE_KEY)
    if (read !== value) throw new Error(`read back ${String(read)} instead of ${value}`)

    return { status: 'ok', summary: '可写入、读取和删除' }
  } catch (error) {
    return {
      status: 'fail',
      summary: '不可用，草稿无法保存',
      hint: 'Android 请开启 WebSettings.setDomStorageEnabled(true)；iOS 请勿使用 '
        + 'WKWebsiteDataStore.nonPersistent()。',
      detail: technical(error),
    }
  }
}

/** The runtime config in force, for the screen: it holds no secret, but a URL may. */
export function describeConfig(config: RuntimeConfig): string {
  const { apiBaseUrl, requestTimeoutMs, bridge, mock } = config
  // Credentials in a URL (https://user:pass@host) are not shown.
  const api = apiBaseUrl.replace(/\/\/[^/@]*@/, '//***@')

  return JSON.stringify({ apiBaseUrl: api, requestTimeoutMs, bridge, mock }, null, 2)
}
