// Fails on syntax newer than ES2018 in the module chunks of a build, beyond what Chrome 64 and
// iOS 12 run in a module: import/export, dynamic import() and import.meta. es-check parses a
// module at ES2020 at the least, which would let `?.`, `??` and `catch {}` through.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { parse } from 'acorn'
import { simple } from 'acorn-walk'

const dir = process.argv[2] ?? 'dist/assets'

/** What each node found is called in the error, when it is newer than the targets. */
const TOO_NEW = {
  ChainExpression: 'optional chaining (ES2020)',
  LogicalExpression: node => node.operator === '??' && 'nullish coalescing (ES2020)',
  CatchClause: node => node.param === null && 'catch without a binding (ES2019)',
  Literal: node => typeof node.bigint === 'string' && 'BigInt literal (ES2020)',
}

let failures = 0
for (const file of readdirSync(dir).filter(name => name.endsWith('.js') && !name.startsWith('classic-'))) {
  const code = readFileSync(join(dir, file), 'utf8')
  const ast = parse(code, { ecmaVersion: 2020, sourceType: 'module' })
  const visitors = Object.fromEntries(Object.entries(TOO_NEW).map(([type, rule]) => [type, (node) => {
    const problem = typeof rule === 'function' ? rule(node) : rule
    if (!problem) return
    failures += 1
    console.error(`${file}:${node.start}: ${problem}`)
  }]))
  simple(ast, visitors)
}

if (failures) process.exit(1)
console.log(`Module chunks in ${dir}: no syntax above ES2018 besides module syntax.`)
