// The person's own state in the window: stars (Ctrl+D), pins (Ctrl+P), starred customers, the
// empty box's Pinned / Favourites / Recent, and the `dashkey` command changing it all live.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { dashkey } from '../helpers/cli'
import { useLauncher } from './harness/launcher'
import { POLL, isFocused, parsed, text, typeAndWait, ui } from './harness/ui'

const launcher = useLauncher()

const SERVER_INSTANCES = 'looker-dashboard-409'
const BATCH_SINGLE = 'looker-dashboard-382'
const TECH_HEALTH = 'looker-dashboard-389'
const BATCH_PIN = 'Batch changes — single customer — Chime'

const saved = () => launcher().store.read()

/** The texts of the empty box's (or the results') options, in order. */
const optionTexts = (page: Page) => ui(page).options.allTextContents()

/** The names of the list's sections, in order. */
const groupNames = (page: Page) =>
  ui(page)
    .results.getByRole('group')
    .evaluateAll((nodes) =>
      nodes.map((node) => {
        const el = node as unknown as {
          getAttribute(name: string): string | null
          ownerDocument: { getElementById(id: string): { textContent: string | null } | null }
        }
        return el.ownerDocument.getElementById(el.getAttribute('aria-labelledby') ?? '')
          ?.textContent
      }),
    )

/** The window's status messages (not alerts), joined. */
const statuses = async (page: Page) =>
  (await ui(page).messages.getByRole('status').allTextContents()).join('\n')

/** Whether the option shows the favourite star (by its accessible name). */
const starred = async (option: ReturnType<ReturnType<typeof ui>['options']['first']>) =>
  (await option.getByRole('img', { name: 'Favourite' }).count()) === 1

/** Types a query, Enter, and waits until main opened it and the window is back to empty. */
async function openFromSearch(query: string, title: string) {
  const { page, bridge } = launcher()
  await typeAndWait(page, query, title)
  await page.keyboard.press('Enter')
  const url = parsed(await bridge.nextOpened())
  await expect.poll(() => ui(page).search.inputValue(), POLL).toBe('')
  return url
}

describe('stars: Ctrl+D', () => {
  it('stars the selected dashboard (saved, star shown), and unstars it again', async () => {
    const { page } = launcher()
    const { selected } = ui(page)
    await typeAndWait(page, 'server instances', 'Server instances')
    expect(await starred(selected)).toBe(false)

    await page.keyboard.press('Control+KeyD')
    await expect.poll(() => saved().favouriteReports, POLL).toEqual([SERVER_INSTANCES])
    await expect.poll(() => starred(selected), POLL).toBe(true)
    expect(await text(selected)).toContain('Server instances')
    await expect.poll(() => statuses(page), POLL).toContain('Starred: Server instances')

    await page.keyboard.press('Control+KeyD')
    await expect.poll(() => saved().favouriteReports, POLL).toEqual([])
    await expect.poll(() => starred(selected), POLL).toBe(false)
    expect(await isFocused(ui(page).search)).toBe(true)
  })

  it('in the customer field stars the highlighted customer, who then comes first', async () => {
    const { page } = launcher()
    const { customers } = ui(page)
    // Chime was used last: first among customers, before any star.
    await openFromSearch('batch changes single chime', 'Batch changes — single customer')
    await typeAndWait(page, 'server instances', 'Server instances')
    await page.keyboard.press('Enter')
    await expect.poll(() => isFocused(ui(page).customer), POLL).toBe(true)
    const first = customers.getByRole('option').first()
    await expect.poll(() => text(first), POLL).toContain('Chime')

    await page.keyboard.type('Acme', { delay: 10 })
    await expect.poll(() => text(ui(page).selectedCustomer), POLL).toContain('Acme, Inc.')
    expect(await starred(ui(page).selectedCustomer)).toBe(false)
    await page.keyboard.press('Control+KeyD')
    await expect
      .poll(() => saved().customers.find((c) => c.name === 'Acme, Inc.')?.favourite, POLL)
      .toBe(true)
    await expect.poll(() => starred(ui(page).selectedCustomer), POLL).toBe(true)
    // Nothing was opened, and the focus stays in the field.
    expect(launcher().bridge.records.opened).toHaveLength(1)
    expect(await isFocused(ui(page).customer)).toBe(true)

    // With the field emptied every customer is offered: the starred one first.
    await page.keyboard.press('Control+KeyA')
    await page.keyboard.press('Backspace')
    await expect.poll(() => text(first), POLL).toContain('Acme, Inc.')
    expect(await text(customers.getByRole('option').nth(1))).toContain('Chime')
  })
})

describe('the star by a customer suggestion', () => {
  it('stars that customer with a click, without picking it', async () => {
    const { page, bridge } = launcher()
    const { customers, customer } = ui(page)
    await typeAndWait(page, 'server instances', 'Server instances')
    await page.keyboard.press('Enter')
    await expect.poll(() => isFocused(customer), POLL).toBe(true)
    const chime = customers.getByRole('option', { name: /^Chime/ })
    await chime.getByTitle('Star Chime (Ctrl+D)').click()
    await expect
      .poll(() => saved().customers.find((c) => c.name === 'Chime')?.favourite, POLL)
      .toBe(true)
    await expect.poll(() => starred(chime), POLL).toBe(true)
    expect(await isFocused(customer)).toBe(true)
    expect(await customer.inputValue()).toBe('')
    expect(bridge.records.opened).toEqual([])
  })
})

