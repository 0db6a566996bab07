import type { LoadedCatalog } from './catalog-loader'
import type { CatalogUpdate, CatalogWatcher } from './catalog-watcher'

/** Starts a catalog watcher over the bundled and user folders plus `extra` (watchCatalog). */
export type OpenWatcher = (
  extra: readonly string[],
  onChange: (update: CatalogUpdate) => void,
) => Promise<CatalogWatcher>

export interface CatalogFeed {
  current(): LoadedCatalog
  /** Goes up on every update, across restarts too, so the window never takes new for stale. */
  version(): number
  /**
   * Watches these extra catalog folders from now on (the settings changed): a new watcher is
   * started, the old one closed, and the new catalog is sent as an update. The same folders again
   * change nothing. Calls run one at a time; if the new watcher fails to start, the old one stays
   * and the call rejects.
   */
  setFolders(extra: readonly string[]): Promise<void>
  close(): Promise<void>
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i])

/** The catalog as main serves it, over a watcher started again when the catalog folders change. */
export async function startCatalogFeed(
  open: OpenWatcher,
  extra: readonly string[],
  onUpdate: (update: CatalogUpdate) => void,
): Promise<CatalogFeed> {
  let generation = 0
  let base = 0
  let folders = [...extra]
  // An old watcher's last words (a change under way while it closes) are not passed on.
  const listen = (gen: number) => (update: CatalogUpdate) => {
    if (gen === generation) onUpdate({ ...update, version: base + update.version })
  }
  let watcher = await open(folders, listen(generation))
  const version = () => base + watcher.version()
  let queue: Promise<void> = Promise.resolve()

  async function swap(next: readonly string[]): Promise<void> {
    if (sameList(next, folders)) return
    const gen = generation + 1
    const fresh = await open(next, listen(gen))
    const old = watcher
    base = version() + 1
    generation = gen
    watcher = fresh
    folders = [...next]
    await old.close()
    const loaded = fresh.current()
    onUpdate({
      catalog: loaded.catalog,
      problems: loaded.problems,
      version: version(),
      keptPrevious: loaded.keptFiles.length > 0,
    })
  }

  return {
    current: () => watcher.current(),
    version,
    setFolders(next) {
      const run = queue.then(() => swap(next))
      queue = run.catch(() => {})
      return run
    },
    async close() {
      await queue
      generation = -1
      await watcher.close()
    },
  }
}
