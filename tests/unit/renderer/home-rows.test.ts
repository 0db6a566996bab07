import { describe, expect, it } from 'vitest'
import {
  editKeyOf,
  groupRows,
  homeRows,
  RECENT_LIMIT,
  searchRows,
} from '../../../src/renderer/src/quick-find/rows'
import { CustomerSchema } from '../../../src/shared/catalog/schema'
import { createSearch } from '../../../src/shared/search'
import { PinSchema, defaultState, type State } from '../../../src/shared/state/schema'
import { BATCH_SINGLE, MONTHLY_USERS, SUPPORT, TECH_HEALTH, byId, catalog } from './catalog'

const customers = [
  CustomerSchema.parse({ name: 'Chime', aliases: ['chime financial'] }),
  CustomerSchema.parse({ name: 'Acme, Inc.', aliases: ['Acme'] }),
]
const pin = PinSchema.parse({
  label: 'Batch changes — single customer — Chime',
  report: BATCH_SINGLE,
  customer: 'Chime',
  set: { Date: ['1 month'] },
})

function saved(change: Partial<State>): State {
  return { ...defaultState(), ...change }
}

describe('the empty box', () => {
  it('lists pins, then favourite reports, then recent reports, each in the saved order', () => {
    const state = saved({
      pins: [pin],
      favouriteReports: [SUPPORT, TECH_HEALTH],
      recents: [
        { report: BATCH_SINGLE, customer: 'acme', at: 3 },
        { report: MONTHLY_USERS, customer: null, at: 2 },
      ],
    })
    const rows = homeRows(state, byId, customers)
    expect(rows.map((r) => [r.group, r.report.id])).toEqual([
      ['pinned', BATCH_SINGLE],
      ['favourites', SUPPORT],
      ['favourites', TECH_HEALTH],
      ['recent', BATCH_SINGLE],
      ['recent', MONTHLY_USERS],
    ])
    // A pin keeps its values; a recent opens for its customer, found by alias.
    expect(rows[0]?.pin).toBe(pin)
    expect(rows[0]?.customer?.name).toBe('Chime')
    expect(rows[3]?.customer?.name).toBe('Acme, Inc.')
    expect(rows[4]?.customer).toBeNull()
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length)
  })

  it('leaves out reports the catalog no longer has, and lists at most a few recents', () => {
    const recents = Array.from({ length: 12 }, (_, i) => ({
      report: i % 2 === 0 ? TECH_HEALTH : 'looker-dashboard-999999',
      customer: `Customer ${i}`,
      at: 100 - i,
    }))
    const state = saved({
      pins: [{ ...pin, report: 'looker-dashboard-999999' }],
      favouriteReports: ['looker-dashboard-999999', TECH_HEALTH],
      recents: [...recents, ...recents.map((r) => ({ ...r, customer: `Other ${r.customer}` }))],
    })
    const rows = homeRows(state, byId, customers)
    expect(rows.filter((r) => r.group === 'pinned')).toEqual([])
    expect(rows.filter((r) => r.group === 'favourites').map((r) => r.report.id)).toEqual([
      TECH_HEALTH,
    ])
    const recent = rows.filter((r) => r.group === 'recent')
    expect(recent).toHaveLength(RECENT_LIMIT)
    expect(recent[0]?.customer?.name).toBe('Customer 0')
    expect(homeRows(null, byId, customers)).toEqual([])
  })

  it('gives no customer to a recent of a report that takes none', () => {
    const state = saved({ recents: [{ report: MONTHLY_USERS, customer: 'Chime', at: 1 }] })
    expect(homeRows(state, byId, customers)[0]?.customer).toBeNull()
  })

  it('splits the rows into sections where the section changes', () => {
    const rows = homeRows(
      saved({ pins: [pin], favouriteReports: [SUPPORT, TECH_HEALTH] }),
      byId,
      customers,
    )
    expect(
      groupRows(rows).map(({ group, rows }) => [group, rows.map(({ index }) => index)]),
    ).toEqual([
      ['pinned', [0]],
      ['favourites', [1, 2]],
    ])
  })
})

describe('search results as rows', () => {
  it('are keyed by report, a pin by its label, and form one section without a heading', () => {
    const results = createSearch(catalog).search('batch changes single chime', {
      limit: 5,
      personal: { pins: [{ ...pin, set: {} }] },
    })
    const rows = searchRows(results)
    expect(rows[0]?.pin?.label).toBe(pin.label)
    expect(rows[0]?.key).toBe(`pin:${pin.label.toLowerCase()}`)
    expect(rows.slice(1).every((r) => r.key === r.report.id && r.group === null)).toBe(true)
    expect(groupRows(rows)).toHaveLength(1)
  })

  it('keep the filter edits of a pin apart from those of its report', () => {
    expect(editKeyOf({ report: byId.get(BATCH_SINGLE)!, pin: null })).toBe(BATCH_SINGLE)
    expect(editKeyOf({ report: byId.get(BATCH_SINGLE)!, pin })).toBe(
      'pin:batch changes — single customer — chime',
    )
  })
})
