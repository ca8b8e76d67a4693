// Fixtures for bridge tests: a runtime bridge config and a scriptable injected host bridge.
import { createNativeBridge } from '@/bridge/native'
import type { RuntimeConfig } from '@/config/runtime'
import { defaultConfig } from '@/config/runtime'

type BridgeConfig = RuntimeConfig['bridge']
type HostCallback = (raw: unknown) => void

export interface FakeJsBridge {
  callHandler: (name: string, data: unknown, callback: HostCallback) => void
  received: { name: string, data: unknown }[]
}

/** A native bridge over the test window, with short timeouts unless patched. */
export function nativeBridge(patch: Partial<BridgeConfig> = {}) {
  const config = { ...defaultConfig().bridge, readyTimeoutMs: 5_000, callTimeoutMs: 8_000 }
  return createNativeBridge({ ...config, ...patch })
}

/** A host bridge object as a WebView would inject it; `reply` decides each answer. */
export function fakeJsBridge(
  reply: (name: string, data: unknown, answer: HostCallback) => void,
): FakeJsBridge {
  const received: FakeJsBridge['received'] = []

  return {
    received,
    callHandler(name, data, callback) {
      received.push({ name, data })
      reply(name, data, callback)
    },
  }
}

/** A host that answers getToken with `token` and every other handler with `{}`. */
export function answeringHost(token = 'host-token-1'): FakeJsBridge {
  return fakeJsBridge((name, _data, answer) => answer(name === 'getToken' ? { token } : {}))
}

/** Injects a host that answers every call with `raw`, as given. */
export function injectAnswer(raw: unknown): void {
  inject(fakeJsBridge((_name, _data, answer) => answer(raw)))
}

export function inject(bridge: FakeJsBridge): void {
  Object.assign(window, { WebViewJavascriptBridge: bridge })
}

export function uninject(): void {
  Reflect.deleteProperty(window, 'WebViewJavascriptBridge')
}
