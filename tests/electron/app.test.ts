// The real app, started by Playwright's Electron support with a fresh data folder. Global keys
// cannot be pressed from a test, so the hotkey is checked through main's own globalShortcut.
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { _electron, type ElectronApplication, type Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DashkeyApi } from '../../src/shared/ipc'
import { makeTempDir, type TempDir } from '../helpers/temp-dir'

const executablePath = process.env.DASHKEY_ELECTRON_BINARY
if (!executablePath) {
  throw new Error('DASHKEY_ELECTRON_BINARY is not set: run this suite with `npm run test:electron`')
}
const root = fileURLToPath(new URL('../..', import.meta.url))
const mainEntry = fileURLToPath(new URL('../../out/main/index.js', import.meta.url))
const recorder = fileURLToPath(new URL('../helpers/recorder.mjs', import.meta.url))
const bin = fileURLToPath(new URL('../../bin/dashkey.js', import.meta.url))
const exec = promisify(execFile)

let data: TempDir
let app: ElectronApplication
let page: Page
let env: Record<string, string>

beforeEach(async () => {
  data = makeTempDir('dashkey-e2e-')
  env = {
    ...(process.env as Record<string, string>),
    DASHKEY_DATA_DIR: data.path,
    DASHKEY_BROWSER: `"${process.execPath}" "${recorder}"`,
    DASHKEY_RECORD_FILE: `${data.path}/opened.jsonl`,
  }
  app = await _electron.launch({ executablePath, args: [mainEntry], cwd: root, env })
  page = await app.firstWindow()
  await page.waitForLoadState('domcontentloaded')
})

afterEach(async () => {
  await app.close()
  data.remove()
})

const visible = () =>
  app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible() ?? false)

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`timed out waiting for ${what}`)
}

describe('Dashkey, the app', () => {
  it('starts hidden, on its own page, with nothing of Node in reach', async () => {
    expect(await visible()).toBe(false)
    expect(page.url()).toBe('app://dashkey/index.html')
    // Runs in the page; the test's tsconfig has no DOM, hence globalThis.
    const surface = await page.evaluate(() => {
      const page = globalThis as unknown as Record<string, object | undefined>
      return {
        require: typeof page.require,
        process: typeof page.process,
        api: Object.keys(page.dashkey ?? {}).sort(),
      }
    })
    expect(surface.require).toBe('undefined')
    expect(surface.process).toBe('undefined')
    expect(surface.api).toEqual(
      [
        'copyLink',
        'getCatalog',
        'getNotices',
        'hideWindow',
        'onCatalogChanged',
        'onNoticesChanged',
        'onWindowShown',
        'openReport',
      ].sort(),
    )
  })

  it('holds the global hotkey', async () => {
    const registered = await app.evaluate(({ globalShortcut }) =>
      globalShortcut.isRegistered('CommandOrControl+Shift+Space'),
    )
    expect(registered).toBe(true)
  })

  it('toggles on a second launch with --toggle, and on `dashkey toggle`', async () => {
    await exec(executablePath, [mainEntry, '--toggle'], { env, cwd: root })
    await until(visible, 'the window to show')
    await exec(process.execPath, [bin, 'toggle'], { env })
    await until(async () => !(await visible()), 'the window to hide')
  })

  it('opens a prefilled link through the browser command, and refuses to navigate', async () => {
    const reply = await page.evaluate(() =>
      (globalThis as unknown as { dashkey: DashkeyApi }).dashkey.openReport({
        reportId: 'looker-dashboard-409',
        values: { customer: 'Acme, Inc.' },
      }),
    )
    expect(reply.ok).toBe(true)
    await until(async () => {
      try {
        return readFileSync(`${data.path}/opened.jsonl`, 'utf8').length > 0
      } catch {
        return false
      }
    }, 'the browser command to run')
    const [url] = JSON.parse(readFileSync(`${data.path}/opened.jsonl`, 'utf8').trim()) as string[]
    expect(new URL(url!).searchParams.get('Account name')).toBe('"Acme, Inc."')

    await page.evaluate(() => {
      ;(globalThis as unknown as { location: { href: string } }).location.href =
        'https://example.com/'
    })
    await new Promise((r) => setTimeout(r, 500))
    expect(page.url()).toBe('app://dashkey/index.html')
  })
})
