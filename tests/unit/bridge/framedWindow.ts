// A window inside an iframe, with a scriptable parent page, for postMessage bridge tests.
import { vi } from 'vitest'

import { createPostMessageBridge, READY_MESSAGE, RESPONSE_MESSAGE } from '@/bridge/postMessage'
import type { RuntimeConfig } from '@/config/runtime'
import { defaultConfig } from '@/config/runtime'

export const HOST_ORIGIN = 'https://host.example'
export const OTHER_ORIGIN = 'https://evil.example'

export interface Posted {
  message: { type: string, id?: string, handler?: string, data?: unknown }
  targetOrigin: string
}

export interface FramedWindow {
  win: Window
  /** Everything the app posted to its parent, in order. */
  posted: Posted[]
  /** Delivers a message to the app as if `source` at `origin` had posted it. */
  deliver(data: unknown, from?: { origin?: string, source?: unknown }): void
  /** Answers the handshake now (and every later one), like a listening host. */
  answerReady(): void
  /** Answers request `id` with `reply` (`{ result }` or `{ error }`) from the parent. */
  respond(id: string, reply: object, from?: { origin?: string, source?: unknown }): void
  requests(): Posted['message'][]
}

export interface FramedOptions {
  /** What `location.ancestorOrigins[0]` says; null for browsers without it (Firefox). */
  ancestor?: string | null
  referrer?: string
  /** Not in an iframe: `window.parent` is the window itself. */
  top?: boolean
}

/** A fake iframe window whose parent records what it receives. */
export function framedWindow(options: FramedOptions = {}): FramedWindow {
  const posted: Posted[] = []
  let answersReady = false
  const ancestor = options.ancestor === undefined ? HOST_ORIGIN : options.ancestor
  const parent = {
    postMessage: vi.fn((message: Posted['message'], targetOrigin: string) => {
      posted.push({ message, targetOrigin })
      if (answersReady && message.type === READY_MESSAGE) queueMicrotask(ready)
    }),
  }
  const win = Object.assign(new EventTarget(), {
    location: { ancestorOrigins: ancestor === null ? undefined : [ancestor] },
    document: { referrer: options.referrer ?? '' },
  }) as unknown as Window
  Object.assign(win, { parent: options.top ? win : parent })

  function deliver(data: unknown, from: { origin?: string, source?: unknown } = {}): void {
    const event = Object.assign(new Event('message'), {
      data,
      origin: from.origin ?? HOST_ORIGIN,
      source: 'source' in from ? from.source : parent,
    })
    win.dispatchEvent(event)
  }

  function ready(): void {
    deliver({ type: READY_MESSAGE, version: 1 })
  }

  return {
    win,
    posted,
    deliver,
    answerReady: () => {
      answersReady = true
      ready()
    },
    respond: (id, reply, from) => deliver({ type: RESPONSE_MESSAGE, id, ...reply }, from),
    requests: () => posted.map(p => p.message).filter(m => m.type !== READY_MESSAGE),
  }
}

/** A postMessage bridge over `framed`, trusting HOST_ORIGIN unless patched. */
export function postMessageBridge(
  framed: FramedWindow,
  patch: Partial<RuntimeConfig['bridge']> = {},
) {
  const base = { ...defaultConfig().bridge, readyTimeoutMs: 3_000, callTimeoutMs: 5_000 }
  return createPostMessageBridge({ ...base, trustedOrigins: [HOST_ORIGIN], ...patch }, framed.win)
}
