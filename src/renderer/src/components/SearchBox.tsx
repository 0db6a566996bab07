import type { Ref } from 'react'

interface Props {
  inputRef: Ref<HTMLInputElement>
  value: string
  onChange: (value: string) => void
  listboxId: string
  activeId: string | undefined
  expanded: boolean
  reportCount: number
}

/** The search box: an ARIA combobox whose list box is the results. */
export function SearchBox(props: Props) {
  const { inputRef, value, onChange, listboxId, activeId, expanded, reportCount } = props
  return (
    <div className="search">
      <input
        ref={inputRef}
        type="text"
        role="combobox"
        aria-label="Search reports"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={activeId}
        data-field="search"
        value={value}
        placeholder={`Search ${reportCount} reports — a title, then a customer: “batch changes chime”`}
        autoComplete="off"
        spellCheck={false}
        autoFocus
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  )
}
