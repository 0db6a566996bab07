import { formatRecovery, openStateStore, type StateStore } from '../main/services/state-store'
import { loadCatalog } from '../main/services/catalog-loader'
import { formatProblem } from '../shared/catalog/problems'
import type { Catalog } from '../shared/catalog/schema'
import type { Personal } from '../shared/search/personal'
import { mergeCustomers } from '../shared/state/customers'
import type { State } from '../shared/state/schema'
import { cliPaths } from './context'
import type { CliIo } from './io'

/** What a command works with: the catalog (with saved customers), the saved state, its store. */
export interface CliSession {
  catalog: Catalog
  state: State
  store: StateStore
}

/** The person's history as the search ranks it, the same way the app does. */
export function personalOf(state: State, now = Date.now()): Personal {
  return { usage: state.usage, favouriteReports: state.favouriteReports, pins: state.pins, now }
}

/**
 * Opens the state and loads the catalog (bundled, the data folder's, the settings' folders and
 * `--catalog`), runs `command`, and closes the state. Catalog problems and a state file that had
 * to be reset are told on stderr; the command goes on.
 */
export async function withSession<T>(
  io: CliIo,
  extra: readonly string[],
  command: (session: CliSession) => Promise<T>,
): Promise<T> {
  const paths = cliPaths(io)
  const store = await openStateStore({ dataDir: paths.dataDir, watch: false })
  try {
    if (store.recovered) io.stderr(`warning: ${formatRecovery(store.recovered)}`)
    const state = store.read()
    const loaded = await loadCatalog({
      bundledDir: paths.bundledCatalogDir,
      userDir: paths.userCatalogDir,
      extra: [...state.settings.catalogFolders, ...extra],
    })
    loaded.problems.forEach((problem) => io.stderr(formatProblem(problem)))
    const catalog = {
      reports: loaded.catalog.reports,
      customers: mergeCustomers(loaded.catalog.customers, state.customers),
    }
    return await command({ catalog, state, store })
  } finally {
    await store.close()
  }
}
