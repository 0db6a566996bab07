// The reports the window's helpers are tested on: the bundled handbook catalog (with the search
// fixture's customers), or the fixture that mirrors it where the file is absent.
import type { Catalog, Report } from '../../../src/shared/catalog/schema'
import { catalog as fixture } from '../search/fixture'
import { loadHandbookCatalog } from '../search/handbook-catalog'

export const catalog: Catalog = loadHandbookCatalog() ?? fixture

export const byId = new Map(catalog.reports.map((report) => [report.id, report]))

export function report(id: string): Report {
  const found = byId.get(id)
  if (found === undefined) throw new Error(`no report ${id} in the test catalog`)
  return found
}

/** Technical health: all customers, a customer filter, no twin. */
export const TECH_HEALTH = 'looker-dashboard-389'
/** Batch changes — single customer, and its all-customers twin. */
export const BATCH_SINGLE = 'looker-dashboard-382'
export const BATCH_ALL = 'looker-dashboard-422'
/** Customer support metrics: Created Date (90 day) and Ticket priority (None,p1,p2,p0,p3). */
export const SUPPORT = 'looker-dashboard-421'
/** Monthly users by instance type: a Look, company-wide, no filters. */
export const MONTHLY_USERS = 'looker-look-1519'
export const AMPLITUDE = 'amplitude-dashboard-ya9aoy7'
