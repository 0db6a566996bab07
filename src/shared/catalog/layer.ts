import { checkUrl } from '../url/check'
import { identifyUrl, reportIdFor, toolsWithSeveralHosts, type UrlIdentity } from './ids'
import type { ParsedCatalogFile } from './parse'
import { fieldPath, type CatalogProblem } from './problems'
import {
  LAYERS,
  ReportSchema,
  type Catalog,
  type Customer,
  type Layer,
  type Report,
  type ReportEntry,
} from './schema'

/** A parsed file and the layer it belongs to (bundled files are bundled whatever they say). */
export interface LayeredFile {
  layer: Layer
  file: ParsedCatalogFile
}

export interface LayerResult {
  catalog: Catalog
  problems: CatalogProblem[]
}

/** One entry of one file, with its id settled and where it was written. */
interface PlacedEntry {
  id: string
  entry: ReportEntry
  hosts: string[]
  file: ParsedCatalogFile
  index: number
}

function problem(
  placed: Pick<PlacedEntry, 'file' | 'index'>,
  field: string,
  message: string,
  severity: CatalogProblem['severity'] = 'error',
): CatalogProblem {
  const path = ['reports', placed.index, ...(field ? [field] : [])]
  const at = placed.file.locate(path)
  return { severity, file: placed.file.path, ...at, field: fieldPath(path), message }
}

/** Settles each entry's id, tool and kind from its URL, and refuses URLs that may not open. */
function placeEntries(file: ParsedCatalogFile, problems: CatalogProblem[]): PlacedEntry[] {
  const { reports, hosts } = file.data
  const identities = reports.map((entry) => (entry.url ? identifyUrl(entry.url) : null))
  const prefixed = toolsWithSeveralHosts(identities.filter((i): i is UrlIdentity => i !== null))
  const placed: PlacedEntry[] = []
  reports.forEach((entry, index) => {
    const where = { file, index }
    const identity = identities[index] ?? null
    if (entry.url !== undefined) {
      const check = checkUrl(entry.url, hosts)
      if (!check.ok) {
        problems.push(problem(where, 'url', `${check.error}; the report is not loaded`))
        return
      }
    }
    const id = entry.id ?? (identity ? reportIdFor(identity, prefixed.has(identity.tool)) : null)
    if (!id) {
      const message = entry.url
        ? 'give the report an id: its url is not a Looker or Amplitude report link'
        : 'a report needs an id or a url'
      problems.push(problem(where, 'id', message))
      return
    }
    const derived = identity ? { tool: identity.tool, kind: identity.kind } : {}
    placed.push({ id, entry: { ...derived, ...entry, id }, hosts, file, index })
  })
  return placed
}

interface Merged {
  report: Report
  hidden: boolean
  last: PlacedEntry
}

/** The report an entry makes of what earlier layers gave, or the problems that stop it. */
function applyEntry(previous: Merged | undefined, placed: PlacedEntry): Merged | CatalogProblem[] {
  // Field by field: what this layer writes replaces, what it leaves out stays.
  const { hidden, ...fields } = placed.entry
  if (hidden === true && !previous) {
    return [problem(placed, 'hidden', 'hides a report no earlier layer defines', 'warning')]
  }
  const candidate = {
    ...previous?.report,
    ...fields,
    ...(fields.url !== undefined ? { hosts: placed.hosts } : {}),
  }
  const result = ReportSchema.safeParse(candidate)
  if (!result.success) {
    const kept = previous ? '; the earlier definition stays' : ''
    return result.error.issues.map((issue) =>
      problem(placed, fieldPath(issue.path), `${issue.message}${kept}`),
    )
  }
  return { report: result.data, hidden: hidden ?? previous?.hidden ?? false, last: placed }
}

function mergeLayer(
  merged: Map<string, Merged>,
  entries: PlacedEntry[],
  layer: Layer,
  problems: CatalogProblem[],
): void {
  const seen = new Map<string, PlacedEntry>()
  for (const placed of entries) {
    const first = seen.get(placed.id)
    if (first) {
      const at = first.file.locate(['reports', first.index])
      problems.push(
        problem(
          placed,
          'id',
          `${placed.id} is also defined at ${first.file.path}:${at.line}:${at.column} (same ${layer} layer); this one is ignored`,
        ),
      )
      continue
    }
    seen.set(placed.id, placed)
    const next = applyEntry(merged.get(placed.id), placed)
    // A broken override never costs the user the report an earlier layer gave.
    if (Array.isArray(next)) problems.push(...next)
    else merged.set(placed.id, next)
  }
}

function mergeCustomers(files: readonly LayeredFile[]): Customer[] {
  const byName = new Map<string, Customer>()
  for (const { file } of files) {
    for (const customer of file.data.customers) byName.set(customer.name.toLowerCase(), customer)
  }
  return [...byName.values()]
}

/**
 * Merges catalog files, later layers over earlier (bundled < synced < imported < user), field by
 * field. The same id twice within one layer is an error naming both places; `hidden: true` hides
 * a report. Problems never stop the merge: what is valid loads.
 */
export function layerCatalog(files: readonly LayeredFile[]): LayerResult {
  const problems: CatalogProblem[] = []
  const merged = new Map<string, Merged>()
  for (const layer of LAYERS) {
    const inLayer = files.filter((f) => f.layer === layer)
    const entries = inLayer.flatMap(({ file }) => placeEntries(file, problems))
    mergeLayer(merged, entries, layer, problems)
  }
  const reports = [...merged.values()].filter((m) => !m.hidden).map((m) => m.report)
  const ids = new Set(reports.map((r) => r.id))
  for (const report of reports) {
    const missing = report.related.filter((id) => !ids.has(id))
    if (missing.length > 0) {
      const placed = merged.get(report.id)?.last
      if (placed) {
        problems.push(problem(placed, 'related', `unknown report ${missing.join(', ')}`, 'warning'))
      }
    }
  }
  return { catalog: { reports, customers: mergeCustomers(files) }, problems }
}
