// The fixture: Chromium and the static server once per test file, a fresh context and page per
// test with the bridge installed and the window "shown" (windowShown sent, as main does).
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { CHROMIUM, CHROMIUM_ARGS, ROOT, VIEWPORT } from './build'
import { installBridge, type Bridge } from './bridge'
import { loadHarnessCatalog, type HarnessCatalog } from './catalog'
import { serveStatic, type StaticServer } from './server'
import { openStateStore, type StateStore } from '../../../src/main/services/state-store'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir'

export const SCREENSHOTS = join(ROOT, 'docs/screenshots')

export interface Launcher {
  page: Page
  bridge: Bridge
  /** This test's data folder, with its state.json: the CLI can be pointed at it. */
  dataDir: string
  store: StateStore
  origin: string
  /** Console errors and uncaught page errors so far. */
  consoleErrors: string[]
  pageErrors: string[]
  /** Main shows the window again: windowShown. */
  show(): Promise<void>
}

export interface LauncherOptions {
  /** Go to the page and show the window in beforeEach (default true). */
  open?: boolean
}

/** Call at the top of a test file; the returned function gives the current test's launcher. */
export function useLauncher(options: LauncherOptions = {}): () => Launcher {
  let browser: Browser
  let server: StaticServer
  let catalog: HarnessCatalog
  let context: BrowserContext | undefined
  let current: Launcher | undefined
  let data: TempDir | undefined

  beforeAll(async () => {
    ;[browser, server, catalog] = await Promise.all([
      chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS }),
      serveStatic(join(ROOT, 'out/renderer')),
      loadHarnessCatalog(),
    ])
    mkdirSync(SCREENSHOTS, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  beforeEach(async () => {
    context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 })
    context.setDefaultTimeout(10_000)
    const page = await context.newPage()
    const consoleErrors: string[] = []
    const pageErrors: string[] = []
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()))
    page.on('pageerror', (e) => pageErrors.push(e.stack ?? e.message))
    page.on('response', (r) => r.status() >= 400 && consoleErrors.push(`${r.status()} ${r.url()}`))
    data = makeTempDir('dashkey-e2e-state-')
    const store = await openStateStore({ dataDir: data.path, watch: true })
    const bridge = await installBridge(page, server.origin, catalog, store)
    current = {
      page,
      bridge,
      dataDir: data.path,
      store,
      origin: server.origin,
      consoleErrors,
      pageErrors,
      show: () => bridge.emit('windowShown', null),
    }
    if (options.open !== false) {
      await page.goto(`${server.origin}/index.html`)
      await page.getByLabel('Search reports').waitFor()
      await current.show()
    }
  })
  afterEach(async () => {
    const errors = current?.pageErrors ?? []
    await current?.store.close()
    data?.remove()
    await context?.close()
    context = undefined
    current = undefined
    // An exception or unhandled rejection in the window fails the test that caused it.
    if (errors.length) throw new Error(`uncaught in the page:\n${errors.join('\n')}`)
  })

  return () => {
    if (!current) throw new Error('no launcher outside a test')
    return current
  }
}
