import { describe, expect, it } from 'vitest'
import {
  chosenCustomer,
  customerOf,
  selectedIndex,
  selectionOf,
} from '../../../src/renderer/src/quick-find/selection'
import { createSearch } from '../../../src/shared/search'
import { initialState, quickFindReducer } from '../../../src/renderer/src/quick-find/state'
import { searchRows } from '../../../src/renderer/src/quick-find/rows'
import { CustomerSchema } from '../../../src/shared/catalog/schema'
import { BATCH_ALL, BATCH_SINGLE, MONTHLY_USERS, SUPPORT, byId, catalog, report } from './catalog'

const chime = CustomerSchema.parse({ name: 'Chime' })
const acme = CustomerSchema.parse({ name: 'Acme, Inc.', aliases: ['Acme'] })
const rows = [{ key: BATCH_SINGLE }, { key: BATCH_ALL }]

describe('the quick-find state', () => {
  it('starts a new search on new text: first result, untouched customer, no panel', () => {
    let state = quickFindReducer(initialState, { type: 'query', query: 'batch' })
    state = quickFindReducer(state, { type: 'select', key: BATCH_ALL })
    state = quickFindReducer(state, { type: 'customerText', text: 'Ac', suggestions: 1 })
    state = quickFindReducer(state, { type: 'filters', open: true })
    const next = quickFindReducer(state, { type: 'query', query: 'batch c' })
    expect(next).toMatchObject({
      query: 'batch c',
      selectedKey: null,
      customer: { text: null, active: -1 },
      filtersOpen: false,
    })
    expect(quickFindReducer(next, { type: 'query', query: 'batch c' })).toBe(next)
  })

  it('selects the first suggestion once a customer is typed, none for an empty field', () => {
    const typed = quickFindReducer(initialState, {
      type: 'customerText',
      text: 'ac',
      suggestions: 2,
    })
    expect(typed.customer).toEqual({ text: 'ac', active: 0 })
    const none = quickFindReducer(initialState, {
      type: 'customerText',
      text: 'zz',
      suggestions: 0,
    })
    expect(none.customer).toEqual({ text: 'zz', active: -1 })
    const empty = quickFindReducer(initialState, {
      type: 'customerText',
      text: ' ',
      suggestions: 3,
    })
    expect(empty.customer.active).toBe(-1)
  })

  it('moves through the suggestions, back up to the text as typed', () => {
    let state = quickFindReducer(initialState, {
      type: 'customerMove',
      move: 'next',
      suggestions: 2,
      shown: 'Chime',
    })
    // Moving in an untouched field takes over the text it showed.
    expect(state.customer).toEqual({ text: 'Chime', active: 0 })
    state = quickFindReducer(state, {
      type: 'customerMove',
      move: 'previous',
      suggestions: 2,
      shown: '',
    })
    expect(state.customer).toEqual({ text: 'Chime', active: -1 })
  })

  it('keeps filter edits per report and forgets everything on reset', () => {
    const edit = { text: '30 day', expression: false }
    let state = quickFindReducer(initialState, {
      type: 'edit',
      key: BATCH_ALL,
      name: 'Date',
      edit,
    })
    state = quickFindReducer(state, { type: 'query', query: 'x' })
    expect(state.edits).toEqual({ [BATCH_ALL]: { Date: edit } })
    expect(quickFindReducer(state, { type: 'reset' })).toEqual(initialState)
  })
})

describe('the selection', () => {
  it('is the chosen report while it is listed, else the first', () => {
    expect(selectedIndex(rows, null)).toBe(0)
    expect(selectedIndex(rows, BATCH_ALL)).toBe(1)
    expect(selectedIndex(rows, 'looker-dashboard-0')).toBe(0)
    expect(selectedIndex([], BATCH_ALL)).toBe(-1)
  })

  it('takes the highlighted suggestion, else the typed name; undefined when untouched', () => {
    expect(chosenCustomer({ text: null, active: -1 }, [chime])).toBeUndefined()
    expect(chosenCustomer({ text: 'ac', active: 0 }, [acme])).toBe('Acme, Inc.')
    expect(chosenCustomer({ text: ' Globex ', active: -1 }, [])).toBe('Globex')
    expect(chosenCustomer({ text: '', active: -1 }, [chime])).toBeNull()
  })

  it('gives a result the chosen customer, else the query’s, and none where it takes none', () => {
    const single = { report: report(BATCH_SINGLE), customer: chime }
    expect(customerOf(single, undefined)).toBe('Chime')
    expect(customerOf(single, 'Acme, Inc.')).toBe('Acme, Inc.')
    expect(customerOf(single, null)).toBeNull()
    expect(customerOf({ report: report(MONTHLY_USERS), customer: null }, 'Chime')).toBeNull()
  })
})

describe('what the window derives for the selected report', () => {
  const search = createSearch(catalog)
  const derive = (query: string, state = { ...initialState, query }) =>
    selectionOf(state, searchRows(search.search(query, { limit: 10 })), byId, catalog.customers)

  it('shows the customer the query named, its link and its twin', () => {
    const selection = derive('batch changes single chime')
    expect(selection.result?.report.id).toBe(BATCH_SINGLE)
    expect(selection.shownCustomer).toBe('Chime')
    expect(selection.chosen).toBeUndefined()
    expect(selection.twin?.id).toBe(BATCH_ALL)
    const link = selection.link
    expect(link?.ok && new URL(link.url).searchParams.get('Account name')).toBe('Chime')
  })

  it('lets the customer field win over the query, suggestion first', () => {
    const query = 'batch changes single chime'
    const state = { ...initialState, query, customer: { text: 'acm', active: 0 } }
    const selection = derive(query, state)
    expect(selection.suggestions.map((c) => c.name)).toEqual(['Acme, Inc.'])
    expect(selection.chosen).toBe('Acme, Inc.')
    expect(selection.requestFor(selection.result!).values.customer).toBe('Acme, Inc.')
  })

  it('counts the changed filters and sends them', () => {
    const query = 'customer support metrics'
    const edit = { text: '30 day', expression: false }
    const state = { ...initialState, query, edits: { [SUPPORT]: { 'Created Date': edit } } }
    const selection = derive(query, state)
    expect(selection.result?.report.id).toBe(SUPPORT)
    expect(selection.filters).toHaveLength(4)
    expect(selection.editedCount).toBe(1)
    expect(selection.requestFor(selection.result!).values.set).toEqual({
      'Created Date': ['30 day'],
    })
  })

  it('has nothing selected without results', () => {
    const selection = derive('zzzzzzzz')
    expect(selection.result).toBeUndefined()
    expect(selection.link).toBeNull()
    expect(selection.index).toBe(-1)
  })
})
