import { fileURLToPath } from 'node:url'
import { loadCatalog } from '../main/services/catalog-loader'
import { resolvePaths, type Paths } from '../main/services/paths'
import { formatProblem } from '../shared/catalog/problems'
import type { Catalog } from '../shared/catalog/schema'
import type { CliIo } from './io'

/** The catalog shipped with Dashkey, beside the sources. */
export const BUNDLED_CATALOG_DIR = fileURLToPath(new URL('../../catalog', import.meta.url))

export function cliPaths(io: CliIo): Paths {
  return resolvePaths({
    env: io.env,
    platform: io.platform,
    bundledCatalogDir: BUNDLED_CATALOG_DIR,
  })
}

/**
 * Loads the catalog for a command that only reads: problems are warnings on stderr and the
 * command goes on with what loaded.
 */
export async function readCatalog(io: CliIo, extra: readonly string[]): Promise<Catalog> {
  const paths = cliPaths(io)
  const loaded = await loadCatalog({
    bundledDir: paths.bundledCatalogDir,
    userDir: paths.userCatalogDir,
    extra,
  })
  for (const problem of loaded.problems) io.stderr(formatProblem(problem))
  return loaded.catalog
}
