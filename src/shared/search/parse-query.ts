import type { Customer } from '../catalog/schema'
import type { ParsedQuery } from './types'
import { splitWords } from './words'

/** One name (the name or an alias) of a customer, as normalised words. */
export interface CustomerName {
  customer: Customer
  words: string[]
}

/**
 * Every name and alias of the customers as words, most words first: the first name that fits
 * the end of a query is then the longest match ("chime financial" before "chime"). The sort is
 * stable, so between two customers with the same name the earlier one wins.
 */
export function prepareCustomerNames(customers: readonly Customer[]): CustomerName[] {
  return customers
    .flatMap((customer) =>
      [customer.name, ...customer.aliases].map((name) => ({
        customer,
        words: splitWords(name).map((word) => word.text),
      })),
    )
    .filter((name) => name.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length)
}

/** {@link parseQuery} over names prepared once with {@link prepareCustomerNames}. */
export function matchTrailingCustomer(query: string, names: readonly CustomerName[]): ParsedQuery {
  const words = splitWords(query)
  for (const { customer, words: nameWords } of names) {
    if (nameWords.length > words.length) continue
    const rest = words.length - nameWords.length
    if (nameWords.every((word, i) => words[rest + i]?.text === word)) {
      // The text ends with the last word before the customer: "server instances, acme" leaves
      // "server instances", not "server instances,".
      return { text: query.slice(0, words[rest - 1]?.end ?? 0).trim(), customer }
    }
  }
  return { text: query.trim(), customer: null }
}

/**
 * Splits off a customer named at the END of the query ("batch changes single chime",
 * "server instances acme, inc."): whole words, case- and accent-insensitive, name or alias,
 * longest match wins. A customer named anywhere else is just text, so a report whose title
 * contains a customer's name can still be found by it.
 */
export function parseQuery(query: string, customers: readonly Customer[]): ParsedQuery {
  return matchTrailingCustomer(query, prepareCustomerNames(customers))
}
