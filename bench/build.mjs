// The production bundle (no mocks), built into bench/.tmp so dist/ is left alone.
import { fileURLToPath } from 'node:url'

import { build } from 'vite'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const TMP = fileURLToPath(new URL('./.tmp', import.meta.url))
export const DIST = `${TMP}/dist`

/** Builds in production mode; libraries read NODE_ENV at build time, so it is set first. */
export async function buildProduction() {
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({
      root: ROOT,
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: DIST, emptyOutDir: true },
    })
  } finally {
    process.env.NODE_ENV = nodeEnv
  }

  return DIST
}
