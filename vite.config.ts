import { fileURLToPath, URL } from 'node:url'

import { VantResolver } from '@vant/auto-import-resolver'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'

import { hostSimulator } from './mock/host-simulator/vitePlugin.js'

/** The oldest engines we build for (docs/integration-checklist.md). */
const TARGETS = ['chrome64', 'safari12']

/**
 * Loads the bundle as a deferred classic script. Module scripts and `crossorigin` stylesheets
 * are CORS requests, which Chromium and WebKit refuse for file:// pages (origin `null`): an
 * offline package would show a white page.
 */
function classicEntry(): Plugin {
  return {
    name: 'roster:classic-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: html => html
        .replace(/<script type="module" crossorigin/g, '<script defer')
        .replace(/<link rel="stylesheet" crossorigin/g, '<link rel="stylesheet"'),
    },
  }
}

/**
 * Drops the CDN fallback (at.alicdn.com) from Vant's icon font: every supported engine reads the
 * inlined woff2, and an offline package or a strict CSP (font-src 'self' data:) must not reach
 * a third-party host.
 */
function vantIconFontInlineOnly(): Plugin {
  return {
    name: 'roster:vant-icon-font-inline-only',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/vant/es/icon/') || !id.endsWith('.css')) return null

      return code.replace(/,\s*url\(["']?(https?:)?\/\/at\.alicdn\.com[^)]*\)\s*format\(["']?woff["']?\)/g, '')
    },
  }
}

export default defineConfig({
  // Relative asset paths: the same dist/ runs under any sub-path and from file://.
  base: './',
  plugins: [
    vue(),
    Components({ dts: 'src/components.d.ts', resolvers: [VantResolver()] }),
    // QA and development bundles only: the host simulator at simulator/ (docs/bridge.md).
    hostSimulator(),
    classicEntry(),
    vantIconFontInlineOnly(),
  ],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mock': fileURLToPath(new URL('./mock', import.meta.url)),
    },
  },
  build: {
    // Syntax is lowered to these engines (`?.`, `??`, `catch {}`); runtime APIs they lack are
    // polyfilled in src/polyfills.ts; `npm run check:dist` fails on anything left above ES2018.
    target: TARGETS,
    cssTarget: TARGETS,
    // One classic script and one stylesheet (see classicEntry): no lazy chunks to lose when a
    // redeploy replaces the files under an open page, and no CSS injected at run time (CSP).
    cssCodeSplit: false,
    modulePreload: false,
    rolldownOptions: {
      output: { format: 'iife', codeSplitting: false },
      // Vite's preload helper reads import.meta.url, an empty object in a classic script; with
      // code splitting off it never fetches anything, so the warning is noise.
      checks: { emptyImportMeta: false },
    },
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
          // After the unit project: Vitest refuses two projects with different worker counts
          // in one group.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
})
