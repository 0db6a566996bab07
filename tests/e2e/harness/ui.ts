// The window as a person (and a screen reader) finds it: by role and accessible name only.
import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'

export function ui(page: Page) {
  const results = page.getByRole('listbox', { name: 'Reports' })
  const customers = page.getByRole('listbox', { name: 'Customers' })
  return {
    search: page.getByRole('combobox', { name: 'Search reports' }),
    results,
    options: results.getByRole('option'),
    selected: results.getByRole('option', { selected: true }),
    customer: page.getByRole('combobox', { name: 'Customer' }),
    customers,
    selectedCustomer: customers.getByRole('option', { selected: true }),
    filters: page.getByRole('region', { name: 'Filters' }),
    /** The link preview; its role is the UI's choice, its name is "Link". */
    link: page.getByLabel('Link', { exact: true }),
    messages: page.getByRole('list', { name: 'Messages' }),
    alert: page.getByRole('alert'),
    start: page.getByRole('region', { name: 'Start' }),
  }
}

export const POLL = { timeout: 10_000, interval: 50 }

export const text = async (locator: Locator) => ((await locator.textContent()) ?? '').trim()

/** Whether the element has the keyboard focus. */
export const isFocused = async (locator: Locator) =>
  (await locator.and(locator.page().locator(':focus')).count()) === 1

/** Types as a person does, then waits until the first result mentions every one of `expected`. */
export async function typeAndWait(page: Page, query: string, ...expected: string[]) {
  await page.keyboard.type(query, { delay: 10 })
  const first = ui(page).options.first()
  for (const part of expected) {
    await expect.poll(() => text(first), POLL).toContain(part)
  }
}

/** Presses Tab until `target` has the focus, as a person tabbing to a field. */
export async function tabTo(page: Page, target: Locator, max = 25) {
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`${max} presses of Tab never reached ${target.toString()}`)
}

/** A URL with its decoded query parameters, for assertions. */
export function parsed(url: string) {
  const u = new URL(url)
  return {
    origin: u.origin,
    path: u.pathname,
    param: (name: string) => u.searchParams.get(name),
  }
}
