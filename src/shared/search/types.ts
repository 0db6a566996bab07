import type { Customer, Report } from '../catalog/schema'
import type { Pin } from '../state/schema'
import type { Personal } from './personal'

/** Where a result matched, for highlighting: one searched field (one entry of a list field). */
export interface SearchMatch {
  /** The field: `title`, `aliases`, `section`, `description`, `tool`, `kind` or `notes`. */
  key: string
  /** For the list fields (`aliases`, `section`): which entry matched. */
  refIndex?: number
  /** Inclusive `[start, end]` character ranges of the field's text, sorted, not overlapping. */
  indices: [number, number][]
}

/** One report found for a query, with the customer to fill into it. */
export interface SearchResult {
  report: Report
  /** The customer the query ended with, when this report has a filter that takes a customer. */
  customer: Customer | null
  /**
   * Lower is better, as in fuse.js: 0 is a perfect match, about 1 a very poor one. When the
   * query named a customer it includes the small customer-fit nudge (see customer-fit.ts).
   */
  score: number
  matches: SearchMatch[]
  /** Set when this result is one of the person's pins (its customer and filter values). */
  pin: Pin | null
}

export interface SearchOptions {
  /** At most this many results (default 10). */
  limit?: number
  /** Pins, favourites and usage: they lift what this person chooses. */
  personal?: Personal
}

/** A search over one catalog; its index is built once, so it is cheap to call per keystroke. */
export interface Search {
  /** Results best first; `[]` for an empty query or when nothing matches. */
  search(query: string, options?: SearchOptions): SearchResult[]
}

/** A query split into the words that name a report and the customer it ended with. */
export interface ParsedQuery {
  /** The query without the trailing customer (the whole query when none was recognised). */
  text: string
  customer: Customer | null
}
