import type { Customer, Filter } from '../catalog/schema'
import { literalExpression } from './literal'
import { own } from './own'
import { quote } from './show'
import type { FilterValues } from './types'

/** A filter's expression and whether a person gave it (a default alone is not worth appending). */
export interface FilledFilter {
  expression: string
  given: boolean
  warnings: string[]
}

function customerValue(filter: Filter, customer: Customer | null | undefined): string | undefined {
  if (!customer || filter.customer === undefined) return undefined
  return filter.customer === 'name' ? customer.name : own(customer.attributes, filter.customer)
}

/**
 * The Looker filter expression for one filter: an explicit expression, else the set values
 * (string values as literals, ORed with `,`), else the customer's name or attribute, else the
 * filter's default. The `example` is never used: it is a value seen once in a link, and sending
 * it would silently filter the dashboard to some other customer.
 */
export function fillFilter(filter: Filter, values: FilterValues): FilledFilter {
  const literal = (value: string): string =>
    filter.kind === 'string' ? literalExpression(value) : value
  const expr = own(values.expr, filter.name)
  const set = own(values.set, filter.name) ?? []
  if (expr !== undefined) {
    const warnings =
      set.length > 0
        ? [
            `${quote(filter.name)}: both values and an expression were given; the expression is used`,
          ]
        : []
    return { expression: expr, given: true, warnings }
  }
  if (set.length > 0) return { expression: set.map(literal).join(','), given: true, warnings: [] }
  const fromCustomer = customerValue(filter, values.customer)
  if (fromCustomer !== undefined)
    return { expression: literal(fromCustomer), given: true, warnings: [] }
  // Most customers lack most attributes (an installer email is rare), so falling back to the
  // default is the normal case and not worth a warning on every link.
  return { expression: filter.default, given: false, warnings: [] }
}
