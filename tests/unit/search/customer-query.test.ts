import { describe, expect, it } from 'vitest'
import { CustomerSchema, type Catalog } from '../../../src/shared/catalog/schema'
import { createSearch, type SearchResult } from '../../../src/shared/search'
import { acme, catalog, chime, handbookReports, initech } from './fixture'

const search = createSearch(catalog)
const summary = (results: SearchResult[]) =>
  results.map((result) => [result.report.id, result.customer?.name ?? null])
const takesCustomer = (result: SearchResult) =>
  result.report.filters.some((filter) => filter.customer !== undefined)

describe('a query that ends with a customer', () => {
  it.each([
    ['batch changes single chime', 'looker-dashboard-382', chime],
    ['batch changes single chime financial', 'looker-dashboard-382', chime],
    ['server instances acme', 'looker-dashboard-409', acme],
    ['server instances acme, inc.', 'looker-dashboard-409', acme],
    ['SERVER INSTANCES ACME INC', 'looker-dashboard-409', acme],
    ['servr instnces, acme', 'looker-dashboard-409', acme],
    ['tech health initech', 'looker-dashboard-389', initech],
    ['code intel chime', 'looker-dashboard-412', chime],
  ])('%s → %s for the customer', (query, id, customer) => {
    const [top] = search.search(query)
    expect(top?.report.id).toBe(id)
    expect(top?.customer).toBe(customer)
  })

  it('gives the customer to the reports that take one, and only to them', () => {
    const results = search.search('dau mau chime', { limit: 50 })
    expect(results.length).toBeGreaterThan(2)
    for (const result of results) expect(result.customer).toBe(takesCustomer(result) ? chime : null)
  })

  it('puts single-customer reports first among equally good matches', () => {
    expect(summary(search.search('batch changes chime', { limit: 2 }))).toEqual([
      ['looker-dashboard-382', 'Chime'],
      ['looker-dashboard-422', 'Chime'],
    ])
    // Without a customer the twins tie and keep the catalog's order.
    expect(summary(search.search('batch changes', { limit: 2 }))).toEqual([
      ['looker-dashboard-422', null],
      ['looker-dashboard-382', null],
    ])
  })

  it('does not lift a poor match that takes the customer over a clearly better one', () => {
    // DAU/MAU takes no customer; Technical health does, but matches "dau mau" poorly if at all.
    expect(summary(search.search('dau mau chime', { limit: 2 }))).toEqual([
      ['looker-look-1521', null],
      ['looker-look-1523', null],
    ])
    const instances = search.search('server instances acme', { limit: 2 })
    expect(summary(instances)).toEqual([
      ['looker-dashboard-409', 'Acme, Inc.'],
      ['looker-look-1520', null],
    ])
  })

  it.each(['chime', 'Chime', 'chime financial', '  CHIME  '])(
    '%j alone lists the reports that take a customer, single customer first',
    (query) => {
      const results = search.search(query, { limit: 50 })
      expect(results.map((result) => result.report.id)).toEqual([
        'looker-dashboard-409',
        'looker-dashboard-412',
        'looker-dashboard-382',
        'looker-dashboard-426',
        'looker-dashboard-423',
        'looker-dashboard-389',
        'looker-dashboard-421',
        'looker-dashboard-413',
        'looker-dashboard-422',
        'looker-dashboard-427',
        'looker-dashboard-424',
      ])
      for (const result of results) {
        expect(result.customer).toBe(chime)
        expect(result.matches).toEqual([])
      }
      expect(search.search(query)).toHaveLength(10)
    },
  )
})

describe('a customer that is not at the end', () => {
  it('is just text: no customer is filled in', () => {
    const results = search.search('chime batch changes')
    expect(
      results
        .slice(0, 2)
        .map((result) => result.report.id)
        .sort(),
    ).toEqual(['looker-dashboard-382', 'looker-dashboard-422'])
    for (const result of results) expect(result.customer).toBeNull()
  })

  it.each(['chimes', 'batch changes chimex', 'batch changes achime'])(
    'must be whole words: %s names no customer',
    (query) => {
      for (const result of search.search(query)) expect(result.customer).toBeNull()
    },
  )
})

describe('when the words before the customer find nothing', () => {
  const cloud = CustomerSchema.parse({ name: 'Cloud' })
  const withCloud: Catalog = { reports: handbookReports, customers: [chime, cloud] }

  it('searches the whole query without a customer', () => {
    const results = createSearch(withCloud).search('zzqq cloud')
    expect(
      results
        .slice(0, 2)
        .map((result) => result.report.id)
        .sort(),
    ).toEqual(['amplitude-dashboard-8towezl', 'amplitude-dashboard-ya9aoy7'])
    for (const result of results) expect(result.customer).toBeNull()
  })

  it('searches the customer as text when no report takes a customer', () => {
    const amplitudeOnly: Catalog = {
      reports: handbookReports.filter((report) => report.tool === 'amplitude'),
      customers: [cloud],
    }
    expect(summary(createSearch(amplitudeOnly).search('cloud'))).toEqual([
      ['amplitude-dashboard-ya9aoy7', null],
      ['amplitude-dashboard-8towezl', null],
    ])
  })
})
