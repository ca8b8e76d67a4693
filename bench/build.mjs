// The production bundle (no mocks), built into bench/.tmp so dist/ is left alone.
import { fileURLToPath } from 'node:url'

import { buildApp } from '../scripts/build-app.mjs'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const TMP = fileURLToPath(new URL('./.tmp', import.meta.url))
export const DIST = `${TMP}/dist`

/** Builds what integrators get: both flavours, as `npm run build` does. */
export async function buildProduction() {
  await buildApp({ mode: 'production', outDir: DIST })

  return DIST
}
