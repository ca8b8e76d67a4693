// Builds the app into one dist/ that loads from anywhere: a classic single-script build (for
// file:// and engines without ES modules) and then the split module build, whose index.html
// loads either through start.js. `node scripts/build-app.mjs [--mode qa] [--outDir dist-qa]`.
import { fileURLToPath } from 'node:url'

import { build } from 'vite'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

/** Both flavours of the app into `outDir`; `mode` is Vite's (production, qa). */
export async function buildApp({ mode = 'production', outDir = 'dist', logLevel = 'warn' } = {}) {
  // Vitest runs with NODE_ENV=test, which libraries read at build time (Vant then gives every
  // field the same id): build what users get.
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    for (const flavor of ['classic', 'module']) {
      process.env.ROSTER_FLAVOR = flavor
      await build({ root: ROOT, mode, logLevel, build: { outDir } })
    }
  } finally {
    delete process.env.ROSTER_FLAVOR
    process.env.NODE_ENV = nodeEnv
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const option = (name) => {
    const index = process.argv.indexOf(`--${name}`)
    return index === -1 ? undefined : process.argv[index + 1]
  }
  await buildApp({ mode: option('mode'), outDir: option('outDir'), logLevel: 'info' })
}
