// The postMessage transport: the app runs in an iframe of a host page (an integrator's test
// page, our host simulator) and talks to `window.parent`. Protocol in docs/bridge.md.
import type { RuntimeConfig } from '@/config/runtime'
import { createLogger } from '@/lib/logger'

import { readHostAnswer, readTokenAnswer } from './answer'
import { withTimeout } from './timeout'
import type { BridgeHandler, HostBridge, HostPage } from './types'
import { BridgeError } from './types'

type BridgeConfig = RuntimeConfig['bridge']

export const READY_MESSAGE = 'roster-bridge:ready'
export const REQUEST_MESSAGE = 'roster-bridge:request'
export const RESPONSE_MESSAGE = 'roster-bridge:response'
export const PROTOCOL_VERSION = 1

/**
 * A host page may add its message listener only after the iframe has loaded (e.g. in the
 * iframe's `load` handler), so a single ready message can be lost: we repeat it this often
 * until the host answers or the ready timeout ends.
 */
export const READY_RESEND_MS = 250

const log = createLogger('bridge')

interface Message {
  type: string
  id?: unknown
  result?: unknown
  error?: unknown
}

function isMessage(data: unknown): data is Message {
  return typeof data === 'object' && data !== null
    && typeof (data as { type?: unknown }).type === 'string'
}

function originOf(url: string): string | null {
  try {
    return url ? new URL(url).origin : null
  } catch {
    return null
  }
}

/**
 * The origins a request may be posted to: the parent's own, when the browser tells it and it is
 * trusted; else every trusted origin, since the browser delivers a message only to a window of
 * its `targetOrigin` and drops it otherwise. Throws NOT_READY when no trusted host can be there.
 */
export function hostTargetOrigins(trusted: readonly string[], win: Window): string[] {
  if (trusted.length === 0) {
    throw new BridgeError('NOT_READY', 'bridge.transport is "postMessage" but '
      + 'bridge.trustedOrigins in runtime config is empty: list the host page\'s origin there')
  }
  if (win.parent === win) {
    throw new BridgeError('NOT_READY', 'bridge.transport is "postMessage" but the app is not '
      + 'in an iframe (window.parent is the window itself)')
  }

  // ancestorOrigins (Chromium, WebKit) is authoritative; the referrer is only a hint.
  const ancestor = win.location.ancestorOrigins?.[0]
  if (ancestor !== undefined) {
    if (trusted.includes(ancestor)) return [ancestor]
    throw new BridgeError('NOT_READY', `The parent page's origin ${ancestor} is not in `
      + `bridge.trustedOrigins (${trusted.join(', ')})`)
  }
  const referrer = originOf(win.document.referrer)

  return referrer !== null && trusted.includes(referrer) ? [referrer] : [...trusted]
}

/** A HostBridge over postMessage to the parent page, trusting only `config.trustedOrigins`. */
export function createPostMessageBridge(config: BridgeConfig, win: Window = window): HostBridge {
  const trusted = config.trustedOrigins
  const pending = new Map<string, (raw: unknown) => void>()
  const warned = new Set<string>()
  const idPrefix = Math.random().toString(36).slice(2, 8)
  let lastId = 0
  let hostOrigin: string | null = null
  let onHostReady: (() => void) | null = null
  let waiting: Promise<string> | null = null

  function post(message: object, origins: readonly string[]): void {
    for (const origin of origins) win.parent.postMessage(message, origin)
  }

  function isFromHost(event: MessageEvent): boolean {
    if (event.source !== win.parent) return false
    if (hostOrigin !== null) return event.origin === hostOrigin
    return trusted.includes(event.origin)
  }

  function onMessage(event: MessageEvent): void {
    const message: unknown = event.data
    if (!isMessage(message) || !message.type.startsWith('roster-bridge:')) return
    if (!isFromHost(event)) {
      warnIgnored(event.origin)
      return
    }

    if (message.type === READY_MESSAGE) {
      hostOrigin ??= event.origin
      onHostReady?.()
    } else if (message.type === RESPONSE_MESSAGE && typeof message.id === 'string') {
      const answer = pending.get(message.id)
      pending.delete(message.id)
      answer?.(message.error != null ? { error: message.error } : message.result)
    }
  }

  function warnIgnored(origin: string): void {
    if (warned.has(origin)) return
    warned.add(origin)
    log.warn(`Ignored a bridge message from ${origin || 'an unknown origin'}: not the parent `
      + 'page, or not in bridge.trustedOrigins. Add the host page\'s origin there if it is yours.')
  }

  function handshake(): Promise<string> {
    const origins = hostTargetOrigins(trusted, win)

    return new Promise((resolve, reject) => {
      const hello = () => post({ type: READY_MESSAGE, version: PROTOCOL_VERSION }, origins)
      const resend = setInterval(hello, READY_RESEND_MS)
      const timer = setTimeout(() => {
        stop()
        const message = `No trusted host answered ${READY_MESSAGE} within `
          + `${config.readyTimeoutMs} ms (bridge.trustedOrigins: ${trusted.join(', ')})`
        reject(new BridgeError('NOT_READY', message))
      }, config.readyTimeoutMs)

      function stop() {
        clearInterval(resend)
        clearTimeout(timer)
        onHostReady = null
      }

      onHostReady = () => {
        stop()
        resolve(hostOrigin as string)
      }
      hello()
    })
  }

  // A host that answered is kept; a failed wait is not, so a retry after NOT_READY asks again.
  function ready(): Promise<string> {
    waiting ??= Promise.resolve().then(handshake).catch((error: unknown) => {
      waiting = null
      throw error
    })
    return waiting
  }

  async function call(handler: BridgeHandler, data: object): Promise<unknown> {
    const origin = await ready()
    lastId += 1
    const id = `${idPrefix}-${lastId}`

    const answer = new Promise<unknown>((resolve) => {
      pending.set(id, resolve)
      post({ type: REQUEST_MESSAGE, id, handler: config.handlerNames[handler], data }, [origin])
    })

    return withTimeout(answer, config.callTimeoutMs, handler).finally(() => pending.delete(id))
  }

  async function callForNothing(handler: BridgeHandler, data: object): Promise<void> {
    readHostAnswer(await call(handler, data), handler)
  }

  win.addEventListener('message', onMessage)

  return {
    transport: 'postMessage',
    ready: async () => {
      await ready()
    },
    getToken: async ({ refresh }) => readTokenAnswer(await call('getToken', { refresh })),
    setTitle: title => callForNothing('setTitle', { title }),
    close: () => callForNothing('close', {}),
    openHostPage: (page: HostPage) => callForNothing('openHostPage', { page }),
  }
}
