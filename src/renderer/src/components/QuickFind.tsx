import { useEffect, useEffectEvent, useId, useMemo, useReducer, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { takesCustomer } from '../../../shared/catalog/filters'
import type { Customer } from '../../../shared/catalog/schema'
import type { SearchResult } from '../../../shared/search'
import { copyToClipboard, hideWindow, openInBrowser } from '../api/main-actions'
import { customerPlaceholder } from '../customers/customer-placeholder'
import { matchCustomers } from '../customers/match-customers'
import { useCatalog } from '../hooks/useCatalog'
import { useMessages } from '../hooks/useMessages'
import { useNotices } from '../hooks/useNotices'
import { useSearchResults } from '../hooks/useSearchResults'
import { escapeStep, type Field, type KeyAction } from '../keyboard/key-action'
import { moveIndex } from '../keyboard/list-move'
import { readKey } from '../keyboard/read-key'
import { selectedIndex, selectionOf } from '../quick-find/selection'
import { initialState, quickFindReducer } from '../quick-find/state'
import { openRequest } from '../report/open-values'
import { needsCustomer, twinOf } from '../report/report-rules'
import { CustomerField } from './CustomerField'
import { FiltersPanel } from './FiltersPanel'
import { KeyHints } from './KeyList'
import { LinkPreview } from './LinkPreview'
import { MessageList } from './MessageList'
import { ResultList } from './ResultList'
import { SearchBox } from './SearchBox'
import { SelectionBar } from './SelectionBar'
import { StartSection } from './StartSection'

/** An action on the selected report; it waits for the results of what was just typed. */
type ReportAction =
  { type: 'enter'; field: Field } | { type: 'twin' } | { type: 'copy'; format: 'url' | 'markdown' }

const NO_CUSTOMERS: Customer[] = []

/**
 * The quick-find window: the search box and its results, the selected report's customer,
 * filters and exact link, and what main has to say.
 */
export function QuickFind() {
  const { messages, show, dismiss, clear } = useMessages()
  const snapshot = useCatalog((message) => show('error', message))
  const notices = useNotices((message) => show('error', message))
  const [state, dispatch] = useReducer(quickFindReducer, initialState)
  const [customerFocused, setCustomerFocused] = useState(false)
  const waiting = useRef<ReportAction | null>(null)
  const searchInput = useRef<HTMLInputElement>(null)
  const customerInput = useRef<HTMLInputElement>(null)
  const panel = useRef<HTMLElement>(null)
  const listboxId = useId()
  const optionId = (index: number) => `${listboxId}-option-${index}`

  const { results, fresh, error: searchError } = useSearchResults(snapshot, state.query)
  const customers = snapshot?.customers ?? NO_CUSTOMERS
  const byId = useMemo(
    () => new Map((snapshot?.reports ?? []).map((report) => [report.id, report])),
    [snapshot],
  )
  const selection = selectionOf(state, results, byId, customers)
  const { index, result: selected, suggestions, chosen, customerFor, requestFor } = selection
  const expanded = results.length > 0
  const blank = state.query.trim() === ''

  useEffect(
    () =>
      window.dashkey.onWindowShown(() => {
        searchInput.current?.focus()
        searchInput.current?.select()
      }),
    [],
  )

  function focusSearch() {
    searchInput.current?.focus()
  }

  function focusCustomer(): boolean {
    const input = customerInput.current
    if (input === null || input.disabled) return false
    input.focus()
    return true
  }

  /** Main builds, checks and opens the link, then hides the window: a fresh start next time. */
  async function open(request: ReturnType<typeof openRequest>) {
    clear()
    if (await openInBrowser(request, show)) dispatch({ type: 'reset' })
  }

  function enter(result: SearchResult | undefined, field: Field) {
    if (result === undefined) {
      if (!blank) show('info', 'No report matches: there is nothing to open.')
      return
    }
    const customer = customerFor(result)
    // A single-customer report opened without one would show an empty filter: ask first. Enter
    // in the customer field itself opens, customer or not: the person has been asked.
    if (field !== 'customer' && needsCustomer(result.report, customer) && focusCustomer()) return
    void open(requestFor(result, customer))
  }

  function openTwin(result: SearchResult | undefined) {
    if (result === undefined) return
    const twin = twinOf(result.report, byId)
    if (twin === null) {
      show('info', `“${result.report.title}” has no twin report.`)
      return
    }
    const customer = chosen === undefined ? (result.customer?.name ?? null) : chosen
    void open(openRequest(twin, customer, undefined))
  }

  function run(action: ReportAction, list: readonly SearchResult[]) {
    const result = list[selectedIndex(list, state.selectedId)]
    if (action.type === 'enter') enter(result, action.field)
    else if (action.type === 'twin') openTwin(result)
    else if (result === undefined) show('info', 'Select a report to copy its link.')
    else void copyToClipboard(requestFor(result), action.format, show)
  }

  /** Runs now, or once the results of the text just typed arrive (Enter right after typing). */
  function whenFresh(action: ReportAction) {
    if (fresh) run(action, results)
    else waiting.current = action
  }

  const runWaiting = useEffectEvent(() => {
    const action = waiting.current
    waiting.current = null
    if (action !== null) run(action, results)
  })
  useEffect(() => {
    if (fresh) runWaiting()
  }, [fresh, results])

  function toggleFilters(open: boolean) {
    if (!open) {
      dispatch({ type: 'filters', open: false })
      focusSearch()
    } else if (selected === undefined) {
      show('info', 'Select a report to set its filters.')
    } else {
      flushSync(() => dispatch({ type: 'filters', open: true }))
      panel.current?.querySelector('input')?.focus()
    }
  }

  function escape(field: Field) {
    const step = escapeStep({ filtersOpen: state.filtersOpen, field, query: state.query })
    if (step === 'closeFilters') toggleFilters(false)
    else if (step === 'leaveCustomer') focusSearch()
    else if (step === 'clear') {
      dispatch({ type: 'query', query: '' })
      clear()
      focusSearch()
    } else void hideWindow(show)
  }

  /** What a key does here; false lets the browser have it (Tab where no customer applies). */
  function handleKey(action: KeyAction, field: Field): boolean {
    switch (action.type) {
      case 'move': {
        if (field === 'customer') {
          const { move } = action
          const shown = selection.shownCustomer
          dispatch({ type: 'customerMove', move, suggestions: suggestions.length, shown })
          return true
        }
        const next = results[moveIndex(index, results.length, action.move)]
        if (next !== undefined) dispatch({ type: 'select', id: next.report.id })
        return true
      }
      case 'enter':
      case 'twin':
        whenFresh(action.type === 'enter' ? { type: 'enter', field } : action)
        return true
      case 'copy':
        whenFresh(action)
        return true
      case 'toCustomer':
        return selected !== undefined && focusCustomer()
      case 'toggleFilters':
        toggleFilters(!state.filtersOpen)
        return true
      case 'openFilters':
        if (selected === undefined) return false
        toggleFilters(true)
        return true
      case 'escape':
        escape(field)
        return true
    }
  }

  function pick(result: SearchResult) {
    flushSync(() => dispatch({ type: 'select', id: result.report.id }))
    enter(result, 'search')
  }

  return (
    <main
      className="quick-find"
      onKeyDown={(event) => {
        const key = readKey(event.nativeEvent, expanded)
        if (key !== null && handleKey(key.action, key.field)) event.preventDefault()
      }}
    >
      <SearchBox
        inputRef={searchInput}
        value={state.query}
        onChange={(query) => dispatch({ type: 'query', query })}
        listboxId={listboxId}
        activeId={expanded && index >= 0 ? optionId(index) : undefined}
        expanded={expanded}
        reportCount={byId.size}
      />
      <div className="body">
        {blank && <StartSection reportCount={byId.size} loading={snapshot === null} />}
        <ResultList
          id={listboxId}
          results={results}
          selectedIndex={index}
          optionId={optionId}
          customerFor={customerFor}
          expanded={expanded}
          stale={!fresh}
          onPick={(i) => {
            const result = results[i]
            if (result !== undefined) pick(result)
          }}
        />
        {!blank && fresh && results.length === 0 && (
          <p className="no-results" role="status">
            No report matches “{state.query.trim()}”.
          </p>
        )}
        {state.filtersOpen && selected !== undefined && (
          <FiltersPanel
            key={selected.report.id}
            panelRef={panel}
            report={selected.report}
            edits={selection.edits}
            onEdit={(name, edit) =>
              dispatch({ type: 'edit', reportId: selected.report.id, name, edit })
            }
          />
        )}
      </div>
      {selected !== undefined && (
        <SelectionBar
          filterCount={selection.filters.length}
          editedCount={selection.editedCount}
          filtersOpen={state.filtersOpen}
          onToggleFilters={() => toggleFilters(!state.filtersOpen)}
          twin={selection.twin}
        >
          <CustomerField
            inputRef={customerInput}
            value={selection.shownCustomer}
            enabled={takesCustomer(selected.report)}
            placeholder={customerPlaceholder(selected.report)}
            suggestions={suggestions}
            active={state.customer.active}
            open={customerFocused}
            onChange={(text) => {
              const count = matchCustomers(customers, text).length
              dispatch({ type: 'customerText', text, suggestions: count })
            }}
            onFocus={() => setCustomerFocused(true)}
            onBlur={() => {
              setCustomerFocused(false)
              const active = suggestions[state.customer.active]
              if (active !== undefined) dispatch({ type: 'customerPick', name: active.name })
            }}
            onPick={(name) => {
              dispatch({ type: 'customerPick', name })
              void open(requestFor(selected, name))
            }}
          />
        </SelectionBar>
      )}
      {selection.link !== null && <LinkPreview link={selection.link} />}
      <MessageList
        notices={notices}
        messages={messages}
        problems={searchError === null ? [] : [searchError]}
        onDismiss={dismiss}
      />
      {!blank && <KeyHints />}
    </main>
  )
}
