// The page as the app loads it: under the app's CSP, with window.dashkey exactly as the preload
// exposes it and the real services behind it.
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../src/main/app-protocol'
import { EVENTS, INVOKE_METHODS, subscriberName, type DashkeyApi } from '../../src/shared/ipc'
import { useLauncher } from './harness/launcher'
import { POLL, text, ui } from './harness/ui'

const launcher = useLauncher({ open: false })

type PageGlobals = Record<string, unknown> & { dashkey: DashkeyApi }
const open = async () => {
  const { page, origin } = launcher()
  const response = await page.goto(`${origin}/index.html`)
  await page.getByLabel('Search reports').waitFor()
  return response!
}

describe('the window, loaded', () => {
  it('loads under the CSP header with no console errors', async () => {
    const response = await open()
    expect(response.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    await launcher().show()
    await launcher().page.waitForLoadState('networkidle')
    expect(launcher().consoleErrors).toEqual([])
  })

  it('sees exactly the contract in window.dashkey, and nothing of Node or Electron', async () => {
    await open()
    const surface = await launcher().page.evaluate(() => {
      const page = globalThis as unknown as PageGlobals
      return {
        keys: Object.keys(page.dashkey).sort(),
        frozen: Object.isFrozen(page.dashkey),
        node: ['require', 'process', 'module', 'Buffer', 'ipcRenderer', 'electron'].filter(
          (name) => typeof page[name] !== 'undefined',
        ),
      }
    })
    expect(surface.keys).toEqual([...INVOKE_METHODS, ...EVENTS.map(subscriberName)].sort())
    expect(surface.frozen).toBe(true)
    expect(surface.node).toEqual([])
  })

  it('does not run an injected inline <script> (CSP, SECURITY.md row 9)', async () => {
    await open()
    const { page } = launcher()
    const ran = await page.evaluate(async () => {
      const g = globalThis as unknown as {
        document: {
          createElement(tag: 'script'): { textContent: string }
          body: { append(node: unknown): void }
        }
        injected?: boolean
      }
      const script = g.document.createElement('script')
      script.textContent = 'globalThis.injected = true'
      g.document.body.append(script)
      await new Promise((r) => setTimeout(r, 100))
      return g.injected === true
    })
    expect(ran).toBe(false)
    expect(launcher().consoleErrors.join('\n')).toMatch(/Content Security Policy/)
  })

  it('answers calls from the real services and refuses malformed ones, as main does', async () => {
    await open()
    const replies = await launcher().page.evaluate(async () => {
      const { dashkey } = globalThis as unknown as PageGlobals
      const catalog = await dashkey.getCatalog()
      // A URL where an id and values belong: the window never hands main a URL.
      const forged = await (dashkey.openReport as (a: unknown) => Promise<unknown>)({
        reportId: 'looker-dashboard-389',
        url: 'https://evil.example/',
      })
      return { catalog, forged }
    })
    expect(replies.catalog.ok && replies.catalog.value.reports.length).toBeGreaterThan(20)
    expect(replies.catalog.ok && replies.catalog.value.customers.map((c) => c.name)).toContain(
      'Acme, Inc.',
    )
    expect(replies.forged).toMatchObject({ ok: false, error: expect.stringMatching(/malformed/) })
    expect(launcher().bridge.records.opened).toEqual([])
  })

  it('shows the notices main sends', async () => {
    await open()
    const { bridge, page } = launcher()
    const message = 'Ctrl+Shift+Space is taken by another program'
    await bridge.emit('noticesChanged', [{ level: 'error', source: 'hotkey', message }])
    await expect.poll(() => text(ui(page).messages), POLL).toContain(message)
  })
})
