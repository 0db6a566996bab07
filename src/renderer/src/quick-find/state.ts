import { own } from '../../../shared/url/own'
import { moveIndex, type ListMove } from '../keyboard/list-move'
import { withEdit, type FilterEdit, type FilterEdits } from '../report/filter-edits'

/**
 * The customer field: `text` is null while the person has not touched it, and the field then
 * shows the customer the query named; `active` is the highlighted suggestion (-1 none).
 */
export interface CustomerInput {
  text: string | null
  active: number
}

export interface QuickFindState {
  query: string
  /** The selected row's key (see rows.ts); null selects the first row. */
  selectedKey: string | null
  customer: CustomerInput
  filtersOpen: boolean
  /**
   * Filter edits by report id (a pin's by its own key, see editKeyOf), kept while the window
   * lives so a report keeps its edits.
   */
  edits: Readonly<Record<string, FilterEdits>>
}

export type QuickFindAction =
  | { type: 'query'; query: string }
  | { type: 'select'; key: string }
  | { type: 'customerText'; text: string; suggestions: number }
  | { type: 'customerMove'; move: ListMove; suggestions: number; shown: string }
  | { type: 'customerPick'; name: string }
  /** The highlighted suggestion moved with its customer (the suggestions were reordered). */
  | { type: 'customerActive'; index: number }
  | { type: 'filters'; open: boolean }
  | { type: 'edit'; key: string; name: string; edit: FilterEdit }
  | { type: 'reset' }

const UNTOUCHED: CustomerInput = { text: null, active: -1 }

export const initialState: QuickFindState = {
  query: '',
  selectedKey: null,
  customer: UNTOUCHED,
  filtersOpen: false,
  edits: {},
}

export function quickFindReducer(state: QuickFindState, action: QuickFindAction): QuickFindState {
  switch (action.type) {
    case 'query':
      // New text is a new search: the first result, the customer it names, no panel open.
      if (action.query === state.query) return state
      return {
        ...state,
        query: action.query,
        selectedKey: null,
        customer: UNTOUCHED,
        filtersOpen: false,
      }
    case 'select':
      return { ...state, selectedKey: action.key }
    case 'customerText':
      // The first match is selected as soon as something is typed; Enter takes it.
      return {
        ...state,
        customer: {
          text: action.text,
          active: action.text.trim() !== '' && action.suggestions > 0 ? 0 : -1,
        },
      }
    case 'customerMove':
      return {
        ...state,
        customer: {
          text: state.customer.text ?? action.shown,
          active: moveIndex(state.customer.active, action.suggestions, action.move, { min: -1 }),
        },
      }
    case 'customerActive':
      return state.customer.text === null
        ? state
        : { ...state, customer: { ...state.customer, active: action.index } }
    case 'customerPick':
      return { ...state, customer: { text: action.name, active: -1 } }
    case 'filters':
      return state.filtersOpen === action.open ? state : { ...state, filtersOpen: action.open }
    case 'edit':
      return {
        ...state,
        edits: {
          ...state.edits,
          [action.key]: withEdit(own(state.edits, action.key), action.name, action.edit),
        },
      }
    case 'reset':
      return initialState
  }
}
