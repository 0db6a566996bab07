import { describe, expect, it } from 'vitest'
import { savedCustomersTracker } from '../../../src/main/services/saved-customers'
import { addFavouriteReport, upsertCustomer } from '../../../src/shared/state/operations'
import { defaultState } from '../../../src/shared/state/schema'

describe('when the window needs the catalog again after a state change', () => {
  it('only when the saved customers changed', () => {
    const start = defaultState()
    const changed = savedCustomersTracker(start)
    const starred = addFavouriteReport(start, 'looker-look-1519')
    expect(changed(starred)).toBe(false)
    const withCustomer = upsertCustomer(starred, { name: 'Chime', favourite: true })
    expect(changed(withCustomer)).toBe(true)
    expect(changed(withCustomer)).toBe(false)
  })
})
