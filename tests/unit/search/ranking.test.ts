import { describe, expect, it } from 'vitest'
import { createSearch } from '../../../src/shared/search'
import {
  decayed,
  HALF_LIFE_MS,
  normalizeQuery,
  recordUse,
} from '../../../src/shared/search/frecency'
import type { Personal } from '../../../src/shared/search/personal'
import { MAX_USAGE, PinSchema, type Usage } from '../../../src/shared/state/schema'
import { catalog as handbookCatalog } from './fixture'

const search = createSearch(handbookCatalog)
const NOW = Date.UTC(2026, 10, 28)
const DAY = 24 * 60 * 60 * 1000
const top = (query: string, personal: Personal = {}, n = 1) =>
  search
    .search(query, { personal: { now: NOW, ...personal }, limit: 10 })
    .slice(0, n)
    .map((r) => r.report.id)

/** The usage of opening `report` for `query` `times` times, `daysAgo` days ago. */
function opened(
  query: string,
  report: string,
  times: number,
  daysAgo = 0,
  usage: Usage[] = [],
): Usage[] {
  let result = usage
  for (let i = 0; i < times; i++) result = recordUse(result, query, report, NOW - daysAgo * DAY)
  return result
}

describe('frecency', () => {
  it('remembers the query normalised and counts each open', () => {
    const usage = opened('  Batch   Chnges ', 'looker-dashboard-382', 3)
    expect(usage).toEqual([
      { query: 'batch chnges', report: 'looker-dashboard-382', weight: 3, at: NOW },
    ])
    expect(normalizeQuery('DAU/MAU')).toBe('dau mau')
  })

  it('halves a weight every half-life', () => {
    expect(decayed(4, NOW - HALF_LIFE_MS, NOW)).toBeCloseTo(2)
    expect(decayed(4, NOW - 2 * HALF_LIFE_MS, NOW)).toBeCloseTo(1)
    expect(decayed(4, NOW, NOW)).toBe(4)
  })

  it('keeps at most MAX_USAGE entries, dropping the weakest', () => {
    let usage: Usage[] = []
    for (let i = 0; i < MAX_USAGE; i++) {
      usage.push({
        query: `q${i}`,
        report: 'looker-look-1519',
        weight: i === 7 ? 0.01 : 5,
        at: NOW,
      })
    }
    usage = recordUse(usage, 'new', 'looker-look-1520', NOW)
    expect(usage).toHaveLength(MAX_USAGE)
    expect(usage.some((u) => u.query === 'q7')).toBe(false)
    expect(usage[0]?.query).toBe('new')
  })
})

describe('ranking learns', () => {
  const plainFirst = top('by customer')[0]!
  const chosen = 'looker-look-1530' // NPS score by customer

  it.each([
    ['the same query', 'by customer'],
    ['a query that starts the same way', 'by cust'],
    ['a longer query', 'by customer nps'],
  ])('lifts what was opened, for %s', (_what, later) => {
    expect(plainFirst).not.toBe(chosen)
    const usage = opened('by customer', chosen, 3)
    expect(top(later, { usage })[0]).toBe(chosen)
  })

  it('forgets: a habit of three months ago no longer reorders', () => {
    const usage = opened('by customer', chosen, 3, 90)
    expect(top('by customer', { usage })[0]).toBe(plainFirst)
  })

  it('never lifts a fuzzy match above a title typed out exactly', () => {
    const usage = opened('dau mau', 'looker-look-1523', 50) // DAU/MAU by customer
    expect(top('dau mau', { usage })).toEqual(['looker-look-1521']) // DAU/MAU
  })

  it('never lifts a fuzzy match above a title that starts with the query', () => {
    const usage = opened('server', 'looker-look-1520', 50) // Instances by deployment type
    expect(top('server', { usage })).toEqual(['looker-dashboard-409']) // Server instances
  })

  it('gives a favourite a nudge among equals, not a leap', () => {
    const pair = top('batch changes', {}, 2)
    const second = pair[1]!
    expect(top('batch changes', { favouriteReports: [second] })[0]).toBe(second)
    expect(top('server instances', { favouriteReports: ['looker-look-1519'] })[0]).toBe(
      'looker-dashboard-409',
    )
  })
})

describe('pins in the search', () => {
  const pin = PinSchema.parse({
    label: 'Server instances — Chime',
    report: 'looker-dashboard-409',
    customer: 'Chime',
  })
  const removed = PinSchema.parse({
    label: 'Gone — Chime',
    report: 'looker-dashboard-1',
    customer: 'Chime',
  })

  it("match on the customer's name and come first", () => {
    const results = search.search('chime', { personal: { pins: [pin, removed], now: NOW } })
    expect(results[0]?.pin?.label).toBe('Server instances — Chime')
    expect(results[0]?.customer?.name).toBe('Chime')
    expect(results.some((r) => r.pin?.label === 'Gone — Chime')).toBe(false)
  })

  it('show once: the pin replaces the same report for the same customer', () => {
    const results = search.search('server instances chime', { personal: { pins: [pin], now: NOW } })
    expect(results[0]?.pin?.label).toBe('Server instances — Chime')
    const same = results.filter(
      (r) => r.report.id === 'looker-dashboard-409' && r.customer?.name === 'Chime',
    )
    expect(same).toHaveLength(1)
  })
})
