import type { Catalog } from '../../../shared/catalog/schema'
import type { SearchOptions, SearchResult } from '../../../shared/search'

/**
 * What the person's saved state adds to the ranking: usage, favourite reports, pins. The worker
 * keeps the latest it was sent and reads the clock itself when it searches.
 */
export type PersonalData = Omit<NonNullable<SearchOptions['personal']>, 'now'>

/** What the window posts to the search worker. */
export type ToSearchWorker =
  | { type: 'catalog'; version: number; catalog: Catalog }
  | { type: 'personal'; personal: PersonalData }
  | { type: 'search'; seq: number; query: string; limit: number }

/** What the search worker posts back; `seq` names the request it answers. */
export type FromSearchWorker =
  | { type: 'results'; seq: number; version: number; query: string; results: SearchResult[] }
  | { type: 'error'; seq: number | null; message: string }
