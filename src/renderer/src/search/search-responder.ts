import type { Catalog } from '../../../shared/catalog/schema'
import { createSearch, type Search } from '../../../shared/search'
import type { FromSearchWorker, PersonalData, ToSearchWorker } from './protocol'

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * The search worker's logic without the worker: a catalog message builds the index (once per
 * catalog version), a personal message replaces the person's data that ranks the results (usage,
 * favourites, pins), a search message answers with the results, tagged with the request's
 * sequence number and the catalog version they come from. Kept apart from the worker's
 * `onmessage` so it runs in Node tests.
 */
export function createSearchResponder(
  build: (catalog: Catalog) => Search = createSearch,
  now: () => number = Date.now,
): (message: ToSearchWorker) => FromSearchWorker | null {
  let current: { version: number; search: Search } | null = null
  let personal: PersonalData = {}
  return (message) => {
    if (message.type === 'personal') {
      personal = message.personal
      return null
    }
    if (message.type === 'catalog') {
      try {
        current = { version: message.version, search: build(message.catalog) }
        return null
      } catch (error) {
        current = null
        return { type: 'error', seq: null, message: `the search index failed: ${describe(error)}` }
      }
    }
    if (current === null) {
      return { type: 'error', seq: message.seq, message: 'the search has no catalog yet' }
    }
    try {
      const results = current.search.search(message.query, {
        limit: message.limit,
        personal: { ...personal, now: now() },
      })
      return {
        type: 'results',
        seq: message.seq,
        version: current.version,
        query: message.query,
        results,
      }
    } catch (error) {
      return { type: 'error', seq: message.seq, message: `the search failed: ${describe(error)}` }
    }
  }
}
