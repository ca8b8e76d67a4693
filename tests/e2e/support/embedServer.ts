// The production bundle as an integrator serves it: static files under any mount path, with
// the recommended CSP and cache headers, and the mock backend's handlers answering real HTTP
// at /api (with CORS, for pages opened from file://). The production bundle has no mocks.
import { existsSync, readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'

import { getResponse } from 'msw'

import { createHandlers, createMemoryStore, createMockDb, createRequestLog } from '@mock/backend'
import type { LoggedRequest } from '@mock/backend'
import { defaultScenario } from '@mock/scenario'
import { buildApp } from '../../../scripts/build-app.mjs'

const root = fileURLToPath(new URL('../../..', import.meta.url))

/** docs/integration-checklist.md recommends this policy; `connect-src` gains the API origin. */
export const RECOMMENDED_CSP = [
  'default-src \'self\'',
  'script-src \'self\'',
  'style-src \'self\'',
  'img-src \'self\' data:',
  'font-src \'self\' data:',
  'connect-src \'self\'',
  'object-src \'none\'',
  'base-uri \'self\'',
  'form-action \'none\'',
  'frame-ancestors \'none\'',
].join('; ')

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
}

/** Builds the production bundle (no mocks) into `outDir`, relative to the project root. */
export async function buildProduction(outDir: string): Promise<string> {
  await buildApp({ mode: 'production', outDir: join(root, outDir) })

  return join(root, outDir)
}

export interface EmbedServerOptions {
  /** The built bundle. */
  dir: string
  /** Where the bundle is mounted, e.g. `/some/deep/path/`. */
  mountPath: string
  /** Sent as the Content-Security-Policy header of every page. */
  csp?: string
  /** Served instead of the bundle's config.js. */
  configJs?: string
}

export interface EmbedServer {
  /** The app's index, e.g. `http://127.0.0.1:4321/some/deep/path/`. */
  appUrl: string
  origin: string
  /** Every request the backend received. */
  backendLog: LoggedRequest[]
  close: () => Promise<void>
}

/** Serves `dir` at `mountPath` and the mock backend at `/api` on 127.0.0.1. */
export async function startEmbedServer(options: EmbedServerOptions): Promise<EmbedServer> {
  const log = createRequestLog()
  let handlers: ReturnType<typeof createHandlers> = []

  const server = createServer((request, response) => {
    const respond = request.url?.startsWith('/api/')
      ? answerApi(request, response, handlers)
      : serveFile(request, response, options)
    respond.catch((error: unknown) => {
      response.writeHead(500).end(String(error))
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))

  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('embed server has no port')
  const origin = `http://127.0.0.1:${address.port}`
  handlers = createHandlers({
    baseUrl: `${origin}/api`,
    db: createMockDb(createMemoryStore()),
    log,
    scenario: () => ({ ...defaultScenario(), latencyMs: 0 }),
    updateScenario: () => undefined,
  })

  return {
    appUrl: `${origin}${options.mountPath}`,
    origin,
    backendLog: log.entries,
    close: () => new Promise(resolve => server.close(() => resolve())),
  }
}

async function serveFile(request: IncomingMessage, response: ServerResponse, options: EmbedServerOptions) {
  const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1')
  if (!pathname.startsWith(options.mountPath)) return void response.writeHead(404).end()

  const relative = normalize(pathname.slice(options.mountPath.length) || 'index.html')
  const file = join(options.dir, relative)
  if (relative.startsWith('..') || !existsSync(file)) return void response.writeHead(404).end()

  const body = relative === 'config.js' && options.configJs !== undefined
    ? options.configJs
    : readFileSync(file)
  response.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    // Hashed files never change; index.html and config.js must be revalidated every time.
    'Cache-Control': relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(options.csp ? { 'Content-Security-Policy': options.csp } : {}),
  })
  response.end(body)
}

const CORS = {
  'Access-Control-Allow-Methods': 'GET, PUT',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Idempotency-Key, If-Match',
  'Access-Control-Max-Age': '600',
}

async function answerApi(
  request: IncomingMessage,
  response: ServerResponse,
  handlers: ReturnType<typeof createHandlers>,
) {
  // A page from file:// has the origin `null`; a real backend lists the origins it serves.
  const cors = { ...CORS, 'Access-Control-Allow-Origin': request.headers.origin ?? '*', 'Vary': 'Origin' }
  if (request.method === 'OPTIONS') return void response.writeHead(204, cors).end()

  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  const headers = new Headers()
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value)
  }
  const body = ['GET', 'HEAD'].includes(request.method ?? 'GET') ? undefined : Buffer.concat(chunks)
  const url = `http://${request.headers.host}${request.url}`
  const answer = await getResponse(handlers, new Request(url, { method: request.method, headers, body }))
  if (!answer) return void response.writeHead(404, cors).end()

  response.writeHead(answer.status, { ...cors, 'Content-Type': 'application/json' })
  response.end(Buffer.from(await answer.arrayBuffer()))
}
