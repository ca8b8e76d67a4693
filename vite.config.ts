import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath, URL } from 'node:url'

import { VantResolver } from '@vant/auto-import-resolver'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import type { Plugin } from 'vite'
import { createSSRApp } from 'vue'
import { parse as parseSfc } from 'vue/compiler-sfc'
import { renderToString } from 'vue/server-renderer'
import { defineConfig } from 'vitest/config'

import { hostSimulator } from './mock/host-simulator/vitePlugin.js'

/** The oldest engines we build for (docs/integration-checklist.md). */
const TARGETS = ['chrome64', 'safari12']

/** `classic` (one IIFE script) or `module` (split ES modules); see scripts/build-app.mjs. */
const FLAVOR = process.env.ROSTER_FLAVOR === 'classic' ? 'classic' : 'module'
const CLASSIC_MANIFEST = 'classic-manifest.json'

/**
 * Points index.html at start.js, which loads the module build over http(s) and the classic
 * one from file:// or on engines without modules (public/start.js says why). The classic
 * build runs first and leaves its file names in a manifest.
 */
function loadFromAnywhere(): Plugin {
  let outDir = ''

  return {
    name: 'roster:load-from-anywhere',
    apply: 'build',
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir)
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const manifest = JSON.parse(readFileSync(resolve(outDir, CLASSIC_MANIFEST), 'utf8'))
        const classic = manifest['src/main.ts'] as { file: string }
        const classicCss = manifest['style.css'] as { file: string }
        const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/

        return html
          // Deferred like config.js before it, so it runs after it (and after boot-check.js).
          .replace(entry, (_, src: string) => '<script defer src="./start.js" '
            + `data-module="${src}" data-classic="./${classic.file}" `
            + `data-classic-css="./${classicCss.file}"></script>`)
          .replace(/<link rel="stylesheet" crossorigin/g, '<link rel="stylesheet"')
      },
    },
  }
}

/**
 * Prerenders static components into index.html where it says `<!--prerender:src/…vue-->`: the
 * guide's text and the form's intro show with the first paint, before any script arrives
 * (public/boot-check.js and styles/shells.css pick what shows by the hash route). Only
 * template-only components: where Vue draws one later (the form's intro), the markup is then
 * the same, and nothing moves when it takes over.
 */
function staticShells(): Plugin {
  const root = fileURLToPath(new URL('.', import.meta.url))
  const marker = /<!--prerender:([\w/.-]+\.vue)-->/g

  async function prerender(path: string): Promise<string> {
    const { descriptor } = parseSfc(readFileSync(resolve(root, path), 'utf8'), { filename: path })
    if (!descriptor.template || descriptor.script || descriptor.scriptSetup) {
      throw new Error(`${path}: only a template-only component can be prerendered`)
    }
    const html = await renderToString(createSSRApp({ template: descriptor.template.content }))

    // Vue's fragment markers only matter to hydration, which the app does not do.
    return html.replace(/<!--[[\]]-->/g, '')
  }

  return {
    name: 'roster:static-shells',
    transformIndexHtml: {
      order: 'pre',
      handler: async (html) => {
        const paths = [...html.matchAll(marker)].map(match => match[1] ?? '')
        const rendered = new Map(await Promise.all(paths.map(async path =>
          [path, await prerender(path)] as const)))

        return html.replace(marker, (_, path: string) => rendered.get(path) ?? '')
      },
    },
    handleHotUpdate({ file, server }) {
      if (file.endsWith('.vue') && readFileSync(resolve(root, 'index.html'), 'utf8')
        .includes(`<!--prerender:${file.slice(root.length)}-->`)) {
        server.ws.send({ type: 'full-reload' })
      }
    },
  }
}

/**
 * Drops Vant's icon font: a ~25 KB data URI in the first screen's stylesheet, with a fallback
 * on a third-party CDN that an offline package or a strict CSP must not reach. The one glyph
 * the app shows, the arrow, is drawn in src/styles/icons.css.
 */
function withoutVantIconFont(): Plugin {
  return {
    name: 'roster:without-vant-icon-font',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/vant/es/icon/') || !id.endsWith('.css')) return null

      return code.replace(/@font-face\s*\{[^}]*\}/g, '')
    },
  }
}

/**
 * Leaves Vant's picker group (tabs over several pickers) out of the editor: Picker imports it
 * only for the key a group provides, and with it come Tabs, Tab, Sticky and Swipe, ~7 KB gzip
 * of JS and their CSS that no screen uses. A stub key stands in; no group ever provides it, as
 * in an app without groups. Only the imports of picker and date-picker are redirected, so a
 * screen that uses van-tabs itself still gets the real thing.
 */
