/**
 * The window's own copy of the search index, so that a keystroke's results render in the
 * keystroke's own task and are painted in the same frame as the letter typed.
 *
 * Why a copy next to the worker's: Chromium paints the frame that follows a keystroke before it
 * hands the window a worker's answer (measured with `npm run bench:renderer`), so an answer from
 * the worker is on screen one frame later than the typed letter at best: about 28 ms p50 at 10k
 * reports against 12 ms when the window searches itself. A search costs a few milliseconds
 * whatever the catalog's size (see create-search.ts); building the index does not (about 0.1 s at
 * 10k reports, 0.5 s at 50k), so the window builds it only while nobody is looking: at once for
 * the first catalog (the launcher window starts hidden), and for a catalog that changes while the
 * window is shown, the next time it is hidden. Until then the worker answers, as it always can,
 * and the window's older index only fills the list while the worker's answer is on its way.
 */
import type { Catalog } from '../../../shared/catalog/schema'
import type { CatalogSnapshot } from '../../../shared/ipc'
import { createSearch, type Search } from '../../../shared/search'

/** A search built over one catalog version. */
export interface BuiltSearch {
  version: number
  search: Search
}

/** What the window index needs from the page: whether it is hidden, and when it gets hidden. */
export interface PageHost {
  hidden(): boolean
  /** Calls back whenever the page becomes hidden; returns a function that stops the calls. */
  onHidden(callback: () => void): () => void
  /** Runs a callback after the current task (a render is never held up); returns a cancel. */
  later(callback: () => void): () => void
}

export interface WindowIndex {
  /** The newest catalog; its index is built now or when the page is next hidden. */
  offer(snapshot: CatalogSnapshot): void
  /**
   * The newest search built: of the newest catalog offered, or of an older one while the newer
   * one waits to be built (compare the versions); null before the first is built.
   */
  current(): BuiltSearch | null
  /** Calls back when `current` changes; returns a function that stops the calls. */
  subscribe(listener: () => void): () => void
  /**
   * Starts building on the host's signals; returns a function that stops it. A build that fails
   * is told to `onError`, and the worker keeps answering.
   */
  start(onError: (message: string) => void): () => void
}

export function createWindowIndex(
  host: PageHost,
  build: (catalog: Catalog) => Search = createSearch,
): WindowIndex {
  let started = false
  let onError: ((message: string) => void) | null = null
  let built: BuiltSearch | null = null
  let wanted: CatalogSnapshot | null = null
  let cancelBuild: (() => void) | null = null
  const listeners = new Set<() => void>()

  function buildWanted(): void {
    cancelBuild = null
    const snapshot = wanted
    if (snapshot === null || built?.version === snapshot.version) return
    try {
      const catalog = { reports: snapshot.reports, customers: snapshot.customers }
      built = { version: snapshot.version, search: build(catalog) }
    } catch (error) {
      onError?.(error instanceof Error ? error.message : String(error))
      return
    }
    for (const listener of listeners) listener()
  }

  function schedule(): void {
    if (started) cancelBuild ??= host.later(buildWanted)
  }

  function stale(): boolean {
    return wanted !== null && built?.version !== wanted.version
  }

  return {
    offer(snapshot) {
      if (wanted !== null && wanted.version >= snapshot.version) return
      wanted = snapshot
      // The first index is built at once; a new one waits for the page to be hidden.
      if (built === null || host.hidden()) schedule()
    },
    current: () => built,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    start(report) {
      started = true
      onError = report
      const stopWatching = host.onHidden(() => {
        if (stale()) schedule()
      })
      // A catalog offered before the start is built now if it would have been then.
      if (stale() && (built === null || host.hidden())) schedule()
      return () => {
        started = false
        onError = null
        stopWatching()
        cancelBuild?.()
        cancelBuild = null
      }
    },
  }
}
