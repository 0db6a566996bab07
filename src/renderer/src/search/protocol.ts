import type { Catalog } from '../../../shared/catalog/schema'
import type { SearchResult } from '../../../shared/search'

/** What the window posts to the search worker. */
export type ToSearchWorker =
  | { type: 'catalog'; version: number; catalog: Catalog }
  | { type: 'search'; seq: number; query: string; limit: number }

/** What the search worker posts back; `seq` names the request it answers. */
export type FromSearchWorker =
  | { type: 'results'; seq: number; version: number; query: string; results: SearchResult[] }
  | { type: 'error'; seq: number | null; message: string }
