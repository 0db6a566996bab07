import type { Customer, Report } from '../shared/catalog/schema'
import type { FilterValues } from '../shared/url/types'
import { CliError } from './io'

/** `Filter=value` → [Filter, value]; a missing `=` is a malformed command line (exit 2). */
export function splitAssignment(option: string, text: string): [string, string] {
  const at = text.indexOf('=')
  if (at <= 0) throw new CliError(`${option} takes "Filter=value", got "${text}"`, 2)
  return [text.slice(0, at), text.slice(at + 1)]
}

/**
 * The report's own filter name for what the user typed: exact first, then without regard to case
 * and surrounding spaces, so `Week=…` finds the filter stored as " Week". An unknown name is
 * passed on as typed, and buildUrl refuses it with the list of the report's filters.
 */
export function filterNameFor(report: Report, typed: string): string {
  const names = report.filters.map((f) => f.name)
  if (names.includes(typed)) return typed
  const folded = typed.trim().toLowerCase()
  return names.find((n) => n.trim().toLowerCase() === folded) ?? typed
}

export interface ValueOptions {
  set: string[]
  expr: string[]
}

export function filterValues(
  report: Report,
  options: ValueOptions,
  customer: Customer | null,
): FilterValues {
  const set: Record<string, string[]> = {}
  for (const text of options.set) {
    const [name, value] = splitAssignment('--set', text)
    const key = filterNameFor(report, name)
    set[key] = [...(set[key] ?? []), value]
  }
  const expr: Record<string, string> = {}
  for (const text of options.expr) {
    const [name, value] = splitAssignment('--expr', text)
    expr[filterNameFor(report, name)] = value
  }
  return { customer, set, expr }
}
