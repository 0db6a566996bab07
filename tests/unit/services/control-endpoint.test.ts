// The control endpoint over a real Unix socket in a temporary folder: what reaches the app,
// what is refused, and that nothing a client does stops the server from serving the next one.
import {
  existsSync,
  lstatSync,
  readdirSync,
  renameSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { createConnection, createServer, type Server, type Socket } from 'node:net'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir'
import { sendControlCommand } from '../../../src/main/services/control-client'
import type { ControlCommand, ControlReply } from '../../../src/main/services/control-protocol'
import {
  startControlServer,
  type ControlHandler,
  type ControlServer,
} from '../../../src/main/services/control-server'

let temp: TempDir
let endpoint: string
let received: ControlCommand[]
let logged: string[]
const servers: ControlServer[] = []

const recordAll: ControlHandler = async (command) => {
  received.push(command)
  return { ok: true }
}

async function start(handle: ControlHandler = recordAll, connectionTimeoutMs?: number) {
  const server = await startControlServer(endpoint, handle, (line) => logged.push(line), {
    connectionTimeoutMs,
  })
  servers.push(server)
  return server
}

interface Exchange {
  replies: ControlReply[]
  /** Whether the server closed the connection. */
  closed: boolean
}

/**
 * Sends raw bytes and collects reply lines until `expected` arrived or the server closed.
 * Errors from writing into a connection the server closed are expected here, so ignored.
 */
function exchange(data: string | Buffer, expected: number): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const socket = createConnection(endpoint)
    let text = ''
    const replies = (): ControlReply[] =>
      text
        .split('\n')
        .slice(0, -1)
        .map((line) => JSON.parse(line) as ControlReply)
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`no answer; got ${JSON.stringify(text)}`))
    }, 5000)
    socket.on('error', () => {})
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8')
      if (replies().length >= expected) {
        clearTimeout(timer)
        socket.destroy()
        resolve({ replies: replies(), closed: false })
      }
    })
    socket.on('close', () => {
      clearTimeout(timer)
      resolve({ replies: replies(), closed: true })
    })
    socket.write(data)
  })
}

/** A socket file nobody listens on, as a crashed app leaves it. */
async function staleSocketAt(path: string): Promise<void> {
  const other = join(temp.path, 'other.sock')
  const server: Server = createServer()
  await new Promise<void>((resolve) => server.listen(other, resolve))
  // Moved away first: closing the server removes the file at the name it was bound to.
  renameSync(other, path)
  await new Promise<void>((resolve) => server.close(() => resolve()))
}

beforeEach(() => {
  temp = makeTempDir()
  endpoint = join(temp.path, 'control.sock')
  received = []
  logged = []
})

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()))
  temp.remove()
})

