import { useId, type Ref } from 'react'
import type { Customer } from '../../../shared/catalog/schema'
import { StarIcon } from './Icons'
import { MOD } from './KeyList'

interface Props {
  inputRef: Ref<HTMLInputElement>
  value: string
  /** False for a report without a customer filter. */
  enabled: boolean
  placeholder: string
  suggestions: readonly Customer[]
  /** The person's favourite customers, by name in lower case: a star shows by each. */
  favourites: ReadonlySet<string>
  active: number
  /** The field has the focus: its suggestions show. */
  open: boolean
  onChange: (text: string) => void
  onFocus: () => void
  onBlur: () => void
  onPick: (name: string) => void
  /** Stars or unstars a customer (the star by a suggestion; the keyboard has Ctrl/Cmd+D). */
  onStar: (name: string, favourite: boolean) => void
}

/**
 * The customer field: a combobox over the customers, favourites first. The first match is
 * selected as one types; a name that matches none is used as typed. Ctrl/Cmd+D stars the
 * highlighted one; the star by a suggestion does the same with the mouse.
 */
export function CustomerField(props: Props) {
  const { inputRef, value, enabled, placeholder, suggestions, favourites, active, open } = props
  const id = useId()
  const listboxId = `${id}-list`
  const optionId = (index: number) => `${id}-option-${index}`
  const expanded = open && suggestions.length > 0
  const typed = value.trim()
  const known = suggestions.some((c) => c.name.toLowerCase() === typed.toLowerCase())

  return (
    <div className="customer">
      <label htmlFor={id}>Customer</label>
      <div className="customer-box">
        <input
          ref={inputRef}
          id={id}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          data-field="customer"
          value={value}
          disabled={!enabled}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => props.onChange(event.target.value)}
          onFocus={(event) => {
            event.currentTarget.select()
            props.onFocus()
          }}
          onBlur={props.onBlur}
        />
        <ul id={listboxId} role="listbox" aria-label="Customers" hidden={!expanded}>
          {suggestions.map((customer, index) => {
            const favourite = favourites.has(customer.name.toLowerCase())
            return (
              <li
                key={customer.name}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => props.onPick(customer.name)}
              >
                <span className="customer-name">
                  {customer.name}
                  {customer.aliases.length > 0 && (
                    <span className="aliases"> ({customer.aliases.join(', ')})</span>
                  )}
                </span>{' '}
                {/* Not a button: an option's content is not a control of its own. The keyboard
                    way is Ctrl/Cmd+D; this star is the mouse's. */}
                <span
                  className="customer-star"
                  data-favourite={favourite}
                  title={`${favourite ? 'Unstar' : 'Star'} ${customer.name} (${MOD}+D)`}
                  onClick={(event) => {
                    event.stopPropagation()
                    props.onStar(customer.name, !favourite)
                  }}
                >
                  <StarIcon {...(favourite ? { label: 'Favourite' } : {})} />
                </span>
              </li>
            )
          })}
        </ul>
        {open && typed !== '' && active < 0 && !known && (
          <p className="customer-new" aria-live="polite">
            Enter uses “{typed}” as typed
          </p>
        )}
      </div>
    </div>
  )
}
