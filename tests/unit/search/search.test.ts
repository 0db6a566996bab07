import { literalTier } from '../../../src/shared/search/personal'
import { describe, expect, it } from 'vitest'
import type { Catalog } from '../../../src/shared/catalog/schema'
import { createSearch } from '../../../src/shared/search'
import { catalog as fixture } from './fixture'
import { loadHandbookCatalog } from './handbook-catalog'

const handbook = loadHandbookCatalog()
const catalogs: [string, Catalog][] = [['fixture', fixture]]
if (handbook !== null) catalogs.push(['catalog/handbook.yaml', handbook])

describe.each(catalogs)('search over %s', (_name, catalog) => {
  const search = createSearch(catalog)
  const ids = (query: string, limit?: number): string[] =>
    search.search(query, { limit }).map((result) => result.report.id)
  const first = (query: string): string | undefined => ids(query)[0]

  it.each([
    // typos
    ['servr instnces', 'looker-dashboard-409'],
    ['batch chnages singel', 'looker-dashboard-382'],
    ['tehcnical helth', 'looker-dashboard-389'],
    ['cod insihgts singel', 'looker-dashboard-426'],
    // word order
    ['single customer batch changes', 'looker-dashboard-382'],
    ['customer single changes batch', 'looker-dashboard-382'],
    ['all customers batch changes', 'looker-dashboard-422'],
    ['instances server', 'looker-dashboard-409'],
    // short forms and prefixes, as typed
    ['dau mau', 'looker-look-1521'],
    ['tech health', 'looker-dashboard-389'],
    ['code intel single', 'looker-dashboard-412'],
    ['batch ch', 'looker-dashboard-422'],
    ['app perf', 'looker-dashboard-440'],
    ['kpi', 'looker-dashboard-440'],
    ['nps', 'looker-look-1530'],
    ['orgs cloud', 'amplitude-dashboard-8towezl'],
    // case and punctuation
    ['DAU/MAU', 'looker-look-1521'],
    ['Server-Instances!', 'looker-dashboard-409'],
    ['batch changes — single customer', 'looker-dashboard-382'],
    ['"search" (single)', 'looker-dashboard-423'],
    ['dàu maú', 'looker-look-1521'],
    // aliases, descriptions, words from different fields
    ['technical health score', 'looker-dashboard-389'],
    ['technical health dashboard', 'looker-dashboard-389'],
    ['kubernetes', 'looker-look-1525'],
    ['self hosted', 'looker-look-1526'],
    ['seat consumption', 'looker-look-1522'],
    ['monthly users', 'looker-look-1519'],
    ['customer support', 'looker-dashboard-421'],
    ['looker search single', 'looker-dashboard-423'],
  ])('%s → %s first', (query, id) => {
    expect(first(query)).toBe(id)
  })

  it.each([
    ['dau mau', ['looker-look-1521', 'looker-look-1523']],
    ['single customer batch changes', ['looker-dashboard-382', 'looker-dashboard-422']],
    ['batch changes', ['looker-dashboard-422', 'looker-dashboard-382']],
    ['code insights', ['looker-dashboard-427', 'looker-dashboard-426']],
    ['amplitude cloud', ['amplitude-dashboard-ya9aoy7', 'amplitude-dashboard-8towezl']],
  ])('%s → top %j', (query, top) => {
    expect(ids(query).slice(0, top.length).sort()).toEqual([...top].sort())
  })

  it('ranks the exact twin first among its siblings, whatever the word order', () => {
    const top3 = ids('batch changes single customer', 3)
    expect(top3.slice(0, 2)).toEqual(['looker-dashboard-382', 'looker-dashboard-422'])
    expect(ids('single customer batch changes', 3)).toEqual(top3)
    expect(ids('Batch Changes — Single Customer!', 3)).toEqual(top3)
  })

  it('gives results best first, scores between 0 and 1, no customer without one in the query', () => {
    const results = search.search('customer', { limit: 50 })
    expect(results.length).toBeGreaterThan(10)
    // Best first: titles that start with the query, then by score.
    const tier = (r: (typeof results)[number]) =>
      literalTier('customer', [r.report.title, ...r.report.aliases])
    expect(results.slice(0, 2).map((r) => r.report.title)).toEqual([
      'Customers by Sourcegraph version',
      'Customer support metrics by customer',
    ])
    for (const [i, result] of results.entries()) {
      expect(result.score).toBeGreaterThanOrEqual(0)
      expect(result.score).toBeLessThanOrEqual(1)
      expect(result.customer).toBeNull()
      const previous = results[i - 1]
      if (previous && tier(previous) === tier(result)) {
        expect(result.score).toBeGreaterThanOrEqual(previous.score)
      }
      if (previous) expect(tier(result)).toBeGreaterThanOrEqual(tier(previous))
    }
  })

  it('returns 10 results by default, and honours limit', () => {
    expect(search.search('customer')).toHaveLength(10)
    expect(search.search('customer', { limit: 3 })).toHaveLength(3)
    expect(search.search('customer', { limit: 3 }).map((r) => r.report.id)).toEqual(
      ids('customer').slice(0, 3),
    )
    expect(search.search('customer', { limit: 0 })).toEqual([])
  })

  it.each(['', '   ', ' — , / '])('returns [] for the empty query %j', (query) => {
    expect(search.search(query)).toEqual([])
  })

  it.each(['zzqqxx', 'xylophone quartz'])('returns [] when nothing matches: %s', (query) => {
    expect(search.search(query)).toEqual([])
  })

  it('reports where each word matched, per field, as merged ranges', () => {
    const [result] = search.search('batch changes')
    expect(result?.matches).toContainEqual({
      key: 'title',
      indices: [
        [0, 4],
        [6, 12],
      ],
    })
    const alias = search
      .search('technical health score')[0]
      ?.matches.find((match) => match.key === 'aliases' && match.refIndex === 0)
    expect(alias?.indices).toEqual([
      [0, 8],
      [10, 15],
      [17, 21],
    ])
  })
})
