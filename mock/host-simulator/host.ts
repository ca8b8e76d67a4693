// The host side of the postMessage bridge (docs/bridge.md), as the simulator plays it: answers
// the app in one iframe, and only that iframe at the app's origin, with QA's misbehaviours.
import {
  PROTOCOL_VERSION,
  READY_MESSAGE,
  REQUEST_MESSAGE,
  RESPONSE_MESSAGE,
} from '@/bridge/postMessage'
import type { BridgeErrorCode } from '@/bridge/types'

import { readScenario } from '../scenario'
import { issueMockToken } from '../token'

/** What QA changes from the panel; read when a call arrives. */
export interface SimulatorControls {
  delayMs: number
  refuseNext: boolean
  expireNextToken: boolean
}

/** One entry of the call log. Neither `data` nor `result` ever holds a token. */
export interface SimulatorCall {
  id: string
  handler: string
  data: unknown
  status: 'pending' | 'ok' | BridgeErrorCode
  result: string
  /** When the call arrived, ms since epoch. */
  at: number
  durationMs: number | null
}

/** What the simulated host app does for the handlers that change its screen. */
export interface HostActions {
  setTitle(title: string): void
  close(): void
  openHostPage(page: string): void
}

export interface SimulatorHostOptions {
  /** The app's iframe window, or null while no app is open. */
  appWindow: () => Window | null
  appOrigin: string
  controls: SimulatorControls
  actions: HostActions
  /** Called after every change of `calls`. */
  onChange: () => void
}

export const HOST_PAGES = ['joinUnit']

declare global {
  interface Window {
    /** The simulator's bridge call log, for browser tests. */
    __hostSimulatorLog?: SimulatorCall[]
  }
}

class HostRefusal extends Error {
  constructor(readonly code: BridgeErrorCode, message: string) {
    super(message)
  }
}

type Request = { id: string, handler: string, data: unknown }

function asRequest(message: unknown): Request | null {
  const { type, id, handler, data } = (message ?? {}) as Record<string, unknown>
  if (type !== REQUEST_MESSAGE || typeof id !== 'string' || typeof handler !== 'string') return null

  return { id, handler, data: data ?? {} }
}

function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}

/** Starts answering the app; returns the live call log and a stop function. */
export function startSimulatorHost(options: SimulatorHostOptions) {
  const { controls, actions, appOrigin } = options
  const calls: SimulatorCall[] = []

  function record(entry: SimulatorCall): SimulatorCall {
    calls.push(entry)
    options.onChange()
    return entry
  }

  function settle(call: SimulatorCall, status: SimulatorCall['status'], result: string) {
    Object.assign(call, { status, result, durationMs: Date.now() - call.at })
    options.onChange()
  }

  function run(handler: string, data: Record<string, unknown>): [object, string] {
    switch (handler) {
      case 'getToken': {
        const expired = controls.expireNextToken
        controls.expireNextToken = false
        const { userId } = readScenario()
        const token = issueMockToken({ userId, issuedAt: Date.now(), expired })
        return [{ token }, `令牌 ${token.length} 字符${expired ? '（已过期）' : ''}`]
      }
      case 'setTitle':
        actions.setTitle(String(data.title ?? ''))
        return [{}, '标题已显示']
      case 'openHostPage':
        if (!HOST_PAGES.includes(String(data.page))) {
          throw new HostRefusal('UNSUPPORTED', `no host page ${String(data.page)}`)
        }
        actions.openHostPage(String(data.page))
        return [{}, '已打开宿主页面']
      case 'close':
        return [{}, '已关闭应用']
      default:
        throw new HostRefusal('UNSUPPORTED', `no handler ${handler}`)
    }
  }

  async function answer(app: Window, request: Request): Promise<void> {
    const call = record({
      ...request, status: 'pending', result: '', at: Date.now(), durationMs: null,
    })
    const refuse = controls.refuseNext
    controls.refuseNext = false
    await sleep(controls.delayMs)

    try {
      if (refuse) throw new HostRefusal('DENIED', 'refused by the simulator (拒绝下一次调用)')
      const [result, shown] = run(request.handler, request.data as Record<string, unknown>)
      app.postMessage({ type: RESPONSE_MESSAGE, id: request.id, result }, appOrigin)
      settle(call, 'ok', shown)
      // A real host closes the WebView after answering; here the iframe goes.
      if (request.handler === 'close') actions.close()
    } catch (error) {
      const { code, message } = error instanceof HostRefusal
        ? error
        : { code: 'HOST_ERROR' as const, message: String(error) }
      const answer = { type: RESPONSE_MESSAGE, id: request.id, error: { code, message } }
      app.postMessage(answer, appOrigin)
      settle(call, code, message)
    }
  }

  function onMessage(event: MessageEvent): void {
    const app = options.appWindow()
    // Like the app, the host believes only its own iframe at the app's origin.
    if (!app || event.source !== app || event.origin !== appOrigin) return

    if ((event.data as { type?: unknown } | null)?.type === READY_MESSAGE) {
      app.postMessage({ type: READY_MESSAGE, version: PROTOCOL_VERSION }, appOrigin)
      const handshake = { id: '', handler: 'ready', data: {}, result: '握手完成' }
      record({ ...handshake, status: 'ok', at: Date.now(), durationMs: 0 })
      return
    }
    const request = asRequest(event.data)
    if (request) void answer(app, request)
  }

  window.addEventListener('message', onMessage)

  return {
    calls,
    stop: () => window.removeEventListener('message', onMessage),
  }
}
