import { useEffect, useMemo, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import type { CatalogSnapshot } from '../../../shared/ipc'
import type { SearchResult } from '../../../shared/search'
import { createSearchWorker } from '../search/create-search-worker'
import { extendResults } from '../search/extend-results'
import { FIRST_SCREEN, RESULT_LIMIT } from '../search/limits'
import { createLatestGate } from '../search/latest-gate'
import type { FromSearchWorker, PersonalData, ToSearchWorker } from '../search/protocol'
import type { BuiltSearch } from '../search/window-index'
import { useWindowSearch } from './useWindowSearch'

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
  /** Whether `results` are all there are (up to RESULT_LIMIT), or the first screenful. */
  complete: boolean
  /** The whole list for the current query, found now; shown from the next render on. */
  more: () => SearchResult[]
  error: string | null
}

type WindowAnswer = { results: SearchResult[] } | { error: string }

/** The window's own results for a query, or what went wrong; null when it has no index. */
function searchInWindow(
  local: BuiltSearch | null,
  query: string,
  personal: PersonalData | null,
  limit: number,
): WindowAnswer | null {
  if (local === null || query.trim() === '') return null
  try {
    const options = { limit, personal: { ...personal, now: Date.now() } }
    return { results: local.search.search(query, options) }
  } catch (error) {
    return { error: `the search failed: ${error instanceof Error ? error.message : String(error)}` }
  }
}

/** A whole list the window found for one query, over one catalog and the person's data. */
interface WholeList {
  query: string
  search: BuiltSearch
  personal: PersonalData | null
  results: SearchResult[]
}

/**
 * The quick-find search. Once the window has its own index of the current catalog (see
 * window-index.ts), it searches itself, in the keystroke's own render, so that the results are
 * painted in the same frame as the letter typed: the first screenful on every keystroke, the
 * whole list when the person goes looking past it (`more`). While the window has no index of the
 * current catalog, a Web Worker finds the whole list, a frame or more later.
 *
 * The worker is posted the catalog once per version, the person's data (usage, favourites, pins)
 * whenever their saved state changes, every query with a sequence number, and an answer for
 * anything but the latest query is dropped. A change of the person's data searches the current
 * query again, so the order follows a new star or pin at once.
 */
export function useSearchResults(
  snapshot: CatalogSnapshot | null,
  query: string,
  personal: PersonalData | null,
  onError: (message: string) => void,
): SearchState {
  const built = useWindowSearch(snapshot, onError)
  // The window's index of the current catalog; one of an older catalog only fills in (see shown).
  const local = built !== null && built.version === snapshot?.version ? built : null
  const searchedInWindow = local !== null
  const first = useMemo(
    () => searchInWindow(built, query, personal, FIRST_SCREEN),
    [built, query, personal],
  )
  const [whole, setWhole] = useState<WholeList | null>(null)
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
      // Rendered in this task rather than a later one: the answer is already a frame late.
      flushSync(() => {
        setError(null)
        setAnswer(next)
      })
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
    if (snapshot === null || query.trim() === '' || searchedInWindow) return
    const message: ToSearchWorker = { type: 'search', seq, query, limit: RESULT_LIMIT }
    worker.current?.postMessage(message)
  }, [gate, snapshot, query, personal, searchedInWindow])

  const wholeResults =
    whole !== null && whole.query === query && whole.search === local && whole.personal === personal
      ? whole.results
      : null
  const state = shown(query, { first, current: searchedInWindow }, wholeResults, answer, {
    version: snapshot?.version,
    error,
  })

  function more(): SearchResult[] {
    if (state.complete || local === null) return state.results
    const found = searchInWindow(local, query, personal, RESULT_LIMIT)
    if (found === null || 'error' in found) return state.results
    // The rows shown keep their places: see extendResults.
    const results = extendResults(state.results, found.results, RESULT_LIMIT)
    setWhole({ query, search: local, personal, results })
    return results
  }

  return { ...state, more }
}

/** What the window shows for the query, from whichever search answered it. */
function shown(
  query: string,
  window: { first: WindowAnswer | null; current: boolean },
  wholeResults: SearchResult[] | null,
  answer: SearchAnswer | null,
  { version, error }: { version: number | undefined; error: string | null },
): Omit<SearchState, 'more'> {
  const { first, current } = window
  if (query.trim() === '') return { results: [], fresh: true, complete: true, error }
  if (first !== null && current) {
    if ('error' in first) return { results: [], fresh: true, complete: true, error: first.error }
    // Fewer results than a screenful are all there are.
    const complete = wholeResults !== null || first.results.length < FIRST_SCREEN
    return { results: wholeResults ?? first.results, fresh: true, complete, error }
  }
  // The worker answers. Until it has, the window's index of the catalog before fills the list,
  // marked stale: the rows, the selection and the customer field stay, as between any query and
  // its answer.
  if (answer !== null && answer.query === query && answer.version === version) {
    return { results: answer.results, fresh: true, complete: true, error }
  }
  const filler = first !== null && 'results' in first ? first.results : answer?.results
  return { results: filler ?? [], fresh: false, complete: true, error }
}
