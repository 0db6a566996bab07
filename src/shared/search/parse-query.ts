import type { Customer } from '../catalog/schema'
import type { ParsedQuery } from './types'
import { splitWords } from './words'

/** One name (the name or an alias) of a customer, as normalised words. */
export interface CustomerName {
  customer: Customer
  words: string[]
}

/** The customers' names, prepared once for {@link matchTrailingCustomer}. */
export interface CustomerNames {
  /** Names by their last word, most words first (so the longest match is found first). */
  byLastWord: ReadonlyMap<string, readonly CustomerName[]>
}

/**
 * Every name and alias of the customers as words, most words first: the first name that fits
 * the end of a query is then the longest match ("chime financial" before "chime"). The sort is
 * stable, so between two customers with the same name the earlier one wins. Only a name that
 * ends with the query's last word can fit, so they are grouped by last word: a keystroke looks
 * at a handful of names, not at every customer.
 */
export function prepareCustomerNames(customers: readonly Customer[]): CustomerNames {
  const sorted = customers
    .flatMap((customer) =>
      [customer.name, ...customer.aliases].map((name) => ({
        customer,
        words: splitWords(name).map((word) => word.text),
      })),
    )
    .filter((name) => name.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length)
  const byLastWord = new Map<string, CustomerName[]>()
  for (const name of sorted) {
    const last = name.words.at(-1) ?? ''
    const group = byLastWord.get(last)
    if (group === undefined) byLastWord.set(last, [name])
    else group.push(name)
  }
  return { byLastWord }
}

/** {@link parseQuery} over names prepared once with {@link prepareCustomerNames}. */
export function matchTrailingCustomer(query: string, names: CustomerNames): ParsedQuery {
  const words = splitWords(query)
  const candidates = names.byLastWord.get(words.at(-1)?.text ?? '') ?? []
  for (const { customer, words: nameWords } of candidates) {
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
