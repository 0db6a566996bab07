// The search box is an ARIA combobox: the keys move the highlighted option, and the box says
// which one it is (aria-activedescendant), so a screen reader follows.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useLauncher } from './harness/launcher'
import { POLL, isFocused, typeAndWait, ui } from './harness/ui'

const launcher = useLauncher()

/**
 * The highlighted option's place in the list and the list's size, as a screen reader announces
 * them (aria-posinset, aria-setsize: the list is virtualised, so the page holds only some rows);
 * checked: one option is highlighted, and the combobox points at it.
 */
async function highlight(page: Page) {
  const { search, options } = ui(page)
  const states = await options.evaluateAll((nodes) =>
    nodes.map((node) => {
      const el = node as unknown as { id: string; getAttribute(name: string): string | null }
      return { id: el.id, selected: el.getAttribute('aria-selected') === 'true' }
    }),
  )
  const selected = states.flatMap((s, index) => (s.selected ? [index] : []))
  expect(selected, 'exactly one option is aria-selected').toHaveLength(1)
  const index = selected[0]!
  expect(states[index]!.id, 'the highlighted option has an id').not.toBe('')
  expect(await search.getAttribute('aria-activedescendant')).toBe(states[index]!.id)
  const highlighted = ui(page).selected
  return {
    index: Number(await highlighted.getAttribute('aria-posinset')) - 1,
    count: Number(await highlighted.getAttribute('aria-setsize')),
  }
}

describe('the results combobox', () => {
  it('moves the highlight with ↓ ↑ End Home PageDown', async () => {
    const { page } = launcher()
    const { search, results } = ui(page)
    await typeAndWait(page, 'customer')
    expect(await search.getAttribute('aria-expanded')).toBe('true')
    expect(await search.getAttribute('aria-controls')).toBe(await results.getAttribute('id'))
    const first = await highlight(page)
    expect(first.index).toBe(0)
    expect(first.count).toBeGreaterThan(3)

    await page.keyboard.press('ArrowDown')
    expect((await highlight(page)).index).toBe(1)
    await page.keyboard.press('ArrowUp')
    expect((await highlight(page)).index).toBe(0)
    // End goes to the last row of the whole list, beyond the first screenful.
    await page.keyboard.press('End')
    const last = await highlight(page)
    expect(last.count).toBeGreaterThan(first.count)
    expect(last.index).toBe(last.count - 1)
    await page.keyboard.press('Home')
    expect((await highlight(page)).index).toBe(0)
    await page.keyboard.press('PageDown')
    expect((await highlight(page)).index).toBeGreaterThan(1)
    expect(await isFocused(search)).toBe(true)
  })

  it('shows the Start hint on an empty box, results once typing', async () => {
    const { page } = launcher()
    const { start, results } = ui(page)
    await start.waitFor()
    await typeAndWait(page, 'tech health', 'Technical health')
    expect(await results.isVisible()).toBe(true)
  })

  it('focuses the search box when main shows the window', async () => {
    const { page } = launcher()
    await expect.poll(() => isFocused(ui(page).search), POLL).toBe(true)
    await page.keyboard.press('Escape')
    await expect.poll(() => launcher().bridge.records.hides, POLL).toBe(1)
    // A hidden window loses the focus.
    await page.evaluate(() => {
      const { document } = globalThis as unknown as {
        document: { activeElement: { blur(): void } | null }
      }
      document.activeElement?.blur()
    })
    expect(await isFocused(ui(page).search)).toBe(false)
    await launcher().show()
    await expect.poll(() => isFocused(ui(page).search), POLL).toBe(true)
  })
})
