// The filters panel: Alt+F or → at the end of the text; edits show in the Link and open.
import { describe, expect, it } from 'vitest'
import { useLauncher } from './harness/launcher'
import { POLL, parsed, tabTo, text, typeAndWait, ui } from './harness/ui'

const launcher = useLauncher()
const SUPPORT = 'Customer support metrics by customer'

describe('the filters panel', () => {
  it('opens on Alt+F, with the filters of the report and their defaults', async () => {
    const { page } = launcher()
    await typeAndWait(page, 'customer support metrics', SUPPORT)
    expect(await ui(page).filters.isVisible()).toBe(false)
    await page.keyboard.press('Alt+KeyF')
    await ui(page).filters.waitFor()
    const created = ui(page).filters.getByLabel('Created Date', { exact: true })
    expect(await created.inputValue()).toBe('90 day')
  })

  it('labels a filter by its name trimmed (" Week" → "Week")', async () => {
    const { page } = launcher()
    await typeAndWait(page, 'code intelligence all customers', 'Code intelligence — all customers')
    await page.keyboard.press('Alt+KeyF')
    const week = ui(page).filters.getByLabel('Week', { exact: true })
    expect(await week.inputValue()).toBe('4 week ago for 4 week,null')
  })

  it('opens on → at the end of the text', async () => {
    const { page } = launcher()
    await typeAndWait(page, 'customer support metrics', SUPPORT)
    await page.keyboard.press('ArrowRight')
    await ui(page).filters.waitFor()
  })

  it('30 day instead of 90: the Link shows it, Enter opens it', async () => {
    const { page, bridge } = launcher()
    const { filters, link } = ui(page)
    await typeAndWait(page, 'customer support metrics', SUPPORT)
    await page.keyboard.press('Alt+KeyF')
    const created = filters.getByLabel('Created Date', { exact: true })
    await tabTo(page, created)
    await page.keyboard.press('Control+KeyA')
    await page.keyboard.type('30 day', { delay: 10 })
    await expect
      .poll(async () => parsed(await text(link)).param('Created Date'), POLL)
      .toBe('30 day')
    const shown = await text(link)
    await page.keyboard.press('Enter')
    const opened = await bridge.nextOpened()
    expect(opened).toBe(shown)
    expect(parsed(opened).path).toBe('/dashboards/421')
    expect(parsed(opened).param('Created Date')).toBe('30 day')
  })

  it('Escape closes the panel, then clears the box, then hides the window', async () => {
    const { page, bridge } = launcher()
    const { filters, search } = ui(page)
    await typeAndWait(page, 'customer support metrics', SUPPORT)
    await page.keyboard.press('Alt+KeyF')
    await filters.waitFor()

    await page.keyboard.press('Escape')
    await filters.waitFor({ state: 'hidden' })
    expect(await search.inputValue()).toBe('customer support metrics')
    expect(bridge.records.hides).toBe(0)

    await page.keyboard.press('Escape')
    await expect.poll(() => search.inputValue(), POLL).toBe('')
    expect(bridge.records.hides).toBe(0)

    await page.keyboard.press('Escape')
    await expect.poll(() => bridge.records.hides, POLL).toBe(1)
    expect(bridge.records.opened).toEqual([])
  })
})
