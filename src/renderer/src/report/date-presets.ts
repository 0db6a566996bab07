import type { Filter } from '../../../shared/catalog/schema'

/** A Looker date filter expression offered in the filters panel, with what it means. */
export interface DatePreset {
  expression: string
  label: string
}

/**
 * Looker's common date filter expressions (`N unit` is the last N units up to now, `this` and
 * `last` are whole calendar periods, `N unit ago for M unit` a window further back).
 */
export const DATE_PRESETS: readonly DatePreset[] = [
  { expression: 'today', label: 'today' },
  { expression: 'yesterday', label: 'yesterday' },
  { expression: '7 day', label: 'the last 7 days' },
  { expression: '14 day', label: 'the last 14 days' },
  { expression: '30 day', label: 'the last 30 days' },
  { expression: '90 day', label: 'the last 90 days' },
  { expression: 'this week', label: 'this calendar week' },
  { expression: 'last week', label: 'the previous calendar week' },
  { expression: '4 week', label: 'the last 4 weeks' },
  { expression: '4 week ago for 4 week', label: 'the 4 weeks before the last 4' },
  { expression: 'this month', label: 'this calendar month' },
  { expression: 'last month', label: 'the previous calendar month' },
  { expression: '3 months', label: 'the last 3 months' },
  { expression: '6 months', label: 'the last 6 months' },
  { expression: 'this quarter', label: 'this calendar quarter' },
  { expression: 'last quarter', label: 'the previous calendar quarter' },
  { expression: 'this year', label: 'this calendar year' },
  { expression: 'last year', label: 'the previous calendar year' },
  { expression: '1 year', label: 'the last 12 months' },
  { expression: '2 years', label: 'the last 2 years' },
]

/**
 * The choices for one filter: for a date filter its own default first (marked as such), then
 * the presets; other kinds get none.
 */
export function filterChoices(filter: Pick<Filter, 'kind' | 'default'>): DatePreset[] {
  if (filter.kind !== 'date') return []
  const own = filter.default.trim()
  if (own === '') return [...DATE_PRESETS]
  const rest = DATE_PRESETS.filter((preset) => preset.expression !== own)
  const known = DATE_PRESETS.find((preset) => preset.expression === own)
  return [{ expression: own, label: `default${known ? `: ${known.label}` : ''}` }, ...rest]
}
