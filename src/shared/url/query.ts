import type { Filter } from '../catalog/schema'
import type { FilledFilter } from './expression'
import { filterParameter } from '../catalog/filters'
import { quote } from './show'

export type QueryResult =
  { ok: true; query: string; warnings: string[] } | { ok: false; error: string }

/**
 * `encodeURIComponent`, but `undefined` instead of a throw for text with a lone UTF-16 surrogate
 * (a broken emoji pasted into a customer name), so the caller can say which value is broken.
 */
function encode(text: string): string | undefined {
  try {
    return encodeURIComponent(text)
  } catch {
    return undefined
  }
}

/** The parameters in order: stored ones in place (a filter's replaced), then filters not stored. */
function orderedPairs(
  stored: URLSearchParams,
  filters: readonly Filter[],
  filled: ReadonlyMap<Filter, FilledFilter>,
): { pairs: [string, string][]; warnings: string[] } {
  const byParameter = new Map(filters.map((filter) => [filterParameter(filter), filter]))
  const emitted = new Set<string>()
  const pairs: [string, string][] = []
  const warnings: string[] = []
  for (const [key, value] of stored) {
    if (emitted.has(key)) {
      if (!byParameter.has(key))
        warnings.push(`the stored link repeats ${quote(key)}; its first value is kept`)
      continue
    }
    emitted.add(key)
    const filter = byParameter.get(key)
    pairs.push([key, filter ? (filled.get(filter)?.expression ?? filter.default) : value])
  }
  for (const filter of filters) {
    const key = filterParameter(filter)
    const fill = filled.get(filter)
    // A default the stored link did not carry is still sent: the catalog says it is the filter's value.
    if (emitted.has(key) || !fill || (!fill.given && fill.expression === '')) continue
    emitted.add(key)
    pairs.push([key, fill.expression])
  }
  return { pairs, warnings }
}

/**
 * The query string: every parameter as `encodeURIComponent(name)=encodeURIComponent(expression)`
 * joined with `&`. Not URLSearchParams' serializer, which writes spaces as `+`: `+` means a
 * space only to form decoders, while `%20` (and `%2B` for a plus) reads the same to every decoder.
 */
export function buildQuery(
  stored: URLSearchParams,
  filters: readonly Filter[],
  filled: ReadonlyMap<Filter, FilledFilter>,
): QueryResult {
  const { pairs, warnings } = orderedPairs(stored, filters, filled)
  const parts: string[] = []
  for (const [key, expression] of pairs) {
    const name = encode(key)
    const value = encode(expression)
    if (name === undefined || value === undefined) {
      return {
        ok: false,
        error: `the value for ${quote(key)} is not valid text (it holds a lone UTF-16 surrogate)`,
      }
    }
    parts.push(`${name}=${value}`)
  }
  return { ok: true, query: parts.join('&'), warnings }
}
