import { chmod, lstat, mkdir, mkdtemp, rename, rm, unlink } from 'node:fs/promises'
import { createConnection, createServer, type Server, type Socket } from 'node:net'
import { dirname, join } from 'node:path'
import {
  LineDecoder,
  MAX_MESSAGE_BYTES,
  encodeMessage,
  parseControlCommand,
  type ControlCommand,
  type ControlReply,
} from './control-protocol'

/** Runs one command for the app; a refusal is `{ ok: false, error }`, a throw is caught. */
export type ControlHandler = (command: ControlCommand) => Promise<ControlReply>

/** The open endpoint. */
export interface ControlServer {
  endpoint: string
  /** Stops listening, drops open connections and removes the socket file; safe to call twice. */
  close(): Promise<void>
}

export interface ControlServerOptions {
  /** How long one connection may stay open, idle or not (default CONNECTION_TIMEOUT_MS). */
  connectionTimeoutMs?: number
}

/** A connection is closed this long after it opened, so a slow or idle one holds nothing. */
export const CONNECTION_TIMEOUT_MS = 5000

/** More connections at once than this are dropped; a local launcher needs a handful. */
export const MAX_CONNECTIONS = 16

// Connecting to a Unix socket answers at once; this only bounds a wedged peer.
const PROBE_TIMEOUT_MS = 1000

const errorCode = (error: unknown): string | undefined =>
  error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

/** `\\.\pipe\…` (or `\\?\pipe\…`): a Windows named pipe, which has no file to look after. */
export function isNamedPipe(endpoint: string): boolean {
  return /^\\\\[.?]\\pipe\\/i.test(endpoint)
}

function listen(server: Server, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(path, () => {
      server.off('error', reject)
      resolve()
    })
  })
}

function closeServer(server: Server): Promise<void> {
  // The callback gets an error when the server was not listening; closed is closed.
  return new Promise((resolve) => server.close(() => resolve()))
}

/** Whether something accepts connections at `path`; only "refused" or "gone" count as no. */
function answers(path: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const socket = createConnection(path)
    const done = (live: boolean) => {
      clearTimeout(timer)
      socket.destroy()
      resolve(live)
    }
    // A peer that neither accepts nor refuses is treated as alive: never take over its path.
    const timer = setTimeout(() => done(true), PROBE_TIMEOUT_MS)
    socket.once('connect', () => done(true))
    // `on`, not `once`: a later error with no listener would crash the app.
    socket.on('error', (error) => {
      const code = errorCode(error)
      if (code === 'ECONNREFUSED' || code === 'ENOENT') return done(false)
      clearTimeout(timer)
      socket.destroy()
      reject(new Error(`cannot tell whether Dashkey is listening at ${path}: ${error.message}`))
    })
  })
}

/** Refuses what must not be replaced at the socket path; removes a stale socket. */
async function clearSocketPath(path: string, log: (line: string) => void): Promise<void> {
  let stats
  try {
    stats = await lstat(path)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return
    throw error
  }
  if (stats.isSymbolicLink()) {
    throw new Error(`${path} is a symbolic link; Dashkey will not follow it (remove it)`)
  }
  if (!stats.isSocket()) {
    throw new Error(`${path} exists and is not a socket; Dashkey will not replace it (move it)`)
  }
  if (await answers(path)) throw new Error(`another Dashkey is already listening at ${path}`)
  // Left behind by an app that did not close cleanly.
  await unlink(path).catch((error: unknown) => {
    if (errorCode(error) !== 'ENOENT') throw error
  })
  log(`control endpoint: removed a stale socket at ${path}`)
}

/**
 * Listens on a Unix socket at `path`, owner-only from the first moment. The socket is bound in
 * a fresh private folder (mkdtemp makes it 0700), set to 0600 there, and only then renamed into
 * place: no other user can reach it while its mode is still the umask's, whatever the mode of the
 * data folder. rename() replaces the path itself, never what a symlink there points at. The
 * temporary name is no longer than the final one, so it fits the same socket path limit.
 * Returns the identity of the socket file, so close() removes only its own.
 */
async function listenOnSocketFile(
  server: Server,
  path: string,
  log: (line: string) => void,
): Promise<{ dev: number; ino: number }> {
  const folder = dirname(path)
  // Only folders created here get 0700; an existing data folder is the user's to set.
  await mkdir(folder, { recursive: true, mode: 0o700 })
  await clearSocketPath(path, log)
  const privateFolder = await mkdtemp(join(folder, '.ctl'))
  try {
    const bound = join(privateFolder, 's')
    await listen(server, bound)
    try {
      await chmod(bound, 0o600)
      await rename(bound, path)
    } catch (error) {
      await closeServer(server)
      throw error
    }
  } finally {
    await rm(privateFolder, { recursive: true, force: true })
  }
  const stats = await lstat(path)
  return { dev: stats.dev, ino: stats.ino }
}

