import { useEffect, useRef, useState } from 'react'
import type { CatalogSnapshot } from '../../../shared/ipc'
import type { SearchResult } from '../../../shared/search'
import { createSearchWorker } from '../search/create-search-worker'
import { createLatestGate } from '../search/latest-gate'
import type { FromSearchWorker, PersonalData, ToSearchWorker } from '../search/protocol'

/**
 * Rows the list shows at most. The list is virtualised, but the search pays per result (match
 * ranges, the copy to the window): at 200 it took about 4x as long per keystroke as at 50.
 */
export const RESULT_LIMIT = 50

/** The results for one query over one catalog version. */
export interface SearchAnswer {
  query: string
  version: number
  results: SearchResult[]
}

export interface SearchState {
  /** The latest results; while a newer query is being searched, those of the one before. */
  results: SearchResult[]
  /** Whether `results` answer the current query over the current catalog. */
  fresh: boolean
  error: string | null
}

/**
 * The quick-find search, in a Web Worker: the catalog is posted once per version, the person's
 * data (usage, favourites, pins) whenever their saved state changes, every query with a sequence
 * number, and an answer for anything but the latest query is dropped. A change of the person's
 * data searches the current query again, so the order follows a new star or pin at once.
 */
export function useSearchResults(
  snapshot: CatalogSnapshot | null,
  query: string,
  personal: PersonalData | null,
): SearchState {
  const worker = useRef<Worker | null>(null)
  const [gate] = useState(createLatestGate)
  const [answer, setAnswer] = useState<SearchAnswer | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const created = createSearchWorker()
    created.onmessage = (event: MessageEvent<FromSearchWorker>) => {
      const data = event.data
      if (data.type === 'error') {
        if (data.seq === null || gate.isLatest(data.seq)) setError(data.message)
        return
      }
      if (!gate.isLatest(data.seq)) return
      const next = { query: data.query, version: data.version, results: data.results }
      setError(null)
      setAnswer(next)
    }
    created.onerror = (event) => {
      setError(`The search stopped working: ${event.message || 'its worker failed to load'}`)
    }
    worker.current = created
    return () => {
      created.terminate()
      worker.current = null
    }
  }, [gate])

  useEffect(() => {
    if (snapshot === null) return
    const message: ToSearchWorker = {
      type: 'catalog',
      version: snapshot.version,
      catalog: { reports: snapshot.reports, customers: snapshot.customers },
    }
    worker.current?.postMessage(message)
  }, [snapshot])

  // Before the search below, so a search for the same change already ranks with it.
  useEffect(() => {
    if (personal === null) return
    const message: ToSearchWorker = { type: 'personal', personal }
    worker.current?.postMessage(message)
  }, [personal])

  useEffect(() => {
    // Numbered even when not sent: an answer still on its way is stale from now on.
    const seq = gate.next()
    if (snapshot === null || query.trim() === '') return
    const message: ToSearchWorker = { type: 'search', seq, query, limit: RESULT_LIMIT }
    worker.current?.postMessage(message)
  }, [gate, snapshot, query, personal])

  if (query.trim() === '') return { results: [], fresh: true, error }
  const fresh = answer !== null && answer.query === query && answer.version === snapshot?.version
  return { results: answer?.results ?? [], fresh, error }
}
