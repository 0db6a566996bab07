// The window's pages come from the app's own files through `app://dashkey/`, not file:// (where
// any local file would share the origin) and never from the network.
import { readFile } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'
import type { Protocol } from 'electron'

export const APP_SCHEME = 'app'
export const APP_PAGE_PREFIX = 'app://dashkey/'

/** The strict CSP, also sent as a header so it holds for every response, not only the HTML. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ')

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

/** The file an `app://dashkey/…` URL names inside `root`, or null for anything else. */
export function resolveAppFile(requestUrl: string, root: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== 'dashkey') return null
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (path.includes('\0')) return null
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`)
  // `..` or an encoded separator must not climb out of the app's folder.
  return file.startsWith(`${resolve(root)}${sep}`) ? file : null
}

/** Answers one request: the file with its type and the CSP, or 404. */
export async function serveAppFile(requestUrl: string, root: string): Promise<Response> {
  const file = resolveAppFile(requestUrl, root)
  if (!file) return new Response('not found', { status: 404 })
  try {
    const body = await readFile(file)
    return new Response(body, {
      headers: {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    })
  } catch {
    return new Response('not found', { status: 404 })
  }
}

export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppFile(request.url, root))
}
