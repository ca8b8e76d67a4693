// One small logger: tagged messages in development, silent in production builds.
const enabled = import.meta.env.DEV || import.meta.env.VITE_MOCKS === 'true'

export interface Logger {
  warn(message: string, ...details: unknown[]): void
  error(message: string, ...details: unknown[]): void
}

/** A logger whose messages start with `[roster:<tag>]`. */
export function createLogger(tag: string): Logger {
  const prefix = `[roster:${tag}]`

  return {
    warn: (message, ...details) => {
      if (enabled) console.warn(prefix, message, ...details)
    },
    error: (message, ...details) => {
      if (enabled) console.error(prefix, message, ...details)
    },
  }
}