describe('pins: Ctrl+P', () => {
  it('pins the selection with its customer; the empty box lists pins, favourites, recents', async () => {
    const { page, bridge } = launcher()
    const { search } = ui(page)
    // A recent…
    await openFromSearch('tech health', 'Technical health')
    // …a favourite…
    await typeAndWait(page, 'server instances', 'Server instances')
    await page.keyboard.press('Control+KeyD')
    await expect.poll(() => saved().favouriteReports, POLL).toEqual([SERVER_INSTANCES])
    await page.keyboard.press('Escape')
    await expect.poll(() => search.inputValue(), POLL).toBe('')
    // …and a pin.
    await typeAndWait(page, 'batch changes single chime', 'Batch changes — single customer')
    await page.keyboard.press('Control+KeyP')
    await expect
      .poll(() => saved().pins.map((p) => [p.label, p.report, p.customer]), POLL)
      .toEqual([[BATCH_PIN, BATCH_SINGLE, 'Chime']])
    await expect.poll(() => statuses(page), POLL).toContain(`Pinned: ${BATCH_PIN}`)

    await page.keyboard.press('Escape')
    await expect.poll(() => search.inputValue(), POLL).toBe('')
    await expect.poll(() => groupNames(page), POLL).toEqual(['Pinned', 'Favourites', 'Recent'])
    const rows = await optionTexts(page)
    expect(rows).toHaveLength(3)
    expect(rows[0]).toContain(BATCH_PIN)
    expect(rows[1]).toContain('Server instances')
    expect(rows[2]).toContain('Technical health')
    expect(await ui(page).options.first().getByRole('img', { name: 'Pinned' }).count()).toBe(1)
    expect(await search.getAttribute('aria-expanded')).toBe('true')
    // The key list stays, short, under the list.
    expect(await text(ui(page).start)).toContain('Ctrl+P')

    // The highlight starts on the pin; ↓ ↑ move it, Enter opens the pin.
    expect(await text(ui(page).selected)).toContain(BATCH_PIN)
    await page.keyboard.press('ArrowDown')
    expect(await text(ui(page).selected)).toContain('Server instances')
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('Enter')
    const url = parsed(await bridge.nextOpened())
    expect(url.path).toBe('/dashboards/382')
    expect(url.param('Account name')).toBe('Chime')
    // Opened from the empty box: no query to learn from.
    const open = bridge.records.calls.filter((c) => c.method === 'openReport').at(-1)
    expect(open?.args).not.toHaveProperty('query')
  })

  it('refuses a second pin of the same label, as an alert', async () => {
    const { page } = launcher()
    await typeAndWait(page, 'server instances chime', 'Server instances', 'for Chime')
    await page.keyboard.press('Control+KeyP')
    await expect.poll(() => saved().pins.length, POLL).toBe(1)
    // The pin now stands in for the report in the results; pinning it again is refused.
    await expect.poll(() => text(ui(page).selected), POLL).toContain('Server instances — Chime')
    await page.keyboard.press('Control+KeyP')
    await expect
      .poll(() => text(ui(page).alert), POLL)
      .toContain('a pin is already labelled "Server instances — Chime"')
    expect(saved().pins).toHaveLength(1)
  })

  it('finds a pin by its customer’s name, and opens it with its values', async () => {
    const { page, bridge, dataDir } = launcher()
    const added = await dashkey(
      ['pin', 'add', 'batch', 'changes', 'single', '--customer', 'Chime'],
      { DASHKEY_DATA_DIR: dataDir },
    )
    expect(added.code, added.stderr).toBe(0)
    await expect.poll(() => saved().pins.length, POLL).toBe(1)
    await typeAndWait(page, 'chime', BATCH_PIN)
    const first = ui(page).options.first()
    expect(await first.getByRole('img', { name: 'Pinned' }).count()).toBe(1)
    // Its label already names the customer: no second "for Chime".
    expect(await text(first)).toContain(BATCH_PIN)
    expect(await text(first)).not.toContain('for Chime')
    await page.keyboard.press('Enter')
    const url = parsed(await bridge.nextOpened())
    expect(url.path).toBe('/dashboards/382')
    expect(url.param('Account name')).toBe('Chime')
  })
})

describe('the dashkey command and the window share the state', () => {
  it('shows a pin added with the CLI in the empty box at once', async () => {
    const { page, dataDir } = launcher()
    await ui(page).start.waitFor()
    expect(await ui(page).search.getAttribute('aria-expanded')).toBe('false')
    const added = await dashkey(['pin', 'add', 'server', 'instances', '--customer', 'Acme'], {
      DASHKEY_DATA_DIR: dataDir,
    })
    expect(added.code, added.stderr).toBe(0)
    await expect
      .poll(() => text(ui(page).options.first()), { timeout: 5_000, interval: 50 })
      .toContain('Server instances — Acme')
    expect(await groupNames(page)).toEqual(['Pinned'])
  })

  it('records a recent, and the query, when a report is opened from the results', async () => {
    const { page, bridge } = launcher()
    await openFromSearch('tech health', 'Technical health')
    await expect
      .poll(() => saved().recents[0], POLL)
      .toMatchObject({ report: TECH_HEALTH, customer: null })
    expect(saved().usage[0]).toMatchObject({ query: 'tech health', report: TECH_HEALTH })
    const open = bridge.records.calls.find((c) => c.method === 'openReport')
    expect(open?.args).toMatchObject({ reportId: TECH_HEALTH, query: 'tech health' })
    // The empty box now lists it under Recent.
    await expect.poll(() => groupNames(page), POLL).toEqual(['Recent'])
    expect(await text(ui(page).options.first())).toContain('Technical health')
  })
})
