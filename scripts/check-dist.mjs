// `npm run check:dist`: builds the production bundle and fails on syntax or built-in APIs that
// the oldest supported engines (Chrome 64, iOS 12) cannot run. es-check parses each file as
// ES2018 and, with --checkFeatures, also looks for newer built-ins such as Array.prototype.at.
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

// Found by --checkFeatures, and safe on those engines:
const SAFE = [
  // Polyfilled in src/polyfills.ts.
  'ObjectFromEntries',
  // Read only behind `typeof globalThis` checks, in Vue, axios and Pinia.
  'globalThis',
  // Method names of Vue's reactive-array wrappers; they call the engine's only when app code
  // calls them, which it does not.
  'ArrayToReversed', 'ArrayToSorted', 'ArrayToSpliced',
]

function run(command, args) {
  console.log(`> ${[command, ...args].join(' ')}`)
  const { status } = spawnSync(command, args, { stdio: 'inherit' })
  if (status !== 0) process.exit(status ?? 1)
}

run('node', ['scripts/build-app.mjs'])
// The classic build is the whole app as one script: ES2018 with no newer built-ins.
run('npx', [
  'es-check', 'es2018', 'dist/assets/classic-*.js', '--checkFeatures', '--ignore', SAFE.join(','),
])
// The module build is the same code split into ES modules: ES2018 plus the module syntax that
// Chrome 64 and iOS 12 run (import, export, import(), import.meta).
run('node', ['scripts/check-modules.mjs', 'dist/assets'])
// Regex lookbehind is ES2018, but iOS before 16.4 refuses to parse a script containing one.
for (const file of readdirSync('dist/assets').filter(name => name.endsWith('.js'))) {
  if (/\(\?<[=!]/.test(readFileSync(`dist/assets/${file}`, 'utf8'))) {
    console.error(`dist/assets/${file}: a regex lookbehind, a syntax error on iOS 12 to 16.3`)
    process.exit(1)
  }
}
// Production bundles carry no mock host or backend (they come only with VITE_MOCKS=true).
const MOCK_MARKERS = ['mock-token', 'setupWorker', '__mockBackendLog', '__mockHostLog']
for (const file of readdirSync('dist/assets').filter(name => name.endsWith('.js'))) {
  const code = readFileSync(`dist/assets/${file}`, 'utf8')
  const marker = MOCK_MARKERS.find(text => code.includes(text))
  if (marker) {
    console.error(`dist/assets/${file}: mock code (${marker}) in a production build`)
    process.exit(1)
  }
}
// These run before the bundle and must run on any engine, to report one too old.
run('npx', ['es-check', 'es5', 'dist/boot-check.js', 'dist/config.js', 'dist/start.js'])
