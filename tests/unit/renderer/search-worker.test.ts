import { describe, expect, it } from 'vitest'
import { call } from '../../../src/renderer/src/api/call'
import { createLatestGate } from '../../../src/renderer/src/search/latest-gate'
import { createSearchResponder } from '../../../src/renderer/src/search/search-responder'
import { BATCH_SINGLE, TECH_HEALTH, catalog } from './catalog'

describe('the search worker', () => {
  it('answers a query over the catalog it was sent, tagged with sequence and version', () => {
    const respond = createSearchResponder()
    expect(respond({ type: 'catalog', version: 3, catalog })).toBeNull()
    const answer = respond({ type: 'search', seq: 7, query: 'tech health', limit: 5 })
    expect(answer).toMatchObject({ type: 'results', seq: 7, version: 3, query: 'tech health' })
    expect(answer?.type === 'results' && answer.results[0]?.report.id).toBe(TECH_HEALTH)
  })

  it('finds the single-customer dashboard for the customer a query ends with', () => {
    const respond = createSearchResponder()
    respond({ type: 'catalog', version: 1, catalog })
    const answer = respond({
      type: 'search',
      seq: 1,
      query: 'batch changes single chime',
      limit: 5,
    })
    const first = answer?.type === 'results' ? answer.results[0] : undefined
    expect(first?.report.id).toBe(BATCH_SINGLE)
    expect(first?.customer?.name).toBe('Chime')
    expect(answer?.type === 'results' && answer.results.length).toBeLessThanOrEqual(5)
  })

  it('searches the newest catalog it was sent', () => {
    const respond = createSearchResponder()
    respond({ type: 'catalog', version: 1, catalog })
    respond({ type: 'catalog', version: 2, catalog: { reports: [], customers: [] } })
    expect(respond({ type: 'search', seq: 2, query: 'tech health', limit: 5 })).toMatchObject({
      version: 2,
      results: [],
    })
  })

  it('ranks with the person’s data it was last sent: pins, favourites, usage', () => {
    let now = 1_000_000
    const respond = createSearchResponder(undefined, () => now)
    respond({ type: 'catalog', version: 1, catalog })
    const first = (query: string) => {
      const answer = respond({ type: 'search', seq: 1, query, limit: 5 })
      return answer?.type === 'results' ? answer.results[0] : undefined
    }
    expect(first('chime')?.pin).toBeNull()

    const pin = {
      label: 'Tech health — Chime',
      report: TECH_HEALTH,
      customer: 'Chime',
      set: {},
      expr: {},
      hotkey: null,
    }
    expect(respond({ type: 'personal', personal: { pins: [pin] } })).toBeNull()
    // A pin matches on its customer's name, and leads.
    expect(first('chime')).toMatchObject({ pin, report: { id: TECH_HEALTH } })

    // What was opened for a query rises for it, as of the worker's clock.
    const query = 'batch changes'
    const before = first(query)?.report.id
    const other = before === BATCH_SINGLE ? 'looker-dashboard-422' : BATCH_SINGLE
    const usage = [{ query, report: other, weight: 8, at: now }]
    respond({ type: 'personal', personal: { usage } })
    expect(first(query)?.report.id).toBe(other)
    // Years later the habit has decayed to nothing.
    now += 10 * 365 * 24 * 60 * 60 * 1000
    expect(first(query)?.report.id).toBe(before)
  })

  it('says so, instead of throwing, without a catalog or when the index fails', () => {
    const respond = createSearchResponder(() => {
      throw new Error('boom')
    })
    expect(respond({ type: 'search', seq: 1, query: 'x', limit: 5 })).toEqual({
      type: 'error',
      seq: 1,
      message: 'the search has no catalog yet',
    })
    expect(respond({ type: 'catalog', version: 1, catalog })).toEqual({
      type: 'error',
      seq: null,
      message: 'the search index failed: boom',
    })
  })
})

describe('dropping stale answers', () => {
  it('accepts only the answer to the latest request', () => {
    const gate = createLatestGate()
    const first = gate.next()
    const second = gate.next()
    expect(gate.isLatest(first)).toBe(false)
    expect(gate.isLatest(second)).toBe(true)
    gate.next()
    expect(gate.isLatest(second)).toBe(false)
  })
})

describe('calls to main', () => {
  it('pass a Reply through', async () => {
    expect(await call(async () => ({ ok: true as const, value: 1 }))).toEqual({
      ok: true,
      value: 1,
    })
    expect(await call(async () => ({ ok: false as const, error: 'no' }))).toEqual({
      ok: false,
      error: 'no',
    })
  })

  it('turn a rejection or a throw into an error Reply', async () => {
    expect(await call(() => Promise.reject(new Error('bridge gone')))).toEqual({
      ok: false,
      error: 'bridge gone',
    })
    expect(
      await call(() => {
        throw new TypeError('not a function')
      }),
    ).toEqual({ ok: false, error: 'not a function' })
  })
})
