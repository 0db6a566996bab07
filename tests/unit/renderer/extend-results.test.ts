import { describe, expect, it } from 'vitest'
import { createSearch, type SearchResult } from '../../../src/shared/search'
import { extendResults } from '../../../src/renderer/src/search/extend-results'
import { catalog } from './catalog'

const search = createSearch(catalog)
const ids = (results: readonly SearchResult[]) =>
  results.map((result) => result.pin?.label ?? result.report.id)

describe('extending the first screenful of results', () => {
  it('keeps the rows shown and adds the rest of the longer list after them, once each', () => {
    const full = search.search('customer', { limit: 12 })
    expect(full.length).toBe(12)
    // The first screenful as a shorter search might order it: its last two rows swapped.
    const first = [...full.slice(0, 3), full[4], full[3]] as SearchResult[]
    const extended = extendResults(first, full, 12)
    expect(ids(extended)).toEqual([...ids(first), ...ids(full.slice(5))])
  })

  it('stops at the limit, but never drops a row already shown', () => {
    const full = search.search('customer', { limit: 10 })
    expect(ids(extendResults(full.slice(0, 4), full, 6))).toEqual(ids(full.slice(0, 6)))
    expect(ids(extendResults(full.slice(0, 4), full, 2))).toEqual(ids(full.slice(0, 4)))
  })

  it('tells a pin from the search result of its report', () => {
    const [result] = search.search('tech health', { limit: 1 })
    if (result === undefined) throw new Error('no result')
    const pin = {
      ...result,
      pin: { label: 'Tech health — Chime', report: result.report.id, customer: 'Chime' },
    } as SearchResult
    expect(ids(extendResults([pin], [result], 5))).toEqual([
      'Tech health — Chime',
      result.report.id,
    ])
  })
})
