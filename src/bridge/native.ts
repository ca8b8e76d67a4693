// The native transport: the host app's WebView injects `window.WebViewJavascriptBridge`
// (the marcuswestin/WebViewJavascriptBridge protocol on iOS, lzyzsd/JsBridge on Android).
import type { RuntimeConfig } from '@/config/runtime'

import { readHostAnswer, readTokenAnswer } from './answer'
import { withTimeout } from './timeout'
import type { BridgeHandler, HostBridge, HostPage } from './types'
import { BridgeError } from './types'

export const BRIDGE_GLOBAL = 'WebViewJavascriptBridge'
export const BRIDGE_READY_EVENT = 'WebViewJavascriptBridgeReady'

/**
 * Android JsBridge injects its script from `onPageFinished` and fires the ready event right
 * away, often before our bundle has run and added its listener; the event is then lost and
 * only the global remains. So we also poll for the global this often until the ready timeout.
 */
export const READY_POLL_MS = 100

type HostCallback = (answer: unknown) => void

interface JsBridge {
  callHandler(name: string, data: unknown, callback: HostCallback): void
}

function asJsBridge(value: unknown): JsBridge | null {
  const candidate = value as Partial<JsBridge> | null | undefined
  return typeof candidate?.callHandler === 'function' ? candidate as JsBridge : null
}

function findJsBridge(win: Window): JsBridge | null {
  return asJsBridge((win as unknown as Record<string, unknown>)[BRIDGE_GLOBAL])
}

/** Waits for the injected bridge: already there, announced by the ready event, or polled. */
function waitForJsBridge(win: Window, timeoutMs: number): Promise<JsBridge> {
  const present = findJsBridge(win)
  if (present) return Promise.resolve(present)

  return new Promise((resolve, reject) => {
    const settle = (event?: Event) => {
      // iOS bridges also hand the object over on the event itself (`event.bridge`).
      const carried = (event as { bridge?: unknown } | undefined)?.bridge
      const found = asJsBridge(carried) ?? findJsBridge(win)
      if (!found) return

      stop()
      resolve(found)
    }
    const poll = setInterval(settle, READY_POLL_MS)
    const timer = setTimeout(() => {
      stop()
      reject(new BridgeError('NOT_READY', `No host bridge appeared within ${timeoutMs} ms`))
    }, timeoutMs)

    function stop() {
      clearInterval(poll)
      clearTimeout(timer)
      win.document.removeEventListener(BRIDGE_READY_EVENT, settle)
    }

    win.document.addEventListener(BRIDGE_READY_EVENT, settle)
  })
}

/** A HostBridge over the host's injected WebViewJavascriptBridge. */
export function createNativeBridge(
  config: RuntimeConfig['bridge'],
  win: Window = window,
): HostBridge {
  let waiting: Promise<JsBridge> | null = null

  // A found bridge is kept; a failed wait is not, so a retry after NOT_READY waits again.
  function jsBridge(): Promise<JsBridge> {
    waiting ??= waitForJsBridge(win, config.readyTimeoutMs).catch((error: unknown) => {
      waiting = null
      throw error
    })
    return waiting
  }

  async function call(handler: BridgeHandler, data: object): Promise<unknown> {
    const host = await jsBridge()
    const name = config.handlerNames[handler]

    const answer = new Promise<unknown>((resolve, reject) => {
      try {
        host.callHandler(name, data, resolve)
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        reject(new BridgeError('HOST_ERROR', `callHandler('${name}') threw: ${reason}`, handler))
      }
    })

    return withTimeout(answer, config.callTimeoutMs, handler)
  }

  async function callForNothing(handler: BridgeHandler, data: object): Promise<void> {
    readHostAnswer(await call(handler, data), handler)
  }

  return {
    transport: 'native',
    ready: async () => {
      await jsBridge()
    },
    getToken: async ({ refresh }) => readTokenAnswer(await call('getToken', { refresh })),
    setTitle: title => callForNothing('setTitle', { title }),
    close: () => callForNothing('close', {}),
    openHostPage: (page: HostPage) => callForNothing('openHostPage', { page }),
  }
}
