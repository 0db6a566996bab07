// The states of the window the accessibility check and the screenshots look at.
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import type { StateStore } from '../../../src/main/services/state-store'
import {
  addFavouriteReport,
  addPin,
  recordOpen,
  upsertCustomer,
} from '../../../src/shared/state/operations'
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

/**
 * A person's saved state, written as main writes it: two pins, two favourite reports, a starred
 * customer and a few recent opens. The window hears of it through stateChanged.
 */
export async function withSavedState(store: StateStore) {
  const now = Date.now()
  const hour = 60 * 60 * 1000
  await store.update((state) => {
    let next = addPin(state, {
      report: 'looker-dashboard-409',
      reportTitle: 'Server instances',
      customer: 'Chime',
    })
    next = addPin(next, {
      report: 'looker-dashboard-382',
      reportTitle: 'Batch changes — single customer',
      customer: 'Acme, Inc.',
    })
    next = addFavouriteReport(next, 'looker-dashboard-389')
    next = addFavouriteReport(next, 'looker-dashboard-421')
    next = upsertCustomer(next, { name: 'Chime', favourite: true })
    next = recordOpen(next, { report: 'looker-look-1519', customer: null }, now - 3 * hour)
    next = recordOpen(next, { report: 'looker-dashboard-422', customer: 'Chime' }, now - 2 * hour)
    next = recordOpen(next, { report: 'looker-dashboard-409', customer: 'Acme, Inc.' }, now - hour)
    return next
  })
}

/** The empty box with the saved state: Pinned, Favourites, Recent. */
export async function withHome(page: Page, store: StateStore) {
  await withSavedState(store)
  await expect.poll(() => ui(page).results.getByRole('group').count(), POLL).toBe(3)
}
