// `npm run check:api`: fails when src/api/schema.d.ts is not what docs/openapi.yaml generates,
// i.e. someone changed one without running `npm run gen:api`.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const SPEC = 'docs/openapi.yaml'
const GENERATED = 'src/api/schema.d.ts'

const dir = mkdtempSync(join(tmpdir(), 'roster-api-'))
const fresh = join(dir, 'schema.d.ts')

try {
  const generate = spawnSync('npx', ['openapi-typescript', SPEC, '-o', fresh], { stdio: 'inherit' })
  if (generate.status !== 0) process.exit(1)

  if (readFileSync(fresh, 'utf8') === readFileSync(GENERATED, 'utf8')) {
    console.log(`${GENERATED} is up to date with ${SPEC}`)
  } else {
    spawnSync('git', ['diff', '--no-index', '--', GENERATED, fresh], { stdio: 'inherit' })
    console.error(`${GENERATED} is out of date with ${SPEC}: run \`npm run gen:api\` and commit both`)
    process.exitCode = 1
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
