/**
 * Search quality: over the labelled queries (quality-queries.ts) Dashkey's search finds the
 * report meant at least as often as plain fuse.js does, first and among the first three; and the
 * fast search (index, pool, fuse.js over the pool) returns what fuse.js word by word over the
 * whole catalog returns, keystroke by keystroke.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { keystrokes } from '../../../scripts/bench/queries'
import {
  oursRankers,
  plainFuseRankers,
  qualityCatalogs,
  score,
  type QualityCatalogs,
} from '../../../scripts/bench/quality'
import { createExhaustiveSearch } from '../../../scripts/bench/reference'
import { createSearch } from '../../../src/shared/search'
import { LABELLED_QUERIES } from './quality-queries'

let catalogs: QualityCatalogs
beforeAll(async () => {
  catalogs = await qualityCatalogs()
})

describe('search quality over the labelled queries', () => {
  it('has at least 60 queries of every kind, over both catalogs, each with a known report', () => {
    expect(LABELLED_QUERIES.length).toBeGreaterThanOrEqual(60)
    for (const kind of ['typo', 'order', 'short', 'customer', 'plain'] as const) {
      expect(LABELLED_QUERIES.filter((q) => q.kind === kind).length).toBeGreaterThanOrEqual(5)
    }
    for (const { catalog, expected } of LABELLED_QUERIES) {
      const ids = new Set(catalogs[catalog].reports.map((report) => report.id))
      for (const id of expected) expect(ids.has(id), `${id} in the ${catalog} catalog`).toBe(true)
    }
  })

  it('finds the report meant at least as often as plain fuse.js does', () => {
    const ours = score(LABELLED_QUERIES, oursRankers(catalogs))
    const baseline = score(LABELLED_QUERIES, plainFuseRankers(catalogs))
    expect(ours.top1).toBeGreaterThanOrEqual(baseline.top1)
    expect(ours.top3).toBeGreaterThanOrEqual(baseline.top3)
    // Where it stands today, so that a change that costs quality is seen: 85 of 87 first.
    expect(ours.top1).toBeGreaterThanOrEqual(0.95)
    expect(ours.top3).toBeGreaterThanOrEqual(0.97)
  }, 120_000)
})

describe('the fast search', () => {
  it('ranks as fuse.js word by word over the whole catalog, keystroke by keystroke', () => {
    const fast = createSearch(catalogs.generated)
    const exhaustive = createExhaustiveSearch(catalogs.generated)
    // Every fifth keystroke of the bench's typing, and the labelled queries.
    const typed = [
      ...keystrokes().filter((_, i) => i % 5 === 0),
      ...LABELLED_QUERIES.filter((q) => q.catalog === 'generated').map((q) => q.query),
    ]
    const top = (query: string, search: typeof fast, n: number) =>
      search
        .search(query)
        .slice(0, n)
        .map((r) => `${r.report.id} ${r.customer?.name ?? ''} ${r.score.toFixed(9)}`)
        .join('\n')
    const differing = (n: number) =>
      typed.filter((query) => top(query, fast, n) !== top(query, exhaustive, n)).length
    // fuse.js sees a field as one string, so a word may also match across two words of it,
    // with the separator as one of its typos ("sup" in "ticketS Per", "vendaka" in
    // "#executiVE-DAta"); the index matches word by word and misses those. They are weak
    // matches that reorder near-ties further down the list: the first three are the same.
    expect(differing(3)).toBe(0)
    expect(differing(10) / typed.length).toBeLessThanOrEqual(0.05)
  }, 120_000)
})
