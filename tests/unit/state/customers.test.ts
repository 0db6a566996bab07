import { describe, expect, it } from 'vitest'
import { mergeCustomers, rankCustomers } from '../../../src/shared/state/customers'
import { SavedCustomerSchema } from '../../../src/shared/state/schema'

const NOW = Date.UTC(2026, 10, 28)
const DAY = 86_400_000
const saved = (name: string, favourite = false, attributes: Record<string, string> = {}) =>
  SavedCustomerSchema.parse({ name, favourite, attributes })
const plain = (name: string) => ({ name, aliases: [], attributes: {} })

describe('customers', () => {
  it('come from the catalog and the saved state; the saved one wins for the same name', () => {
    const merged = mergeCustomers(
      [
        {
          name: 'Chime',
          aliases: ['chime financial'],
          attributes: { installerEmail: 'old@chime.com' },
        },
        plain('Initech'),
      ],
      [saved('chime', false, { installerEmail: 'ops@chime.com' }), saved('Acme')],
    )
    expect(merged).toEqual([
      { name: 'chime', aliases: [], attributes: { installerEmail: 'ops@chime.com' } },
      plain('Initech'),
      plain('Acme'),
    ])
  })

  it('rank favourites first in the person’s order, then by use, then by name', () => {
    const customers = ['Zeta', 'Acme', 'Chime', 'Initech', 'Globex'].map(plain)
    const state = [saved('Initech', true), saved('Chime', true)]
    const recents = [
      { report: 'looker-dashboard-409', customer: 'Zeta', at: NOW - DAY },
      { report: 'looker-dashboard-409', customer: 'Zeta', at: NOW - 2 * DAY },
      { report: 'looker-dashboard-409', customer: 'Globex', at: NOW - DAY },
      { report: 'looker-dashboard-409', customer: 'Chime', at: NOW },
    ]
    expect(rankCustomers(customers, state, recents, NOW).map((c) => c.name)).toEqual([
      'Initech',
      'Chime',
      'Zeta',
      'Globex',
      'Acme',
    ])
  })
})
