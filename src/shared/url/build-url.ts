import type { Filter, Report } from '../catalog/schema'
import { checkUrl } from './check'
import { fillFilter, type FilledFilter } from './expression'
import { buildQuery } from './query'
import { quote } from './show'
import type { BuildResult, FilterValues } from './types'
import { staticValuesError, valuesError } from './values'

/**
 * The URL that opens `report` with `values` filled in, checked by {@link checkUrl}.
 *
 * Amplitude links and reports without filters open as stored. Otherwise each stored query
 * parameter keeps its place, a filter's parameter gets the filter's expression (an explicit
 * expression, set values as literals ORed with `,`, the customer's name or attribute, else the
 * default; never the example), filters the stored link lacks are appended in catalog order when
 * they have a value or a non-empty default, and no key is emitted twice. Names and expressions are
 * percent-encoded with `encodeURIComponent` (spaces `%20`, `+` as `%2B`). Never throws: problems
 * come back as `{ ok: false, error }`, naming the report and the filter.
 */
export function buildUrl(report: Report, values: FilterValues = {}): BuildResult {
  // The stored link is checked first: parsing keeps only origin, path and hash, so a user name or
  // an odd character in it would otherwise be dropped silently instead of refused.
  const stored = checkUrl(report.url, report.hosts)
  if (!stored.ok) return stored
  if (report.tool === 'amplitude' || report.filters.length === 0) {
    const error = staticValuesError(report, values)
    return error === undefined
      ? { ok: true, url: report.url, warnings: stored.warnings }
      : { ok: false, error }
  }
  const error = valuesError(report, values)
  if (error !== undefined) return { ok: false, error }

  const filled = new Map<Filter, FilledFilter>(
    report.filters.map((filter) => [filter, fillFilter(filter, values)]),
  )
  const parsed = new URL(report.url) // parses: checkUrl just did
  const query = buildQuery(parsed.searchParams, report.filters, filled)
  if (!query.ok) return { ok: false, error: `${quote(report.title)}: ${query.error}` }

  const url = `${parsed.origin}${parsed.pathname}${query.query ? `?${query.query}` : ''}${parsed.hash}`
  const checked = checkUrl(url, report.hosts)
  if (!checked.ok) return checked
  const warnings = [...[...filled.values()].flatMap((fill) => fill.warnings), ...query.warnings]
  return { ok: true, url, warnings: [...warnings, ...checked.warnings] }
}
