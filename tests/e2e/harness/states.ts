// The states of the window the accessibility check and the screenshots look at.
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { POLL, isFocused, typeAndWait, ui } from './ui'

export const SCHEMES = ['light', 'dark'] as const
export type Scheme = (typeof SCHEMES)[number]

/** Results for a query with a customer in it. */
export async function withResults(page: Page) {
  await typeAndWait(page, 'batch changes single chime', 'Batch changes — single customer')
}

/** The customer field of a single-customer dashboard, with suggestions open. */
export async function withCustomerField(page: Page) {
  await typeAndWait(page, 'server instances', 'Server instances')
  await page.keyboard.press('Enter')
  await expect.poll(() => isFocused(ui(page).customer), POLL).toBe(true)
  await page.keyboard.type('c', { delay: 10 })
  await ui(page).customers.waitFor()
}
