import type { Filter } from '../../../shared/catalog/schema'
import { literalExpression } from '../../../shared/url/literal'
import { own } from '../../../shared/url/own'

/** What the filters panel holds for one filter: the text, and whether it is an expression. */
export interface FilterEdit {
  text: string
  expression: boolean
}

/** The edits of one report, by filter name. */
export type FilterEdits = Readonly<Record<string, FilterEdit>>

/**
 * How a filter starts in the panel: its default. A string filter whose default a literal
 * cannot say (`None,p1,p2` is three values) starts in expression mode, so leaving it alone or
 * trimming it keeps its meaning; every other filter starts with its text as a plain value.
 */
export function initialEdit(filter: Pick<Filter, 'kind' | 'default'>): FilterEdit {
  const expression =
    filter.kind === 'string' &&
    filter.default !== '' &&
    literalExpression(filter.default) !== filter.default
  return { text: filter.default, expression }
}

/** The filter's current edit: what the person typed, else its initial state. */
export function editOf(
  filter: Pick<Filter, 'name' | 'kind' | 'default'>,
  edits: FilterEdits | undefined,
): FilterEdit {
  return own(edits, filter.name) ?? initialEdit(filter)
}

/** Whether the edit differs from the filter's initial state (only those are sent). */
export function isEdited(filter: Pick<Filter, 'kind' | 'default'>, edit: FilterEdit): boolean {
  const initial = initialEdit(filter)
  return edit.text !== initial.text || edit.expression !== initial.expression
}

/** The edits with one filter's edit replaced (an own property even for a name like `__proto__`). */
export function withEdit(
  edits: FilterEdits | undefined,
  name: string,
  edit: FilterEdit,
): FilterEdits {
  return Object.fromEntries([
    ...Object.entries(edits ?? {}).filter(([key]) => key !== name),
    [name, edit],
  ])
}
