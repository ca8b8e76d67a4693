// Reads the runtime config that public/config.js put on window, checks it and lays it over the
// defaults.
import { CONFIG_ERROR_GLOBAL, CONFIG_GLOBAL, defaultConfig, type RuntimeConfig } from './runtime'
import { isJsonObject, mergeConfig, validateConfig, type ConfigProblem } from './validate'

export type { ConfigProblem } from './validate'

/** config.js is missing, did not run, or has bad keys; `problems` names each of them. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError'
  readonly key: string

  constructor(readonly problems: ConfigProblem[]) {
    super(problems.map(({ key, message }) => `${key}: ${message}`).join('\n'))
    this.key = problems[0]?.key ?? CONFIG_GLOBAL
  }
}

/** The config in force; throws ConfigError listing every bad key. */
export function loadRuntimeConfig(win: Window = window): RuntimeConfig {
  const globals = win as unknown as Record<string, unknown>
  const raw = globals[CONFIG_GLOBAL]

  // config.js always ships: without its global it is missing or threw before assigning it.
  if (raw === undefined) {
    const detail = globals[CONFIG_ERROR_GLOBAL]
    const reason = typeof detail === 'string' ? `it failed: ${detail}` : 'it is missing or failed'
    throw new ConfigError([{ key: 'config.js', message: `did not set the config; ${reason}` }])
  }
  if (!isJsonObject(raw)) {
    throw new ConfigError([{ key: 'config.js', message: `must assign an object to ${CONFIG_GLOBAL}` }])
  }

  const env = { mocks: import.meta.env.VITE_MOCKS === 'true', pageUrl: win.location.href }
  const problems = validateConfig(raw, env)
  if (problems.length) throw new ConfigError(problems)

  return mergeConfig(defaultConfig(), raw)
}
