import { describe, expect, it } from 'vitest'
import { favouriteNames, starTarget } from '../../../src/renderer/src/customers/favourite-customers'
import { matchCustomers } from '../../../src/renderer/src/customers/match-customers'
import { learnedQuery, personalData } from '../../../src/renderer/src/quick-find/personal'
import { homeRows } from '../../../src/renderer/src/quick-find/rows'
import { requestOf, selectionOf } from '../../../src/renderer/src/quick-find/selection'
import { initialState, quickFindReducer } from '../../../src/renderer/src/quick-find/state'
import { pinEdits, pinValues } from '../../../src/renderer/src/report/pin-values'
import { CustomerSchema } from '../../../src/shared/catalog/schema'
import { rankCustomers } from '../../../src/shared/state/customers'
import { PinSchema, defaultState, type SavedCustomer } from '../../../src/shared/state/schema'
import { BATCH_SINGLE, SUPPORT, byId, report } from './catalog'

const chime = CustomerSchema.parse({ name: 'Chime', aliases: ['chime financial'] })
const acme = CustomerSchema.parse({ name: 'Acme, Inc.', aliases: ['Acme'] })
const globex = CustomerSchema.parse({ name: 'Globex' })
const customers = [chime, acme, globex]
const star = (name: string): SavedCustomer => ({
  name,
  aliases: [],
  attributes: {},
  favourite: true,
})

const pin = PinSchema.parse({
  label: 'Batch changes — single customer — Chime',
  report: BATCH_SINGLE,
  customer: 'Chime',
  set: { Date: ['1 month'], 'Account Type': ['Partner', 'Customer'] },
  expr: { 'Installer email': '%@chime.com' },
})

describe('a pin’s values', () => {
  it('show in the filters panel: one value as is, several as their expression', () => {
    expect(pinEdits(pin, report(BATCH_SINGLE))).toEqual({
      Date: { text: '1 month', expression: false },
      'Account Type': { text: 'Partner,Customer', expression: true },
    })
  })

  it('open with the pin: its customer, its values, the person’s edits over them', () => {
    const values = pinValues(pin, report(BATCH_SINGLE), 'Chime', undefined)
    expect(values).toEqual({
      customer: 'Chime',
      set: { Date: ['1 month'] },
      // A value for a filter the customer fills stays as the pin has it.
      expr: { 'Account Type': 'Partner,Customer', 'Installer email': '%@chime.com' },
    })
    const edited = pinValues(pin, report(BATCH_SINGLE), 'Acme, Inc.', {
      Date: { text: '7 day', expression: false },
    })
    expect(edited.customer).toBe('Acme, Inc.')
    expect(edited.set).toEqual({ Date: ['7 day'] })
  })

  it('are what a pin row of the empty box opens, selected with its customer', () => {
    const state = { ...defaultState(), pins: [pin] }
    const rows = homeRows(state, byId, customers)
    const selection = selectionOf(initialState, rows, byId, customers)
    expect(selection.shownCustomer).toBe('Chime')
    expect(selection.editedCount).toBe(2)
    const request = selection.requestFor(selection.result!)
    expect(request).toEqual(requestOf(rows[0]!, 'Chime', {}))
    expect(request.reportId).toBe(BATCH_SINGLE)
    expect(request.values.set).toEqual({ Date: ['1 month'] })
    expect(request).not.toHaveProperty('query')
  })
})

describe('favourite customers', () => {
  it('come first in the suggestions, then the most used, then by name', () => {
    const recents = [{ report: SUPPORT, customer: 'Globex', at: 1_000 }]
    const ranked = rankCustomers(customers, [star('Chime')], recents, 2_000)
    expect(matchCustomers(ranked, '').map((c) => c.name)).toEqual(['Chime', 'Globex', 'Acme, Inc.'])
    // What is typed still decides first: a name that starts with it before one that contains it.
    expect(matchCustomers(ranked, 'c').map((c) => c.name)).toEqual(['Chime', 'Acme, Inc.'])
  })

  it('are known by name in any case', () => {
    const names = favouriteNames({
      customers: [star('Acme, Inc.'), { ...star('Chime'), favourite: false }],
    })
    expect([...names]).toEqual(['acme, inc.'])
    expect(favouriteNames(null).size).toBe(0)
  })

  it('Ctrl/Cmd+D stars the highlighted suggestion, else the one the field names', () => {
    expect(starTarget([chime, acme], 1, 'c')).toBe(acme)
    expect(starTarget([acme], -1, 'acme')).toBe(acme)
    expect(starTarget([chime], -1, 'Chime')).toBe(chime)
    expect(starTarget([chime], -1, 'chi')).toBeNull()
    expect(starTarget([], -1, '')).toBeNull()
  })

  it('keeps the highlight on its customer when the suggestions reorder', () => {
    let state = quickFindReducer(initialState, { type: 'customerText', text: '', suggestions: 3 })
    state = quickFindReducer(state, { type: 'customerActive', index: 2 })
    expect(state.customer).toEqual({ text: '', active: 2 })
    // An untouched field has no highlight to keep.
    expect(quickFindReducer(initialState, { type: 'customerActive', index: 1 })).toBe(initialState)
  })
})

describe('what the search learns from', () => {
  it('is the query as typed, sent with an open from the results', () => {
    expect(learnedQuery('batch changes single chime')).toBe('batch changes single chime')
    expect(learnedQuery('  Tech  Health ')).toBe('  Tech  Health ')
    expect(learnedQuery('   ')).toBeNull()
    expect(learnedQuery('x'.repeat(201))).toBeNull()
  })

  it('is the usage, favourites and pins of the saved state', () => {
    const state = { ...defaultState(), favouriteReports: [SUPPORT], pins: [pin] }
    expect(personalData(state)).toEqual({ usage: [], favouriteReports: [SUPPORT], pins: [pin] })
    expect(personalData(null)).toBeNull()
  })
})
