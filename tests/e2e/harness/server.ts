// A tiny static server for out/renderer on 127.0.0.1, with the headers app:// sends in the real app
// (src/main/app-protocol.ts), so the page runs under the same Content-Security-Policy.
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, resolve, sep } from 'node:path'
import { CONTENT_SECURITY_POLICY } from '../../../src/main/app-protocol'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

export interface StaticServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  origin: string
  close(): Promise<void>
}

/** The file a request path names inside `root`, or null when it would leave it. */
function fileFor(root: string, rawUrl: string): string | null {
  let path: string
  try {
    path = decodeURIComponent(new URL(rawUrl, 'http://x').pathname)
  } catch {
    return null
  }
  if (path.includes('\0')) return null
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`)
  return file.startsWith(`${resolve(root)}${sep}`) ? file : null
}

export async function serveStatic(root: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    // Chromium asks an http page for its icon; app:// pages are not asked, so there is none.
    if (request.url === '/favicon.ico') return void response.writeHead(204).end()
    const file = fileFor(root, request.url ?? '/')
    const notFound = () =>
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
    if (!file || request.method !== 'GET') return notFound()
    readFile(file).then(
      (body) =>
        response
          .writeHead(200, {
            'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
            'content-security-policy': CONTENT_SECURITY_POLICY,
            'x-content-type-options': 'nosniff',
            'cache-control': 'no-store',
          })
          .end(body),
      notFound,
    )
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  }
}