describe('the control endpoint', () => {
  it('brings each command to the handler with its payload', async () => {
    await start()
    const commands: ControlCommand[] = [
      { command: 'toggle' },
      { command: 'show' },
      { command: 'open', report: 'looker-dashboard-model::name' },
      { command: 'open', report: 'looker-dashboard-382', customer: 'Acme, Inc.' },
    ]
    for (const command of commands) {
      expect(await sendControlCommand(endpoint, command)).toEqual({ ok: true })
    }
    expect(received).toEqual(commands)
  })

  it("passes on the handler's refusal", async () => {
    await start(async () => ({ ok: false, error: 'no such report' }))
    expect(await sendControlCommand(endpoint, { command: 'show' })).toEqual({
      ok: false,
      error: 'no such report',
    })
  })

  it.each([
    ['malformed JSON', '{"command":', /^malformed JSON: /],
    ['not an object', '["toggle"]', /must be a JSON object/],
    ['no command', '{"report":"looker-dashboard-1"}', /^command: missing/],
    ['an unknown command', '{"command":"reboot"}', /^unknown command "reboot" \(one of: /],
    ['a command of the wrong type', '{"command":1}', /^command: missing or not a string/],
    ['an unexpected field', '{"command":"toggle","force":true}', /^toggle: .*"force"/],
    ['open without a report', '{"command":"open"}', /^open: report: /],
    ['a report id of the wrong type', '{"command":"open","report":42}', /^open: report: /],
    ['a bad report id', '{"command":"open","report":"../../etc/passwd"}', /^open: report: must/],
    [
      'a customer of the wrong type',
      '{"command":"open","report":"looker-dashboard-1","customer":["a"]}',
      /^open: customer: /,
    ],
    [
      'a customer name too long',
      JSON.stringify({ command: 'open', report: 'looker-dashboard-1', customer: 'x'.repeat(201) }),
      /^open: customer: must be at most 200 characters/,
    ],
  ])('refuses %s with a reply and goes on', async (_, line, error) => {
    await start()
    // On one connection: the refusal, then a good command is still answered.
    const { replies } = await exchange(`${line}\n{"command":"toggle"}\n`, 2)
    expect(replies[0]).toMatchObject({ ok: false, error: expect.stringMatching(error) })
    expect(replies[1]).toEqual({ ok: true })
    expect(received).toEqual([{ command: 'toggle' }])
    expect(logged.some((l) => l.includes('refused a message'))).toBe(true)
  })

  it('answers several lines on one connection in order, and a last line without newline', async () => {
    await start()
    const { replies } = await exchange(
      '{"command":"show"}\n\n{"command":"nope"}\r\n{"command":"toggle"}\n{"command":"show"}',
      3,
    )
    // The last line has no newline: it is read once the client half-closes, below.
    expect(replies).toEqual([
      { ok: true },
      { ok: false, error: expect.stringMatching(/unknown command/) },
      { ok: true },
    ])
    const socket = createConnection(endpoint)
    const text = await new Promise<string>((resolve) => {
      let got = ''
      socket.on('data', (chunk: Buffer) => (got += chunk.toString()))
      socket.on('close', () => resolve(got))
      socket.end('{"command":"toggle"}')
    })
    expect(text).toBe('{"ok":true}\n')
  })

  it('refuses a message over 4096 bytes, closes that connection and serves the next', async () => {
    await start()
    const { replies, closed } = await exchange(Buffer.alloc(1024 * 1024, 'a'), 2)
    expect(replies).toEqual([{ ok: false, error: 'message too large' }])
    expect(closed).toBe(true)
    // Just over the limit on a complete line is refused too; just under is read.
    const over = JSON.stringify({ command: 'toggle', pad: 'x'.repeat(4096) })
    expect((await exchange(`${over}\n`, 1)).replies).toEqual([
      { ok: false, error: 'message too large' },
    ])
    const under = JSON.stringify({ command: 'toggle', pad: 'x'.repeat(4000) })
    expect((await exchange(`${under}\n`, 1)).replies).toEqual([
      { ok: false, error: expect.stringMatching(/^toggle: .*"pad"/) },
    ])
    expect(await sendControlCommand(endpoint, { command: 'toggle' })).toEqual({ ok: true })
    expect(received).toEqual([{ command: 'toggle' }])
  })

  it('answers two connections at once', async () => {
    // Each call waits for the other: served one after the other, this would never finish.
    let release: () => void = () => {}
    const bothArrived = new Promise<void>((resolve) => (release = resolve))
    let calls = 0
    await start(async (command) => {
      received.push(command)
      if (++calls === 2) release()
      await bothArrived
      return { ok: true }
    })
    const [first, second] = await Promise.all([
      sendControlCommand(endpoint, { command: 'toggle' }),
      sendControlCommand(endpoint, { command: 'show' }),
    ])
    expect(first).toEqual({ ok: true })
    expect(second).toEqual({ ok: true })
    expect(received).toHaveLength(2)
  })

  it('gives an error reply when the handler throws, and keeps serving', async () => {
    let fail = true
    await start(async () => {
      if (fail) throw new Error('window is gone')
      return { ok: true }
    })
    expect(await sendControlCommand(endpoint, { command: 'toggle' })).toEqual({
      ok: false,
      error: 'toggle failed: window is gone',
    })
    fail = false
    expect(await sendControlCommand(endpoint, { command: 'toggle' })).toEqual({ ok: true })
  })

  it('closes a connection that sends nothing in time', async () => {
    await start(recordAll, 200)
    const started = Date.now()
    const { replies, closed } = await exchange('{"command":"tog', 1)
    expect(closed).toBe(true)
    expect(replies).toEqual([])
    expect(Date.now() - started).toBeLessThan(3000)
    expect(logged.some((l) => l.includes('took too long'))).toBe(true)
    expect(await sendControlCommand(endpoint, { command: 'toggle' })).toEqual({ ok: true })
  })
})

describe('the socket file', () => {
  it('is owner-only (0600) in a folder it creates owner-only (0700)', async () => {
    const folder = join(temp.path, 'config', 'Dashkey')
    endpoint = join(folder, 'control.sock')
    await start()
    const socket = lstatSync(endpoint)
    expect(socket.isSocket()).toBe(true)
    expect(socket.mode & 0o777).toBe(0o600)
    expect(statSync(folder).mode & 0o777).toBe(0o700)
    expect(statSync(join(temp.path, 'config')).mode & 0o777).toBe(0o700)
    // The private folder it was bound in is gone.
    expect(readdirSync(folder)).toEqual(['control.sock'])
  })

  it('is removed on close', async () => {
    const server = await start()
    await server.close()
    await server.close()
    expect(existsSync(endpoint)).toBe(false)
  })

  it('replaces a stale socket file', async () => {
    await staleSocketAt(endpoint)
    expect(await sendControlCommand(endpoint, { command: 'toggle' })).toEqual({ notRunning: true })
    await start()
    expect(await sendControlCommand(endpoint, { command: 'toggle' })).toEqual({ ok: true })
    expect(logged.some((l) => l.includes('removed a stale socket'))).toBe(true)
  })

  it('refuses a second server while the first is live, which goes on serving', async () => {
    await start()
    await expect(startControlServer(endpoint, recordAll)).rejects.toThrow(
      `another Dashkey is already listening at ${endpoint}`,
    )
    expect(await sendControlCommand(endpoint, { command: 'show' })).toEqual({ ok: true })
  })

  it('refuses to follow a symbolic link at the socket path', async () => {
    const target = join(temp.path, 'elsewhere.sock')
    symlinkSync(target, endpoint)
    await expect(startControlServer(endpoint, recordAll)).rejects.toThrow(/symbolic link/)
    expect(existsSync(target)).toBe(false)
    expect(lstatSync(endpoint).isSymbolicLink()).toBe(true)
  })

  it('refuses to replace a file that is not a socket', async () => {
    writeFileSync(endpoint, 'precious')
    await expect(startControlServer(endpoint, recordAll)).rejects.toThrow(/not a socket/)
    expect(lstatSync(endpoint).isFile()).toBe(true)
  })
})

describe('the client', () => {
  it('reports notRunning when there is no endpoint', async () => {
    expect(await sendControlCommand(endpoint, { command: 'toggle' })).toEqual({ notRunning: true })
    expect(
      await sendControlCommand(join(temp.path, 'missing', 'control.sock'), { command: 'show' }),
    ).toEqual({ notRunning: true })
  })

  it('reports notRunning when nothing answers in time', async () => {
    // Accepts and never answers, nor reads.
    const held: Socket[] = []
    const silent = createServer((socket) => held.push(socket))
    await new Promise<void>((resolve) => silent.listen(endpoint, resolve))
    try {
      expect(await sendControlCommand(endpoint, { command: 'toggle' }, { timeoutMs: 100 })).toEqual(
        { notRunning: true },
      )
    } finally {
      const closed = new Promise<void>((resolve) => silent.close(() => resolve()))
      held.forEach((socket) => socket.destroy())
      await closed
    }
  })

  it('refuses a bad command before sending it', async () => {
    await start()
    const bad = { command: 'open', report: 'Not An Id' } as const
    expect(await sendControlCommand(endpoint, bad)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^open: report: /),
    })
    expect(received).toEqual([])
  })
})
