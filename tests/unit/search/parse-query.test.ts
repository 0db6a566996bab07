import { describe, expect, it } from 'vitest'
import { CustomerSchema } from '../../../src/shared/catalog/schema'
import { parseQuery } from '../../../src/shared/search'
import { acme, chime, customers, initech } from './fixture'

describe('parseQuery', () => {
  it.each([
    ['batch changes single chime', 'batch changes single', chime],
    ['batch changes single Chime Financial', 'batch changes single', chime],
    ['server instances acme, inc.', 'server instances', acme],
    ['server instances acme', 'server instances', acme],
    ['server instances, ACME', 'server instances', acme],
    ['server instances (acme inc)', 'server instances', acme],
    ['tech health initech', 'tech health', initech],
    ['chime', '', chime],
    ['  acme, inc.  ', '', acme],
  ])('%j → %j for the customer', (query, text, customer) => {
    expect(parseQuery(query, customers)).toEqual({ text, customer })
  })

  it.each([
    ['chime batch changes', 'chime batch changes'],
    ['batch changes chimes', 'batch changes chimes'],
    ['batch changes financial', 'batch changes financial'],
    ['  dau mau  ', 'dau mau'],
    ['', ''],
  ])('%j names no customer at its end', (query, text) => {
    expect(parseQuery(query, customers)).toEqual({ text, customer: null })
  })

  it('takes the longest name that ends the query', () => {
    const bank = CustomerSchema.parse({ name: 'Bank' })
    const firstBank = CustomerSchema.parse({ name: 'First Bank' })
    expect(parseQuery('search first bank', [bank, firstBank])).toEqual({
      text: 'search',
      customer: firstBank,
    })
    expect(parseQuery('search bank', [bank, firstBank])).toEqual({ text: 'search', customer: bank })
  })

  it('ignores accents and case', () => {
    const zurich = CustomerSchema.parse({ name: 'Zürich Versicherung', aliases: ['ZURICH'] })
    expect(parseQuery('server instances zurich versicherung', [zurich]).customer).toBe(zurich)
    expect(parseQuery('server instances Zürich', [zurich])).toEqual({
      text: 'server instances',
      customer: zurich,
    })
  })
})
