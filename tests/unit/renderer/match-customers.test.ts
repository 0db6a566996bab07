import { describe, expect, it } from 'vitest'
import { matchCustomers } from '../../../src/renderer/src/customers/match-customers'
import { CustomerSchema, type Customer } from '../../../src/shared/catalog/schema'

const customer = (name: string, aliases: string[] = []): Customer =>
  CustomerSchema.parse({ name, aliases })

const customers = [
  customer('Chime', ['chime financial']),
  customer('Acme, Inc.', ['Acme']),
  customer('Initech'),
  customer('Zürich Versicherung'),
  customer('Machine Co'),
]
const names = (text: string, limit?: number) =>
  matchCustomers(customers, text, limit).map((c) => c.name)

describe('customer suggestions', () => {
  it('suggest every customer, in order, for an empty field', () => {
    expect(names('')).toEqual(customers.map((c) => c.name))
    expect(names('', 2)).toEqual(['Chime', 'Acme, Inc.'])
  })

  it('put the whole name first, then names starting with it, then words, then anywhere', () => {
    expect(names('chime')).toEqual(['Chime'])
    // Chime starts with it; the others only hold it, and keep their order.
    expect(names('ch')).toEqual(['Chime', 'Initech', 'Zürich Versicherung', 'Machine Co'])
    expect(names('i')).toEqual([
      'Initech',
      'Acme, Inc.',
      'Chime',
      'Zürich Versicherung',
      'Machine Co',
    ])
    expect(names('ver')).toEqual(['Zürich Versicherung'])
    expect(names('co')).toEqual(['Machine Co'])
    expect(names('chine')).toEqual(['Machine Co'])
    expect(names('inc')).toEqual(['Acme, Inc.'])
  })

  it('find a customer by alias, without regard to case or accents', () => {
    expect(names('ACME')).toEqual(['Acme, Inc.'])
    expect(names('financial')).toEqual(['Chime'])
    expect(names('zurich')).toEqual(['Zürich Versicherung'])
  })

  it('suggest nothing for a new name', () => {
    expect(names('Globex')).toEqual([])
  })

  it('list a customer once, by name', () => {
    const twice = [...customers, customer('chime')]
    expect(matchCustomers(twice, 'chim').map((c) => c.name)).toEqual(['Chime'])
  })
})