function vantPickerWithoutGroup(): Plugin {
  const STUB_KEY = '\0roster:vant-picker-group-key'
  const STUB_CSS = '\0roster:vant-picker-group.css'
  const GROUP_CSS = /^\.\.\/\.\.\/(sticky|swipe|swipe-item|tabs|tab|picker-group)\/index\.css$/
  const PICKER_STYLES = /vant\/es\/(date-)?picker\/style\/index\.mjs$/

  return {
    name: 'roster:vant-picker-without-group',
    enforce: 'pre',
    resolveId(source, importer) {
      const from = importer?.replace(/\\/g, '/') ?? ''
      if (source === '../picker-group/PickerGroup.mjs' && from.endsWith('vant/es/picker/Picker.mjs')) return STUB_KEY
      if (GROUP_CSS.test(source) && PICKER_STYLES.test(from)) return STUB_CSS

      return null
    },
    load(id) {
      if (id === STUB_KEY) return 'export const PICKER_GROUP_KEY = Symbol(\'van-picker-group\')\n'
      if (id === STUB_CSS) return ''

      return null
    },
  }
}

/**
 * Leaves axios's fetch adapter out of the bundle: the client pins XHR (src/api/client.ts), so
 * its ~3 KB gzip would only weigh on the first screen.
 */
function axiosWithoutFetchAdapter(): Plugin {
  const STUB = '\0roster:axios-fetch-adapter'

  return {
    name: 'roster:axios-without-fetch-adapter',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      const fromAdapters = importer?.replace(/\\/g, '/').endsWith('axios/lib/adapters/adapters.js')
      return source === './fetch.js' && fromAdapters ? STUB : null
    },
    load(id) {
      return id === STUB ? 'export const getFetch = () => undefined\n' : null
    },
  }
}

/**
 * Drops the whole-line comments of the two classic page scripts ours in public/ (they explain
 * themselves to maintainers, not to phones). No minifier: they must stay ES5 for any engine.
 */
function leanPageScripts(): Plugin {
  let outDir = ''

  return {
    name: 'roster:lean-page-scripts',
    apply: 'build',
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir)
    },
    writeBundle() {
      if (FLAVOR === 'classic') return
      for (const name of ['boot-check.js', 'start.js']) {
        const file = resolve(outDir, name)
        const lines = readFileSync(file, 'utf8').split('\n')
        writeFileSync(file, lines.filter(line => line.trim() && !/^\s*\/\//.test(line)).join('\n'))
      }
    },
  }
}

export default defineConfig({
  define: {
    // Every component is `<script setup>`: Vue's Options API support is dead weight.
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  // Relative asset paths: the same dist/ runs under any sub-path and from file://.
  base: './',
  plugins: [
    vue(),
    Components({ dts: 'src/components.d.ts', resolvers: [VantResolver()] }),
    // QA and development bundles only: the host simulator at simulator/ (docs/bridge.md).
    hostSimulator(),
    staticShells(),
    loadFromAnywhere(),
    withoutVantIconFont(),
    vantPickerWithoutGroup(),
    axiosWithoutFetchAdapter(),
    leanPageScripts(),
  ],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mock': fileURLToPath(new URL('./mock', import.meta.url)),
    },
  },
  build: FLAVOR === 'classic'
    ? {
        // Syntax is lowered to these engines (`?.`, `??`, `catch {}`); runtime APIs they lack
        // are polyfilled in src/polyfills.ts; `npm run check:dist` checks what is left.
        target: TARGETS,
        cssTarget: TARGETS,
        emptyOutDir: true,
        copyPublicDir: false,
        cssCodeSplit: false,
        manifest: CLASSIC_MANIFEST,
        rolldownOptions: {
          input: 'src/main.ts',
          output: {
            format: 'iife',
            codeSplitting: false,
            entryFileNames: 'assets/classic-[hash].js',
            assetFileNames: 'assets/classic-[hash][extname]',
          },
          // Vite's preload helper reads import.meta.url, empty in a classic script; with code
          // splitting off it never fetches anything, so the warning is noise.
          checks: { emptyImportMeta: false },
        },
      }
    : {
        target: TARGETS,
        cssTarget: TARGETS,
        // Beside the classic build of the same run (scripts/build-app.mjs).
        emptyOutDir: false,
        // No modulepreload (Chrome 64 has none) and no preload helper on the first screen:
        // start.js inserts the entry, and each screen's chunk loads its own CSS.
        modulePreload: false,
        // Read by scripts/check-size.mjs to find what the first screen loads.
        manifest: true,
      },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['tests/setup.ts'],
          server: { deps: { inline: ['vant'] } },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/support/globalSetup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // Two cores: one Chromium per worker at most.
          maxWorkers: 2,
          // A browser test on a loaded 2-core machine may miss a timing once; a real failure
          // fails twice. Every retry is listed in the run's output.
          retry: 1,
          // After the unit project: Vitest refuses two projects with different worker counts
          // in one group.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
})
