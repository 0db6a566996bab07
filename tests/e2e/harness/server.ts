// A tiny http server for out/renderer on 127.0.0.1 that answers through the app's own app://
// handler (src/main/app-protocol.ts): the page gets the same files, types and CSP as in the app.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { APP_PAGE_PREFIX, serveAppFile } from '../../../src/main/app-protocol'

export interface StaticServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  origin: string
  close(): Promise<void>
}

export async function serveStatic(root: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    // Chromium asks an http page for its icon; app:// pages are not asked, so there is none.
    if (request.url === '/favicon.ico') return void response.writeHead(204).end()
    if (request.method !== 'GET') return void response.writeHead(405).end()
    // The real app:// handler answers: the same files, types and CSP as in the app.
    const path = (request.url ?? '/').replace(/^\/+/, '')
    serveAppFile(`${APP_PAGE_PREFIX}${path}`, root)
      .then(async (answer) => {
        const headers = Object.fromEntries(answer.headers)
        response.writeHead(answer.status, { ...headers, 'cache-control': 'no-store' })
        response.end(Buffer.from(await answer.arrayBuffer()))
      })
      .catch(() => response.writeHead(500).end())
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  }
}
