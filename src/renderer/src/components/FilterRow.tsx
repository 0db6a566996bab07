import { useId } from 'react'
import type { Filter } from '../../../shared/catalog/schema'
import { filterChoices } from '../report/date-presets'
import { filterLabel } from '../report/editable-filters'
import type { FilterEdit } from '../report/filter-edits'

interface Props {
  filter: Filter
  edit: FilterEdit
  edited: boolean
  autoFocus: boolean
  onChange: (edit: FilterEdit) => void
}

const HINTS: Readonly<Record<Filter['kind'], string>> = {
  string: 'any value',
  date: 'any date — e.g. 30 day',
  number: 'any number — e.g. [0,2000]',
  raw: 'any value',
}
const EXPRESSION_HINT = 'any value — e.g. FOO%,-FOOD'

/**
 * One filter: its value (a literal, or a Looker expression with "Expression" ticked) and, for
 * a date, the common expressions to pick from.
 */
export function FilterRow({ filter, edit, edited, autoFocus, onChange }: Props) {
  const id = useId()
  const choices = filterChoices(filter)
  const listId = `${id}-choices`
  const label = filterLabel(filter)
  return (
    <div className="filter" data-filter={filter.name} data-edited={edited}>
      <label htmlFor={id} id={`${id}-label`}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        data-field="filter"
        value={edit.text}
        list={choices.length > 0 ? listId : undefined}
        placeholder={edit.expression ? EXPRESSION_HINT : HINTS[filter.kind]}
        autoComplete="off"
        spellCheck={false}
        autoFocus={autoFocus}
        onFocus={(event) => event.currentTarget.select()}
        onChange={(event) => onChange({ ...edit, text: event.target.value })}
      />
      <label className="expression">
        <input
          type="checkbox"
          data-field="filter"
          checked={edit.expression}
          aria-describedby={`${id}-label`}
          onChange={(event) => onChange({ ...edit, expression: event.target.checked })}
        />
        Expression
      </label>
      {choices.length > 0 && (
        <datalist id={listId}>
          {choices.map((choice) => (
            <option key={choice.expression} value={choice.expression} label={choice.label} />
          ))}
        </datalist>
      )}
    </div>
  )
}
