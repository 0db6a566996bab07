// The real catalog (the repo's catalog/ folder) plus a temporary DASHKEY data folder holding the
// customers the tests type, loaded by main's own loader.
import { join } from 'node:path'
import { formatProblem } from '../../../src/shared/catalog/problems'
import type { CatalogSnapshot, Notice } from '../../../src/shared/ipc'
import { loadCatalog } from '../../../src/main/services/catalog-loader'
import { makeTempDir } from '../../helpers/temp-dir'
import { ROOT } from './build'

/** Chime fills Installer email; Acme is an alias; the last name needs quoting in a filter. */
export const CUSTOMERS_YAML = `version: 1
customers:
  - name: Chime
    aliases: [chime financial]
    attributes: { installerEmail: ops@chime.com }
  - name: Acme, Inc.
    aliases: [Acme]
  - name: 'O''Brien "Quotes", Ltd.'
`

export interface HarnessCatalog {
  snapshot: CatalogSnapshot
  /** What main would show for the catalog's problems: none are expected. */
  notices: Notice[]
}

export async function loadHarnessCatalog(): Promise<HarnessCatalog> {
  const data = makeTempDir('dashkey-e2e-')
  try {
    data.write('catalog/customers.yaml', CUSTOMERS_YAML)
    const loaded = await loadCatalog({
      bundledDir: join(ROOT, 'catalog'),
      userDir: join(data.path, 'catalog'),
    })
    const notices = loaded.problems.map((problem): Notice => ({
      level: problem.severity,
      source: 'catalog',
      message: formatProblem(problem),
    }))
    if (notices.some((n) => n.level === 'error')) {
      throw new Error(`the catalog does not load:\n${notices.map((n) => n.message).join('\n')}`)
    }
    const { reports, customers } = loaded.catalog
    return { snapshot: { version: 0, reports, customers }, notices }
  } finally {
    data.remove()
  }
}