async function removeIfOurs(path: string, ours: { dev: number; ino: number }): Promise<void> {
  try {
    const stats = await lstat(path)
    if (stats.dev === ours.dev && stats.ino === ours.ino) await unlink(path)
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error
  }
}

async function answer(
  line: string,
  handle: ControlHandler,
  log: (line: string) => void,
): Promise<ControlReply> {
  const parsed = parseControlCommand(line)
  if (!parsed.ok) {
    log(`control endpoint: refused a message: ${parsed.error}`)
    return parsed
  }
  try {
    const reply = await handle(parsed.command)
    // Rebuilt, so a handler's extra fields never reach the wire.
    return reply.ok ? { ok: true } : { ok: false, error: String(reply.error) }
  } catch (error) {
    log(`control endpoint: ${parsed.command.command} failed: ${messageOf(error)}`)
    return { ok: false, error: `${parsed.command.command} failed: ${messageOf(error)}` }
  }
}

const TOO_LARGE = Symbol('too large')

/**
 * Serves one connection: its lines are answered one at a time, in order. Reading pauses while
 * a command runs or a reply waits to be sent, so a client that floods or never reads buffers at
 * most one chunk here. A client may half-close after its last line (`printf … | nc -U`).
 */
function serveConnection(
  socket: Socket,
  handle: ControlHandler,
  log: (line: string) => void,
  timeoutMs: number,
): void {
  const decoder = new LineDecoder(MAX_MESSAGE_BYTES)
  const queue: (string | typeof TOO_LARGE)[] = []
  let busy = false
  let ended = false
  let finished = false

  const deadline = setTimeout(() => {
    log('control endpoint: closed a connection that took too long')
    socket.destroy()
  }, timeoutMs)
  socket.once('close', () => clearTimeout(deadline))
  socket.on('error', (error) => log(`control endpoint: connection error: ${error.message}`))

  const finish = (last?: string) => {
    if (finished) return
    finished = true
    if (last === undefined) socket.end()
    else socket.end(last)
  }

  const pump = async () => {
    if (busy || finished) return
    busy = true
    socket.pause()
    try {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
        if (socket.destroyed) return
        if (item === TOO_LARGE) {
          log('control endpoint: refused a message over the size limit')
          finish(encodeMessage({ ok: false, error: 'message too large' }))
          // Closed once the reply is out, rather than waiting for the client to stop sending.
          socket.once('finish', () => socket.destroy())
          return
        }
        const reply = await answer(item, handle, log)
        if (socket.destroyed || finished) return
        socket.write(encodeMessage(reply))
      }
    } finally {
      busy = false
    }
    if (ended) finish()
    else if (socket.writableNeedDrain) socket.once('drain', () => socket.resume())
    else socket.resume()
  }

  socket.on('data', (chunk: Buffer) => {
    const { lines, tooLarge } = decoder.push(chunk)
    queue.push(...lines)
    if (tooLarge) queue.push(TOO_LARGE)
    void pump()
  })
  socket.on('end', () => {
    ended = true
    const last = decoder.end()
    if (last !== undefined) queue.push(last)
    void pump()
  })
}

/**
 * Opens the control endpoint of the running app: a Unix socket file (owner-only, 0600) or, on
 * Windows, a named pipe. Fails when another Dashkey already listens there; a stale socket file
 * is replaced. Bad messages get an error reply and the server goes on; `log` hears about them.
 */
export async function startControlServer(
  endpoint: string,
  handle: ControlHandler,
  log: (line: string) => void = () => {},
  options: ControlServerOptions = {},
): Promise<ControlServer> {
  const timeoutMs = options.connectionTimeoutMs ?? CONNECTION_TIMEOUT_MS
  const sockets = new Set<Socket>()
  // Half-open allowed: the reply to a client's last line is written after it stopped sending.
  const server = createServer({ allowHalfOpen: true }, (socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
    serveConnection(socket, handle, log, timeoutMs)
  })
  server.maxConnections = MAX_CONNECTIONS
  // From the start: an error while the socket is moved into place must not go unhandled.
  server.on('error', (error) => log(`control endpoint: ${error.message}`))

  let ours: { dev: number; ino: number } | undefined
  if (isNamedPipe(endpoint)) {
    // Node creates the pipe as its first instance, so a squatter's pipe makes this fail
    // (EADDRINUSE) instead of sharing the name; the default DACL gives others no write access.
    try {
      await listen(server, endpoint)
    } catch (error) {
      if (errorCode(error) === 'EADDRINUSE') {
        throw new Error(`another Dashkey is already listening at ${endpoint}`)
      }
      throw error
    }
  } else {
    ours = await listenOnSocketFile(server, endpoint, log)
  }
  log(`control endpoint: listening at ${endpoint}`)

  let closing: Promise<void> | undefined
  return {
    endpoint,
    close() {
      closing ??= (async () => {
        const closed = closeServer(server)
        for (const socket of sockets) socket.destroy()
        await closed
        if (ours) await removeIfOurs(endpoint, ours)
      })()
      return closing
    },
  }
}
