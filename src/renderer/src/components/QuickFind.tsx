import { useEffect, useEffectEvent, useId, useMemo, useReducer, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { takesCustomer } from '../../../shared/catalog/filters'
import type { Customer } from '../../../shared/catalog/schema'
import type { OpenRequest } from '../../../shared/ipc'
import { rankCustomers } from '../../../shared/state/customers'
import type { State } from '../../../shared/state/schema'
import {
  copyToClipboard,
  hideWindow,
  openInBrowser,
  pin,
  setCustomerFavourite,
  toggleFavourite,
} from '../api/main-actions'
import { customerPlaceholder } from '../customers/customer-placeholder'
import { favouriteNames, starTarget } from '../customers/favourite-customers'
import { matchCustomers } from '../customers/match-customers'
import { useAppState } from '../hooks/useAppState'
import { useCatalog } from '../hooks/useCatalog'
import { useMessages } from '../hooks/useMessages'
import { useNotices } from '../hooks/useNotices'
import { useSearchResults } from '../hooks/useSearchResults'
import { escapeStep, type Field, type KeyAction } from '../keyboard/key-action'
import { moveIndex } from '../keyboard/list-move'
import { readKey } from '../keyboard/read-key'
import { learnedQuery, personalData } from '../quick-find/personal'
import { editKeyOf, homeRows, searchRows, type Row } from '../quick-find/rows'
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
  | { type: 'enter'; field: Field }
  | { type: 'twin' }
  | { type: 'copy'; format: 'url' | 'markdown' }
  | { type: 'favourite' }
  | { type: 'pin' }

const NO_CUSTOMERS: Customer[] = []

/**
 * The quick-find window: the search box and its results (in the empty box, the person's pins,
 * favourites and recent reports), the selected report's customer, filters and exact link, and
 * what main has to say.
 */
export function QuickFind({ onOpenSettings }: { onOpenSettings: () => void }) {
  const { messages, show, dismiss, clear } = useMessages()
  const snapshot = useCatalog((message) => show('error', message))
  const notices = useNotices((message) => show('error', message))
  const app = useAppState((message) => show('error', message))
  const [state, dispatch] = useReducer(quickFindReducer, initialState)
  const [customerFocused, setCustomerFocused] = useState(false)
  const waiting = useRef<ReportAction | null>(null)
  const searchInput = useRef<HTMLInputElement>(null)
  const customerInput = useRef<HTMLInputElement>(null)
  const panel = useRef<HTMLElement>(null)
  const listboxId = useId()
  const optionId = (index: number) => `${listboxId}-option-${index}`

  const saved = app.state
  const personal = useMemo(() => personalData(saved), [saved])
  const search = useSearchResults(snapshot, state.query, personal, (message) =>
    show('error', message),
  )
  const { results, fresh, complete, more, error: searchError } = search
  const catalogCustomers = snapshot?.customers ?? NO_CUSTOMERS
  // Favourites first, then by use, then by name: the order the customer field offers them in.
  const customers = useMemo(
    () => rankCustomers(catalogCustomers, saved?.customers ?? [], saved?.recents ?? [], app.at),
    [catalogCustomers, saved, app.at],
  )
  const favouriteCustomers = useMemo(() => favouriteNames(saved), [saved])
  const favouriteReports = useMemo(() => new Set(saved?.favouriteReports ?? []), [saved])
  const byId = useMemo(
    () => new Map((snapshot?.reports ?? []).map((report) => [report.id, report])),
    [snapshot],
  )
  const blank = state.query.trim() === ''
  const rows = useMemo(
    () => (blank ? homeRows(saved, byId, catalogCustomers) : searchRows(results)),
    [blank, saved, byId, catalogCustomers, results],
  )
  const selection = selectionOf(state, rows, byId, customers)
  const { index, result: selected, suggestions, chosen, customerFor, requestFor } = selection
  const expanded = rows.length > 0

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

  /**
   * Main builds, checks and opens the link, then hides the window: a fresh start next time. A
   * report picked from search results takes the query along, so the ranking learns from it.
   */
  async function open(request: OpenRequest, picked: boolean) {
    clear()
    const query = picked ? learnedQuery(state.query) : null
    const sent = query === null ? request : { ...request, query }
    if (await openInBrowser(sent, show)) dispatch({ type: 'reset' })
  }

  function enter(result: Row | undefined, field: Field) {
    if (result === undefined) {
      if (!blank) show('info', 'No report matches: there is nothing to open.')
      return
    }
    const customer = customerFor(result)
    // A single-customer report opened without one would show an empty filter: ask first. Enter
    // in the customer field itself opens, customer or not: the person has been asked.
    if (field !== 'customer' && needsCustomer(result.report, customer) && focusCustomer()) return
    void open(requestFor(result, customer), true)
  }

  function openTwin(result: Row | undefined) {
    if (result === undefined) return
    const twin = twinOf(result.report, byId)
    if (twin === null) {
      show('info', `“${result.report.title}” has no twin report.`)
      return
    }
    const customer = chosen === undefined ? (result.customer?.name ?? null) : chosen
    void open(openRequest(twin, customer, undefined), false)
  }

  /** Takes the state a call answered with, unless a newer change has arrived meanwhile. */
  async function change(call: () => Promise<State | null>): Promise<State | null> {
    const since = app.changes()
    const next = await call()
    if (next !== null) app.accept(next, since)
    return next
  }

  function starReport(result: Row | undefined) {
    if (result === undefined) show('info', 'Select a report to star it.')
    else void change(() => toggleFavourite(result.report, show))
  }

  function pinReport(result: Row | undefined) {
    if (result === undefined) {
      show('info', 'Select a report to pin it.')
      return
    }
    const { reportId, values } = requestFor(result)
    void change(() => pin({ reportId, values }, show))
  }

  /** Stars or unstars a customer; the highlight stays on it while the suggestions reorder. */
  async function starCustomer(name: string, favourite: boolean) {
    const next = await change(() => setCustomerFavourite(name, favourite, show))
    if (next === null || state.customer.active < 0) return
    const reordered = matchCustomers(
      rankCustomers(catalogCustomers, next.customers, next.recents, app.at),
      selection.shownCustomer,
    )
    const active = reordered.findIndex((c) => c.name.toLowerCase() === name.toLowerCase())
    if (active >= 0) dispatch({ type: 'customerActive', index: active })
  }

  function starHighlightedCustomer() {
    const target = starTarget(suggestions, state.customer.active, selection.shownCustomer)
    if (target === null) {
      show('info', 'Highlight a customer to star it.')
      return
    }
    void starCustomer(target.name, !favouriteCustomers.has(target.name.toLowerCase()))
  }

  function run(action: ReportAction, list: readonly Row[]) {
    const result = list[selectedIndex(list, state.selectedKey)]
    if (action.type === 'enter') enter(result, action.field)
    else if (action.type === 'twin') openTwin(result)
    else if (action.type === 'favourite') starReport(result)
    else if (action.type === 'pin') pinReport(result)
    else if (result === undefined) show('info', 'Select a report to copy its link.')
    else void copyToClipboard(requestFor(result), action.format, show)
  }

  /** Runs now, or once the results of the text just typed arrive (Enter right after typing). */
  function whenFresh(action: ReportAction) {
    if (fresh) run(action, rows)
    else waiting.current = action
  }

  const runWaiting = useEffectEvent(() => {
    const action = waiting.current
    waiting.current = null
    if (action !== null) run(action, rows)
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
        // Reaching the end of the first screenful brings the rest of the list, then moves in it.
        const reachesEnd = moveIndex(index, rows.length, action.move) === rows.length - 1
        const list = reachesEnd && !complete ? searchRows(more()) : rows
        const next = list[moveIndex(index, list.length, action.move)]
        if (next !== undefined) dispatch({ type: 'select', key: next.key })
        return true
      }
      case 'enter':
      case 'twin':
        whenFresh(action.type === 'enter' ? { type: 'enter', field } : action)
        return true
      case 'copy':
      case 'pin':
        whenFresh(action)
        return true
      case 'favourite':
        if (field === 'customer') starHighlightedCustomer()
        else whenFresh(action)
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
      case 'settings':
        onOpenSettings()
        return true
    }
  }

  function pick(row: Row) {
    flushSync(() => dispatch({ type: 'select', key: row.key }))
    enter(row, 'search')
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
        <div className="list-column">
          <ResultList
            id={listboxId}
            rows={rows}
            selectedIndex={index}
            optionId={optionId}
            customerFor={customerFor}
            favourites={favouriteReports}
            expanded={expanded}
            stale={!fresh}
            onNearEnd={complete ? null : () => void more()}
            onPick={(i) => {
              const row = rows[i]
              if (row !== undefined) pick(row)
            }}
          />
          {!blank && fresh && results.length === 0 && (
            <p className="no-results" role="status">
              No report matches “{state.query.trim()}”.
            </p>
          )}
          {blank && (
            <StartSection reportCount={byId.size} loading={snapshot === null} listed={expanded} />
          )}
        </div>
        {state.filtersOpen && selected !== undefined && (
          <FiltersPanel
            key={editKeyOf(selected)}
            panelRef={panel}
            report={selected.report}
            edits={selection.edits}
            onEdit={(name, edit) =>
              dispatch({ type: 'edit', key: editKeyOf(selected), name, edit })
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
            favourites={favouriteCustomers}
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
              void open(requestFor(selected, name), true)
            }}
            onStar={(name, favourite) => void starCustomer(name, favourite)}
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
