// Builds the QA bundle (mock host and mock backend included) once and serves it on 127.0.0.1
// for every browser test, the way QA would open it.
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { preview, type PreviewServer } from 'vite'
import type { TestProject } from 'vitest/node'

import { buildApp } from '../../../scripts/build-app.mjs'

const root = fileURLToPath(new URL('../../..', import.meta.url))
export const QA_OUT_DIR = 'dist-qa'

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string
  }
}

let server: PreviewServer | undefined

export async function setup(project: TestProject): Promise<void> {
  await buildApp({ mode: 'qa', outDir: join(root, QA_OUT_DIR) })
  server = await preview({
    root,
    mode: 'qa',
    logLevel: 'warn',
    build: { outDir: QA_OUT_DIR },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  })
  const address = server.httpServer.address()
  if (!address || typeof address === 'string') throw new Error('preview server has no port')
  project.provide('appUrl', `http://127.0.0.1:${address.port}/`)
}

export async function teardown(): Promise<void> {
  await new Promise<void>(resolve => server?.httpServer.close(() => resolve()) ?? resolve())
}
