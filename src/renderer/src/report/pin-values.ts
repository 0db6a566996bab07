import type { Report } from '../../../shared/catalog/schema'
import type { Pin } from '../../../shared/state/schema'
import { literalExpression } from '../../../shared/url/literal'
import { own } from '../../../shared/url/own'
import { editableFilters } from './editable-filters'
import type { FilterEdit, FilterEdits } from './filter-edits'
import { openValues, type OpenValues } from './open-values'

/**
 * A pin's filter values as the filters panel shows them: an expression as an expression, one
 * value as that value, several values (a pin made with the CLI) as the expression that ORs them.
 */
export function pinEdits(
  pin: Pick<Pin, 'set' | 'expr'>,
  report: Pick<Report, 'tool' | 'filters'>,
): FilterEdits {
  const edits: [string, FilterEdit][] = []
  for (const filter of editableFilters(report)) {
    const expression = own(pin.expr, filter.name)
    const values = own(pin.set, filter.name)
    if (expression !== undefined) {
      edits.push([filter.name, { text: expression, expression: true }])
    } else if (values !== undefined && values.length === 1 && values[0] !== undefined) {
      edits.push([filter.name, { text: values[0], expression: false }])
    } else if (values !== undefined) {
      edits.push([filter.name, { text: values.map(literalExpression).join(','), expression: true }])
    }
  }
  return Object.fromEntries(edits)
}

/**
 * The values a pin opens with: its customer (or the one chosen instead), its filter values with
 * the person's edits over them, and, as they are, its values for filters the panel does not edit.
 */
export function pinValues(
  pin: Pick<Pin, 'set' | 'expr'>,
  report: Pick<Report, 'tool' | 'filters'>,
  customer: string | null,
  edits: FilterEdits | undefined,
): OpenValues {
  const values = openValues(report, customer, { ...pinEdits(pin, report), ...edits })
  const editable = new Set(editableFilters(report).map((filter) => filter.name))
  const set = Object.entries(pin.set).filter(([name]) => !editable.has(name))
  const expr = Object.entries(pin.expr).filter(([name]) => !editable.has(name))
  return {
    customer: values.customer,
    set: Object.fromEntries([...Object.entries(values.set), ...set]),
    expr: Object.fromEntries([...Object.entries(values.expr), ...expr]),
  }
}
