/**
 * The real bundled catalog (catalog/handbook.yaml) when it is there and valid, so the search
 * tables also run over what users get, not only over the fixture. Its reports are complete
 * entries, so each becomes a report with the file's hosts, as the loader would make it.
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { CatalogFileSchema, ReportSchema, type Catalog } from '../../../src/shared/catalog/schema'
import { customers } from './fixture'

const HANDBOOK = fileURLToPath(new URL('../../../catalog/handbook.yaml', import.meta.url))

/** The bundled catalog with the fixture's customers, or null where the file is absent or bad. */
export function loadHandbookCatalog(): Catalog | null {
  if (!existsSync(HANDBOOK)) return null
  const file = CatalogFileSchema.safeParse(parse(readFileSync(HANDBOOK, 'utf8')))
  if (!file.success) return null
  const reports = file.data.reports.map((entry) =>
    ReportSchema.safeParse({ ...entry, hosts: file.data.hosts }),
  )
  if (!reports.every((report) => report.success)) return null
  return {
    reports: reports.map((report) => report.data),
    customers: [...file.data.customers, ...customers],
  }
}
