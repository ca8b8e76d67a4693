// A static server for the built bundle, gzipped like a real deployment, with a stub backend
// (GET /api/v1/me, GET and PUT /api/v1/filing) and a stub host bridge. Bench only.
import { readdir, readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg'])
export const BRIDGE_PATH = '/bench-bridge.js'

// The host app's WebViewJavascriptBridge, answering every call at once. A classic script in
// the page, so Lighthouse (which cannot add init scripts) sees the same app as Playwright.
const BRIDGE_SCRIPT = `window.WebViewJavascriptBridge = {
  callHandler: function (name, data, callback) {
    setTimeout(function () { callback(name === 'getToken' ? { token: 'bench' } : {}) }, 0)
  }
}
`

async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })

  return entries.filter(entry => entry.isFile()).map(entry => join(entry.parentPath, entry.name))
}

/** One served file: its type, its bytes, and its gzip bytes when compressible. */
function asset(path, body) {
  const ext = extname(path)
  const gzip = COMPRESSIBLE.has(ext) ? gzipSync(body) : null

  return { type: TYPES[ext] ?? 'application/octet-stream', body, gzip }
}

/** The bundle's files by URL path; index.html loads the stub bridge before everything else. */
async function loadAssets(dist) {
  const assets = new Map()
  for (const file of await filesUnder(dist)) {
    let body = await readFile(file)
    const path = `/${relative(dist, file).split('\\').join('/')}`
    if (path === '/index.html') {
      const tag = `<script src=".${BRIDGE_PATH}"></script>`
      body = Buffer.from(body.toString('utf8').replace('<head>', `<head>\n    ${tag}`))
    }
    assets.set(path, asset(path, body))
  }
  assets.set(BRIDGE_PATH, asset(BRIDGE_PATH, Buffer.from(BRIDGE_SCRIPT)))

  return assets
}

function send(request, response, status, { type, body, gzip }) {
  const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache' }
  const acceptsGzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
  if (gzip && acceptsGzip) {
    Object.assign(headers, { 'Content-Encoding': 'gzip', 'Vary': 'Accept-Encoding' })
  }
  const bytes = gzip && acceptsGzip ? gzip : body
  response.writeHead(status, { ...headers, 'Content-Length': bytes.length })
  response.end(request.method === 'HEAD' ? undefined : bytes)
}

function sendJson(request, response, status, value) {
  send(request, response, status, asset('.json', Buffer.from(JSON.stringify(value))))
}

async function readBody(request) {
  const chunks = []
  for await (const chunk of request) chunks.push(chunk)

  return Buffer.concat(chunks).toString('utf8')
}

/** The stub backend of spec §5, for one signed-in user and one enterprise. */
function createBackend({ me, record }) {
  let current = record
  const answer = (status, value) => ({ status, value })

  return {
    reset: () => { current = record },
    async handle(method, path, request) {
      if (request.headers.authorization !== 'Bearer bench') {
        return answer(401, { code: 'TOKEN_EXPIRED', message: 'bench token expected' })
      }
      if (method === 'GET' && path === '/api/v1/me') return answer(200, me)
      if (method === 'GET' && path === '/api/v1/filing') {
        return current ? answer(200, current) : answer(404, { code: 'NOT_FOUND', message: '' })
      }
      if (method === 'PUT' && path === '/api/v1/filing') {
        const filing = JSON.parse(await readBody(request))
        const revision = (current?.revision ?? 0) + 1
        const submittedAt = new Date().toISOString()
        current = { revision, submittedAt, submittedBy: me.user.name, filing }

        return answer(200, { revision, submittedAt })
      }

      return answer(404, { code: 'NOT_FOUND', message: `${method} ${path}` })
    },
  }
}

/** Serves `dist` and the stub backend on 127.0.0.1 at a free port. */
export async function startServer({ dist, me, record }) {
  const assets = await loadAssets(dist)
  const backend = createBackend({ me, record })

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname
    if (path.startsWith('/api/')) {
      backend.handle(request.method, path, request)
        .then(({ status, value }) => sendJson(request, response, status, value))
        .catch(error => sendJson(request, response, 500, { code: 'BENCH', message: String(error) }))
      return
    }
    const found = assets.get(path === '/' ? '/index.html' : path)
    if (found) send(request, response, 200, found)
    else send(request, response, 404, asset('.txt', Buffer.from('not found')))
  })
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address()

  return {
    url: `http://127.0.0.1:${port}/`,
    reset: backend.reset,
    close: () => new Promise((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    }),
  }
}
