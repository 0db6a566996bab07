// A long list of results: the window finds the first screenful within the keystroke and the rest
// when the person goes looking past it; only the rows in view are in the page; after a catalog
// change while the window is shown, the search worker answers until the window is hidden.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { CatalogSnapshot } from '../../src/shared/ipc'
import { FIRST_SCREEN } from '../../src/renderer/src/search/limits'
import { useLauncher } from './harness/launcher'
import { POLL, text, typeAndWait, ui } from './harness/ui'

const launcher = useLauncher()

/** "looker" matches 26 of the handbook's reports: more than a screenful. */
const BROAD = 'looker'

/** The list's size as the options announce it (aria-setsize), and the highlighted position. */
async function listState(page: Page) {
  const { options, selected } = ui(page)
  return {
    setSize: Number(await options.first().getAttribute('aria-setsize')),
    rendered: await options.count(),
    position: Number(await selected.getAttribute('aria-posinset')),
  }
}

async function titles(page: Page, count: number): Promise<string[]> {
  const all = await ui(page).options.locator('.title').allTextContents()
  return all.slice(0, count)
}

/** What main sends after a catalog file changed: here, one report more. */
function withZebra(snapshot: CatalogSnapshot): CatalogSnapshot {
  const base = snapshot.reports.find((report) => report.id === 'looker-dashboard-389')
  if (base === undefined) throw new Error('the handbook catalog lost Technical health')
  const zebra = { ...base, id: 'looker-dashboard-999', title: 'Zebra churn', aliases: [] }
  return { ...snapshot, version: snapshot.version + 1, reports: [...snapshot.reports, zebra] }
}

/** The window as main hides it: the page becomes hidden; then it is shown again. */
async function hideAndShow(page: Page): Promise<void> {
  await page.evaluate(() => {
    const { document, Event } = globalThis as unknown as {
      document: { dispatchEvent(event: unknown): void }
      Event: new (type: string) => unknown
    }
    const setVisibility = (value: string) => {
      Object.defineProperty(document, 'visibilityState', { value, configurable: true })
      document.dispatchEvent(new Event('visibilitychange'))
    }
    setVisibility('hidden')
    setVisibility('visible')
  })
}

describe('a long list of results', () => {
  it('shows a screenful at once and the rest when the highlight goes to the end', async () => {
    const { page } = launcher()
    await typeAndWait(page, BROAD, 'Looker')
    expect((await listState(page)).setSize).toBe(FIRST_SCREEN)
    const top = await titles(page, 5)

    await page.keyboard.press('End')
    await expect.poll(async () => (await listState(page)).setSize, POLL).toBe(26)
    const end = await listState(page)
    expect(end.position).toBe(26)
    // Virtualised: the rows in view, a few beyond, not the whole list.
    expect(end.rendered).toBeLessThan(12)
    await page.keyboard.press('Home')
    await expect.poll(async () => (await listState(page)).position, POLL).toBe(1)
    // The rows first shown kept their places.
    expect(await titles(page, 5)).toEqual(top)
  })

  it('brings the rest when the list is scrolled to its end', async () => {
    const { page } = launcher()
    await typeAndWait(page, BROAD, 'Looker')
    expect((await listState(page)).setSize).toBe(FIRST_SCREEN)
    await ui(page).results.hover()
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 400)
    await expect.poll(async () => (await listState(page)).setSize, POLL).toBe(26)
  })

  it('after a catalog change while shown, the worker answers; once hidden, the window', async () => {
    const { page, bridge } = launcher()
    const before = await page.evaluate(() =>
      (
        globalThis as unknown as { dashkey: { getCatalog(): Promise<unknown> } }
      ).dashkey.getCatalog(),
    )
    const next = withZebra((before as { value: CatalogSnapshot }).value)
    bridge.setCatalog(next)
    await bridge.emit('catalogChanged', next)

    // The window has no index of the new catalog yet: the worker sends the whole list.
    await typeAndWait(page, BROAD, 'Looker')
    await expect.poll(async () => (await listState(page)).setSize, POLL).toBeGreaterThan(26)
    await page.keyboard.press('Escape')
    await typeAndWait(page, 'zebra churn', 'Zebra churn')
    await page.keyboard.press('Escape')

    // Hidden once, the window builds its own index of the new catalog and answers itself.
    await hideAndShow(page)
    await expect
      .poll(async () => {
        await page.keyboard.press('Escape')
        await page.keyboard.type(BROAD)
        await expect.poll(() => text(ui(page).options.first()), POLL).toContain('Looker')
        return (await listState(page)).setSize
      }, POLL)
      .toBe(FIRST_SCREEN)
    await page.keyboard.press('Escape')
    await typeAndWait(page, 'zebra churn', 'Zebra churn')
  })
})
