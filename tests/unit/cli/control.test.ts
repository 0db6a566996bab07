// `dashkey toggle` and `dashkey show` against a real control endpoint in DASHKEY_DATA_DIR.
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dashkey } from '../../helpers/cli'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir'
import type { ControlCommand, ControlReply } from '../../../src/main/services/control-protocol'
import { startControlServer, type ControlServer } from '../../../src/main/services/control-server'

let data: TempDir
let env: Record<string, string>
let server: ControlServer | undefined
let received: ControlCommand[]

/** The running app, as far as the CLI can tell: a server at the data folder's endpoint. */
async function startApp(reply: ControlReply = { ok: true }): Promise<void> {
  server = await startControlServer(join(data.path, 'control.sock'), async (command) => {
    received.push(command)
    return reply
  })
}

beforeEach(() => {
  data = makeTempDir()
  env = { DASHKEY_DATA_DIR: data.path }
  received = []
})
afterEach(async () => {
  await server?.close()
  server = undefined
  data.remove()
})

describe('dashkey toggle and show', () => {
  it.each(['toggle', 'show'] as const)('dashkey %s sends its command to the app', async (name) => {
    await startApp()
    const { code, stdout, stderr } = await dashkey([name], env)
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(received).toEqual([{ command: name }])
  })

  it.each(['toggle', 'show'])('dashkey %s says so when Dashkey is not running', async (name) => {
    const { code, stderr } = await dashkey([name], env)
    expect(code).toBe(1)
    expect(stderr).toBe(
      'dashkey: Dashkey is not running (start it with npm start, or the Dashkey app)',
    )
  })

  it("exits 1 with the app's error", async () => {
    await startApp({ ok: false, error: 'the window is not ready yet' })
    const { code, stderr } = await dashkey(['toggle'], env)
    expect(code).toBe(1)
    expect(stderr).toBe('dashkey: the window is not ready yet')
  })

  it('prints help, and refuses extra arguments as a malformed line', async () => {
    for (const name of ['toggle', 'show']) {
      const help = await dashkey([name, '--help'], env)
      expect(help.code).toBe(0)
      expect(help.stdout).toMatch(new RegExp(`Usage: dashkey ${name}`))
      expect((await dashkey([name, 'now'], env)).code).toBe(2)
    }
  })
})
