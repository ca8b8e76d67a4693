// Reads the runtime config that public/config.js put on window, on top of the defaults.
import { CONFIG_GLOBAL, defaultConfig, type RuntimeConfig } from './runtime'

export class ConfigError extends Error {
  override readonly name = 'ConfigError'

  constructor(readonly key: string, message: string) {
    super(message)
  }
}

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The config in force; throws ConfigError naming the first bad key. */
export function loadRuntimeConfig(win: Window = window): RuntimeConfig {
  const base = defaultConfig()
  const raw = (win as unknown as Json)[CONFIG_GLOBAL]
  if (raw === undefined) return base
  if (!isObject(raw)) throw new ConfigError(CONFIG_GLOBAL, 'config.js must assign an object')

  const bridge = raw.bridge === undefined ? {} : raw.bridge
  if (!isObject(bridge)) throw new ConfigError('bridge', 'bridge must be an object')

  return {
    ...base,
    ...raw,
    bridge: {
      ...base.bridge,
      ...bridge,
      handlerNames: { ...base.bridge.handlerNames, ...(bridge.handlerNames as object) },
    },
  } as RuntimeConfig
}
