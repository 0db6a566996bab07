import { checkUrl } from '../url/check'
import { ambiguousFilters, filterParameter } from './filters'
import { identifyUrl, reportIdFor, toolsWithSeveralHosts, type UrlIdentity } from './ids'
import type { ParsedCatalogFile } from './parse'
import { fieldPath, type CatalogProblem } from './problems'
import {
  LAYERS,
  ReportIdSchema,
  ReportSchema,
  type Catalog,
  type Customer,
  type Filter,
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
  /** The entry as the file gives it (its `id` may be missing: `id` above is the settled one). */
  entry: ReportEntry
  /** Tool and kind as the URL gives them; the entry's own, when it has them, come first. */
  derived: Pick<Report, 'tool' | 'kind'> | null
  hosts: string[]
  file: ParsedCatalogFile
  index: number
}

/** What placing a file's entries gives: it depends on the file alone, so it is kept per file. */
interface Placed {
  entries: PlacedEntry[]
  problems: CatalogProblem[]
}
const placedByFile = new WeakMap<ParsedCatalogFile, Placed>()

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

/**
 * Settles each entry's id, tool and kind from its URL, and refuses URLs that may not open. A file
 * parsed once and layered again (an unchanged file, when another changed) is not checked twice.
 */
function placeEntries(file: ParsedCatalogFile, problems: CatalogProblem[]): PlacedEntry[] {
  let placed = placedByFile.get(file)
  if (placed === undefined) {
    const found: CatalogProblem[] = []
    placed = { entries: placeFileEntries(file, found), problems: found }
    placedByFile.set(file, placed)
  }
  problems.push(...placed.problems)
  return placed.entries
}

function placeFileEntries(file: ParsedCatalogFile, problems: CatalogProblem[]): PlacedEntry[] {
  const { reports, hosts } = file.data
  // What a URL says is needed only for an entry that leaves its id, tool or kind to it (a sync
  // writes all three); then every URL counts, to see whether the file holds two hosts of a tool.
  const derives = reports.some(
    (entry) =>
      entry.url !== undefined &&
      (entry.id === undefined || entry.tool === undefined || entry.kind === undefined),
  )
  const identities = derives
    ? reports.map((entry) => (entry.url ? identifyUrl(entry.url) : null))
    : []
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
    const derived = identity ? { tool: identity.tool, kind: identity.kind } : null
    placed.push({ id, entry, derived, hosts, file, index })
  })
  return placed
}

interface Merged {
  report: Report
  hidden: boolean
  last: PlacedEntry
}

/**
 * The report an entry makes of what earlier layers gave, built directly: every part has passed
 * its schema already (the file's entry, the earlier report, the file's hosts), so the merged
 * report can only fail ReportSchema for a missing required field, an id derived from a URL, or
 * filters that clash. When any of those is in doubt this returns null, and the schema decides
 * (and words the problem). The result equals `ReportSchema.parse` of the merge, key order too;
 * it saves parsing 50,000 reports a second time on every load.
 */
function mergedReport(previous: Report | undefined, placed: PlacedEntry): Report | null {
  const { entry, derived } = placed
  const title = entry.title ?? previous?.title
  const tool = entry.tool ?? derived?.tool ?? previous?.tool
  const kind = entry.kind ?? derived?.kind ?? previous?.kind
  const url = entry.url ?? previous?.url
  if (title === undefined || tool === undefined || kind === undefined || url === undefined) {
    return null
  }
  if (entry.id !== placed.id && previous?.id !== placed.id) {
    if (!ReportIdSchema.safeParse(placed.id).success) return null
  }
  const filters = entry.filters ?? previous?.filters ?? []
  if (mayClash(filters) && ambiguousFilters(filters).length > 0) return null
  return {
    id: placed.id,
    title,
    aliases: entry.aliases ?? previous?.aliases ?? [],
    tool,
    kind,
    url,
    section: entry.section ?? previous?.section ?? [],
    description: entry.description ?? previous?.description ?? '',
    notes: entry.notes ?? previous?.notes ?? '',
    scope: entry.scope ?? previous?.scope ?? 'company',
    filters,
    related: entry.related ?? previous?.related ?? [],
    sources: entry.sources ?? previous?.sources ?? [],
    hosts: entry.url !== undefined ? placed.hosts : (previous?.hosts ?? []),
  }
}

/**
 * Whether two filters might share a name or a URL parameter (then `ambiguousFilters` decides).
 * A report has a handful of filters: comparing pairs is cheaper than its sets.
 */
function mayClash(filters: readonly Filter[]): boolean {
  for (let i = 1; i < filters.length; i++) {
    const a = filters[i] as Filter
    for (let j = 0; j < i; j++) {
      const b = filters[j] as Filter
      if (a.name === b.name || filterParameter(a) === filterParameter(b)) return true
    }
  }
  return false
}

/** The report an entry makes of what earlier layers gave, or the problems that stop it. */
function applyEntry(previous: Merged | undefined, placed: PlacedEntry): Merged | CatalogProblem[] {
  // Field by field: what this layer writes replaces, what it leaves out stays.
  const { hidden } = placed.entry
  if (hidden === true && !previous) {
    return [problem(placed, 'hidden', 'hides a report no earlier layer defines', 'warning')]
  }
  const merged = mergedReport(previous?.report, placed)
  if (merged !== null) {
    return { report: merged, hidden: hidden ?? previous?.hidden ?? false, last: placed }
  }
  const fields: ReportEntry = { ...placed.derived, ...placed.entry, id: placed.id }
  delete fields.hidden
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
  // Reloading files that did not change (the loader hands back the same parsed files): the same
  // catalog, without merging 50,000 reports again.
  const last = lastLayered
  if (
    last !== null &&
    last.files.length === files.length &&
    last.files.every((f, i) => f.layer === files[i]?.layer && f.file === files[i]?.file)
  ) {
    const { catalog, problems } = last.result
    return {
      catalog: { reports: [...catalog.reports], customers: [...catalog.customers] },
      problems: [...problems],
    }
  }
  const result = mergeFiles(files)
  lastLayered = { files: [...files], result }
  return {
    catalog: { reports: [...result.catalog.reports], customers: [...result.catalog.customers] },
    problems: [...result.problems],
  }
}

let lastLayered: { files: LayeredFile[]; result: LayerResult } | null = null

function mergeFiles(files: readonly LayeredFile[]): LayerResult {
  const problems: CatalogProblem[] = []
  const merged = new Map<string, Merged>()
  for (const layer of LAYERS) {
    const inLayer = files.filter((f) => f.layer === layer)
    const entries = inLayer.flatMap(({ file }) => placeEntries(file, problems))
    mergeLayer(merged, entries, layer, problems)
  }
  const reports: Report[] = []
  for (const m of merged.values()) if (!m.hidden) reports.push(m.report)
  // Most catalogs name no related reports: the set of ids is made only when one does.
  let ids: Set<string> | null = null
  for (const report of reports) {
    if (report.related.length === 0) continue
    ids ??= new Set(reports.map((r) => r.id))
    const known = ids
    const missing = report.related.filter((id) => !known.has(id))
    if (missing.length > 0) {
      const placed = merged.get(report.id)?.last
      if (placed) {
        problems.push(problem(placed, 'related', `unknown report ${missing.join(', ')}`, 'warning'))
      }
    }
  }
  return { catalog: { reports, customers: mergeCustomers(files) }, problems }
}
