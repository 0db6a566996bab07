// Type, Enter: the report opens in the browser, prefilled, and the window hides.
import { describe, expect, it } from 'vitest'
import type { CatalogSnapshot, DashkeyApi } from '../../src/shared/ipc'
import { useLauncher } from './harness/launcher'
import { POLL, parsed, text, typeAndWait, ui } from './harness/ui'

const launcher = useLauncher()
const LOOKER = 'https://sourcegraph.looker.com'

describe('open a report from the keyboard', () => {
  it('"tech health", Enter: opens Technical health and hides the window', async () => {
    const { page, bridge } = launcher()
    await typeAndWait(page, 'tech health', 'Technical health')
    await page.keyboard.press('Enter')
    const url = parsed(await bridge.nextOpened())
    expect(url.origin).toBe(LOOKER)
    expect(url.path).toBe('/dashboards/389')
    await expect.poll(() => bridge.records.hides, POLL).toBeGreaterThan(0)
  })

  it('"batch changes single chime": the single-customer dashboard, for Chime', async () => {
    const { page, bridge } = launcher()
    // Both at once: after "batch changes single" the same title shows, not yet for Chime.
    await typeAndWait(
      page,
      'batch changes single chime',
      'Batch changes — single customer',
      'for Chime',
    )
    expect(await text(ui(page).options.first())).toMatch(
      /^Batch changes — single customer.*for Chime/,
    )
    await page.keyboard.press('Enter')
    const url = parsed(await bridge.nextOpened())
    expect(url.origin).toBe(LOOKER)
    expect(url.path).toBe('/dashboards/382')
    expect(url.param('Account name')).toBe('Chime')
    expect(url.param('Installer email')).toBe('ops@chime.com')
  })

  it('shows in the Link preview exactly the URL that then opens', async () => {
    const { page, bridge } = launcher()
    await typeAndWait(page, 'batch changes single chime', 'for Chime')
    const link = ui(page).link
    await expect.poll(() => text(link), POLL).toMatch(/^https:\/\/sourcegraph\.looker\.com\//)
    const shown = await text(link)
    expect(new URL(shown).searchParams.get('Account name')).toBe('Chime')
    await page.keyboard.press('Enter')
    expect(await bridge.nextOpened()).toBe(shown)
  })

  it('Ctrl+Enter opens the all-customers twin, with the same customer', async () => {
    const { page, bridge } = launcher()
    await typeAndWait(page, 'batch changes single chime', 'Batch changes — single customer')
    await page.keyboard.press('Control+Enter')
    const url = parsed(await bridge.nextOpened())
    expect(url.path).toBe('/dashboards/422')
    expect(url.param('Account name')).toBe('Chime')
  })

  it('picks up a catalog change at once (catalogChanged)', async () => {
    const { page, bridge } = launcher()
    const snapshot = (await page.evaluate(() =>
      (globalThis as unknown as { dashkey: DashkeyApi }).dashkey.getCatalog(),
    )) as { ok: true; value: CatalogSnapshot }
    const base = snapshot.value.reports.find((r) => r.id === 'looker-dashboard-389')!
    const added = { ...base, id: 'looker-dashboard-999', title: 'Zebra churn', aliases: [] }
    const next = { ...snapshot.value, version: 1, reports: [...snapshot.value.reports, added] }
    bridge.setCatalog(next)
    await bridge.emit('catalogChanged', next)
    await typeAndWait(page, 'zebra churn', 'Zebra churn')
    await page.keyboard.press('Enter')
    expect(parsed(await bridge.nextOpened()).path).toBe('/dashboards/389')
  })

  it('shows an error from main in the window (role alert) and stays open', async () => {
    const { page, bridge } = launcher()
    bridge.failOpen('no browser is installed')
    await typeAndWait(page, 'tech health', 'Technical health')
    await page.keyboard.press('Enter')
    await expect.poll(() => text(ui(page).alert), POLL).toContain('no browser is installed')
    expect(bridge.records.opened).toEqual([])
    expect(bridge.records.hides).toBe(0)
  })
})
