/**
 * The changes a person makes to their saved state, as pure functions from state to state. The app
 * and the CLI both run them inside the store's locked read-modify-write, so they behave the same.
 */
import { checkAccelerator } from '../hotkeys/accelerator'
import { recordUse } from '../search/frecency'
import {
  MAX_RECENTS,
  PinSchema,
  SavedCustomerSchema,
  type Pin,
  type SavedCustomer,
  type State,
} from './schema'

/** A change the person asked for that cannot be made; its message says why. */
export class StateError extends Error {}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()

export interface CustomerInput {
  name: string
  aliases?: readonly string[]
  attributes?: Readonly<Record<string, string>>
  favourite?: boolean
}

/** Adds a customer, or updates the one of that name: new aliases join, given attributes replace. */
export function upsertCustomer(state: State, input: CustomerInput): State {
  const existing = state.customers.find((c) => same(c.name, input.name))
  const merged: SavedCustomer = SavedCustomerSchema.parse({
    name: existing?.name ?? input.name.trim(),
    aliases: [...new Set([...(existing?.aliases ?? []), ...(input.aliases ?? [])])],
    attributes: { ...existing?.attributes, ...input.attributes },
    favourite: input.favourite ?? existing?.favourite ?? false,
  })
  const customers = existing
    ? state.customers.map((c) => (c === existing ? merged : c))
    : [...state.customers, merged]
  return { ...state, customers }
}

export function removeCustomer(state: State, name: string): State {
  if (!state.customers.some((c) => same(c.name, name))) {
    throw new StateError(`no saved customer "${name}"`)
  }
  return { ...state, customers: state.customers.filter((c) => !same(c.name, name)) }
}

export function addFavouriteReport(state: State, reportId: string): State {
  if (state.favouriteReports.includes(reportId)) return state
  return { ...state, favouriteReports: [...state.favouriteReports, reportId] }
}

export function removeFavouriteReport(state: State, reportId: string): State {
  if (!state.favouriteReports.includes(reportId)) {
    throw new StateError(`${reportId} is not a favourite`)
  }
  return { ...state, favouriteReports: state.favouriteReports.filter((id) => id !== reportId) }
}

/** Stars a report that is not starred, and unstars one that is. */
export function toggleFavouriteReport(state: State, reportId: string): State {
  return state.favouriteReports.includes(reportId)
    ? removeFavouriteReport(state, reportId)
    : addFavouriteReport(state, reportId)
}

export interface PinInput {
  report: string
  reportTitle: string
  customer: string | null
  label?: string
  set?: Record<string, string[]>
  expr?: Record<string, string>
  hotkey?: string | null
}

/** The label a pin gets when the person gives none: "Server instances — Chime". */
export function defaultPinLabel(reportTitle: string, customer: string | null): string {
  return customer ? `${reportTitle} — ${customer}` : reportTitle
}

/** Pins a report (with its customer and filter values); labels and hotkeys are unique. */
export function addPin(state: State, input: PinInput): State {
  const label = (input.label ?? defaultPinLabel(input.reportTitle, input.customer)).trim()
  if (state.pins.some((p) => same(p.label, label))) {
    throw new StateError(`a pin is already labelled "${label}"; choose another label`)
  }
  const hotkey = input.hotkey?.trim() || null
  if (hotkey) {
    const check = checkAccelerator(hotkey)
    if (!check.ok) throw new StateError(check.error)
    if (
      same(hotkey, state.settings.hotkey) ||
      state.pins.some((p) => p.hotkey && same(p.hotkey, hotkey))
    ) {
      throw new StateError(`the hotkey ${hotkey} is already used by Dashkey`)
    }
  }
  const pin: Pin = PinSchema.parse({
    label,
    report: input.report,
    customer: input.customer,
    set: input.set ?? {},
    expr: input.expr ?? {},
    hotkey,
  })
  return { ...state, pins: [...state.pins, pin] }
}

export function findPin(state: State, label: string): Pin | undefined {
  return state.pins.find((p) => same(p.label, label))
}

export function removePin(state: State, label: string): State {
  if (!findPin(state, label)) throw new StateError(`no pin labelled "${label}"`)
  return { ...state, pins: state.pins.filter((p) => !same(p.label, label)) }
}

export interface OpenedReport {
  report: string
  customer: string | null
  /** What was typed to find it, when it was found by search. */
  query?: string
}

/** Remembers an open: it leads the recents (once per report and customer) and teaches ranking. */
export function recordOpen(state: State, opened: OpenedReport, now: number): State {
  const recents = [
    { report: opened.report, customer: opened.customer, at: now },
    ...state.recents.filter(
      (r) => !(r.report === opened.report && (r.customer ?? '') === (opened.customer ?? '')),
    ),
  ].slice(0, MAX_RECENTS)
  const usage = opened.query?.trim()
    ? recordUse(state.usage, opened.query, opened.report, now)
    : state.usage
  return { ...state, recents, usage }
}
