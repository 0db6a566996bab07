// The `dashkey` binary as a person runs it: a real process, real files, a recorder for a browser.
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir'

const run = promisify(execFile)
const bin = fileURLToPath(new URL('../../../bin/dashkey.js', import.meta.url))
const recorder = fileURLToPath(new URL('../../helpers/recorder.mjs', import.meta.url))

let data: TempDir
beforeEach(() => {
  data = makeTempDir()
})
afterEach(() => data.remove())

async function dashkey(args: string[], extraEnv: Record<string, string> = {}) {
  const env = { ...process.env, DASHKEY_DATA_DIR: data.path, ...extraEnv }
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

describe('the dashkey binary', () => {
  it('prints a ready-to-paste URL with "Acme, Inc." as one quoted value', async () => {
    const { code, stdout } = await dashkey([
      'url',
      'batch',
      'changes',
      'single',
      'customer',
      '--customer',
      'Acme, Inc.',
    ])
    expect(code).toBe(0)
    const url = new URL(stdout.trim())
    expect(url.searchParams.get('Account name')).toBe('"Acme, Inc."')
  })

  it('opens through the browser command, the URL as one argument, no shell', async () => {
    const record = `${data.path}/opened.jsonl`
    const { code } = await dashkey(['open', 'server', 'instances', '--customer', 'Chime'], {
      DASHKEY_BROWSER: `"${process.execPath}" "${recorder}" --profile-directory="Work; rm -rf ~"`,
      DASHKEY_RECORD_FILE: record,
    })
    expect(code).toBe(0)
    // The child is detached; give it a moment to write.
    let lines: string[] = []
    for (let i = 0; i < 50 && lines.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 100))
      try {
        lines = readFileSync(record, 'utf8').trim().split('\n')
      } catch {
        lines = []
      }
    }
    const args = JSON.parse(lines[0]!) as string[]
    expect(args[0]).toBe('--profile-directory=Work; rm -rf ~')
    expect(new URL(args[1]!).searchParams.get('Account name')).toBe('Chime')
  })

  it('fails with one line and exit 2 on a malformed command line', async () => {
    const { code, stderr } = await dashkey(['url', 'looker-dashboard-409', '--nope'])
    expect(code).toBe(2)
    expect(stderr).not.toMatch(/\n\s+at /)
  })
})
