// Puts the host simulator beside the app in bundles with mocks (QA, development) at
// `simulator/`, never in production. It is a build of its own, made once per run of
// scripts/build-app.mjs (with the module flavour, the second of the two app builds).
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import vue from '@vitejs/plugin-vue'
import { build, type Plugin, type ResolvedConfig } from 'vite'

const SOURCE_DIR = fileURLToPath(new URL('.', import.meta.url))
/** The simulator's folder in the bundle and its path on the development server. */
export const SIMULATOR_DIR = 'simulator'

/** Serves the simulator at /simulator/ in development and builds it into QA bundles. */
export function hostSimulator(): Plugin {
  let config: ResolvedConfig

  return {
    name: 'roster:host-simulator',
    configResolved: (resolved) => {
      config = resolved
    },
    configureServer: (server) => {
      // The same URL as in the bundle, so the simulator finds the app at ../index.html in both.
      server.middlewares.use((req, _res, next) => {
        const prefix = `/${SIMULATOR_DIR}/`
        if (req.url?.startsWith(prefix)) {
          req.url = `/mock/host-simulator/${req.url.slice(prefix.length)}`
        }
        next()
      })
    },
    closeBundle: async () => {
      if (config.command !== 'build' || config.env.VITE_MOCKS !== 'true') return
      if (process.env.ROSTER_FLAVOR === 'classic') return

      await build({
        configFile: false,
        root: SOURCE_DIR,
        base: './',
        mode: config.mode,
        envDir: config.envDir,
        publicDir: false,
        logLevel: config.logLevel,
        plugins: [vue()],
        resolve: { alias: config.resolve.alias },
        build: {
          outDir: resolve(config.root, config.build.outDir, SIMULATOR_DIR),
          emptyOutDir: true,
          target: config.build.target,
        },
      })
    },
  }
}
