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
  type Settings,
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
  if (hotkey) checkFreeHotkey(state, hotkey, null)
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

/**
 * An accelerator as a set of modifiers and a key, for comparing two spellings of one key:
 * `Ctrl+Alt+1` is `Alt+Control+1`; Super, Meta, Command and Cmd are one modifier (Electron maps
 * them all to the Windows/Super key, or ⌘ on macOS); Option is Alt; Esc is Escape.
 * CommandOrControl is Command on macOS and Control elsewhere, so it is resolved per platform.
 */
function acceleratorParts(accelerator: string, mac: boolean): string {
  const parts = accelerator.split('+').map((p) => p.trim().toLowerCase())
  const key = parts.pop() ?? ''
  const modifier = (m: string): string => {
    if (m === 'ctrl' || m === 'control') return 'ctrl'
    if (m === 'cmd' || m === 'command' || m === 'super' || m === 'meta') return 'cmd'
    if (m === 'commandorcontrol' || m === 'cmdorctrl') return mac ? 'cmd' : 'ctrl'
    if (m === 'option') return 'alt'
    return m
  }
  const keys: Record<string, string> = { esc: 'escape', return: 'enter' }
  const modifiers = [...new Set(parts.map(modifier))].sort()
  return [...modifiers, keys[key] ?? key].join('+')
}

/** Whether two accelerators name the same keys on macOS or on the other platforms. */
export function sameAccelerator(a: string, b: string): boolean {
  return [true, false].some((mac) => acceleratorParts(a, mac) === acceleratorParts(b, mac))
}

/**
 * Who already uses `hotkey` in Dashkey, as words for a message ("the Dashkey hotkey", `the pin
 * "Server instances — Chime"`), or null. The pin labelled `exceptPin` does not count: it is the
 * one being changed.
 */
export function hotkeyOwner(state: State, hotkey: string, exceptPin: string | null): string | null {
  if (sameAccelerator(hotkey, state.settings.hotkey)) return 'the Dashkey hotkey'
  const pin = state.pins.find(
    (p) =>
      p.hotkey && sameAccelerator(p.hotkey, hotkey) && !(exceptPin && same(p.label, exceptPin)),
  )
  return pin ? `the hotkey of the pin "${pin.label}"` : null
}

/** Refuses an accelerator Electron cannot use, or one Dashkey already uses elsewhere. */
function checkFreeHotkey(state: State, hotkey: string, exceptPin: string | null): void {
  const check = checkAccelerator(hotkey)
  if (!check.ok) throw new StateError(check.error)
  const owner = hotkeyOwner(state, hotkey, exceptPin)
  if (owner) throw new StateError(`${hotkey} is already ${owner}`)
}

/** Gives a pin its own global hotkey, or takes it away (null). */
export function setPinHotkey(state: State, label: string, hotkey: string | null): State {
  const pin = findPin(state, label)
  if (!pin) throw new StateError(`no pin labelled "${label}"`)
  const next = hotkey?.trim() || null
  if (next) checkFreeHotkey(state, next, pin.label)
  return { ...state, pins: state.pins.map((p) => (p === pin ? { ...p, hotkey: next } : p)) }
}

/** Sets the hotkey that shows Dashkey; a key a pin uses is refused. */
export function setMainHotkey(state: State, accelerator: string): State {
  const hotkey = accelerator.trim()
  const check = checkAccelerator(hotkey)
  if (!check.ok) throw new StateError(check.error)
  const pin = state.pins.find((p) => p.hotkey && sameAccelerator(p.hotkey, hotkey))
  if (pin) throw new StateError(`${hotkey} is already the hotkey of the pin "${pin.label}"`)
  return { ...state, settings: { ...state.settings, hotkey } }
}

/** The settings the settings view changes in one go; the hotkey has setMainHotkey. */
export type SettingsPatch = Partial<
  Pick<Settings, 'browserCommand' | 'launchAtLogin' | 'theme' | 'catalogFolders'>
>

/** Applies the given settings and keeps the others; the caller has checked the values. */
export function changeSettings(state: State, patch: SettingsPatch): State {
  const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined))
  return { ...state, settings: { ...state.settings, ...given } }
}

/**
 * What `wanted` lacks and adds compared with `current`, for a reorder: it must name each one
 * exactly once. `key` makes two entries the same (labels: without regard to case).
 */
function checkPermutation(
  current: readonly string[],
  wanted: readonly string[],
  what: string,
  key: (s: string) => string = (s) => s,
): void {
  const have = new Map(current.map((c) => [key(c), c]))
  const seen = new Set<string>()
  for (const entry of wanted) {
    const k = key(entry)
    if (!have.has(k))
      throw new StateError(`the new order names ${entry}, which is not one of your ${what}`)
    if (seen.has(k)) throw new StateError(`the new order names ${entry} twice`)
    seen.add(k)
  }
  const missing = current.filter((c) => !seen.has(key(c)))
  if (missing.length) {
    throw new StateError(
      `the new order leaves out ${missing.join(', ')}: it must hold all your ${what}`,
    )
  }
}

/** The favourite reports in the order given, which must hold exactly the current ones. */
export function reorderFavouriteReports(state: State, ids: readonly string[]): State {
  checkPermutation(state.favouriteReports, ids, 'favourites')
  return { ...state, favouriteReports: [...ids] }
}

/** The pins in the order of the labels given (without regard to case), which must name each pin once. */
export function reorderPins(state: State, labels: readonly string[]): State {
  const key = (label: string) => label.trim().toLowerCase()
  checkPermutation(
    state.pins.map((p) => p.label),
    labels,
    'pins',
    key,
  )
  const byLabel = new Map(state.pins.map((p) => [key(p.label), p]))
  return {
    ...state,
    pins: labels.map((label) => byLabel.get(key(label))).filter((p) => p !== undefined),
  }
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
