// The tray menu as plain data, built from the catalog, the saved state and the hotkeys by a pure
// function, so it is tested as data; src/main/tray.ts turns it into Electron's menu. Every action
// is in the menu: on Linux a click on the icon itself may never arrive (ARCHITECTURE.md).
import { takesCustomer } from '../shared/catalog/filters'
import type { Report } from '../shared/catalog/schema'
import type { Pin, State } from '../shared/state/schema'

/** What a menu item does, as data; the adapter dispatches it. */
export type TrayAction =
  | {
      kind: 'open'
      report: string
      customer: string | null
      set: Record<string, string[]>
      expr: Record<string, string>
    }
  /** Shows the quick-find window. */
  | { kind: 'show' }
  /** Shows the window's settings view. */
  | { kind: 'settings' }
  | { kind: 'quit' }

export type TrayItem =
  | { type: 'action'; label: string; action: TrayAction; accelerator?: string }
  /** Text that does nothing: a heading, or why something is missing. */
  | { type: 'note'; label: string }
  | { type: 'submenu'; label: string; items: TrayItem[] }
  | { type: 'separator' }

export interface TrayMenuInput {
  reports: readonly Pick<Report, 'id' | 'title' | 'filters'>[]
  state: Pick<State, 'favouriteReports' | 'pins' | 'recents' | 'customers'>
  /** The hotkey that shows Dashkey while it is registered, else null (then none is shown). */
  mainHotkey: string | null
  /** The pin hotkeys registered now, label → key: a pin shows its key only while it works. */
  pinHotkeys: ReadonlyMap<string, string>
}

/** Beyond these a menu stops being quick to scan; the rest are a keystroke away in the window. */
export const TRAY_LIMITS = { favourites: 25, pins: 40, recents: 10 } as const

const GONE = 'no longer in the catalog'

const open = (
  report: string,
  customer: string | null,
  set: Record<string, string[]> = {},
  expr: Record<string, string> = {},
): TrayAction => ({ kind: 'open', report, customer, set, expr })

const action = (label: string, act: TrayAction, accelerator?: string | null): TrayItem =>
  accelerator
    ? { type: 'action', label, action: act, accelerator }
    : { type: 'action', label, action: act }

const note = (label: string): TrayItem => ({ type: 'note', label })
const separator: TrayItem = { type: 'separator' }

/** "… and 3 more", opening the window, when a list is cut at its limit. */
function capped<T>(list: readonly T[], limit: number, item: (t: T) => TrayItem): TrayItem[] {
  const shown = list.slice(0, limit).map(item)
  const rest = list.length - shown.length
  return rest > 0 ? [...shown, action(`${rest} more in the window…`, { kind: 'show' })] : shown
}

/** A favourite that takes a customer: the person's favourite customers, then the ways out. */
function customerChoices(report: Pick<Report, 'id'>, favourites: readonly string[]): TrayItem[] {
  return [
    ...(favourites.length
      ? favourites.map((name) => action(name, open(report.id, name)))
      : [note('No favourite customers yet')]),
    separator,
    action('Choose a customer…', { kind: 'show' }),
    action('Open without a customer', open(report.id, null)),
  ]
}

function favouriteItems(
  input: TrayMenuInput,
  byId: Map<string, Pick<Report, 'id' | 'title' | 'filters'>>,
): TrayItem[] {
  const { favouriteReports, customers } = input.state
  if (!favouriteReports.length) return [note('None yet: star a report in the window')]
  const favouriteCustomers = customers.filter((c) => c.favourite).map((c) => c.name)
  return capped(favouriteReports, TRAY_LIMITS.favourites, (id) => {
    const report = byId.get(id)
    // Kept, disabled, with the reason: a favourite that silently vanished would look like a bug;
    // the settings view removes it.
    if (!report) return note(`${id} (${GONE})`)
    return takesCustomer(report)
      ? { type: 'submenu', label: report.title, items: customerChoices(report, favouriteCustomers) }
      : action(report.title, open(report.id, null))
  })
}

function pinItem(pin: Pin, input: TrayMenuInput, known: Set<string>): TrayItem {
  if (!known.has(pin.report)) return note(`${pin.label} (its report is ${GONE})`)
  return action(
    pin.label,
    open(pin.report, pin.customer, pin.set, pin.expr),
    input.pinHotkeys.get(pin.label),
  )
}

/** Pins grouped by customer, in the order the person put them; pins without one come last. */
function pinItems(input: TrayMenuInput, known: Set<string>): TrayItem[] {
  const pins = input.state.pins.slice(0, TRAY_LIMITS.pins)
  if (!pins.length) return [note('None yet: pin a report for a customer in the window')]
  const groups = new Map<string, { customer: string; pins: Pin[] }>()
  const loose: Pin[] = []
  for (const pin of pins) {
    if (pin.customer === null) {
      loose.push(pin)
      continue
    }
    const key = pin.customer.trim().toLowerCase()
    const group = groups.get(key) ?? { customer: pin.customer, pins: [] }
    group.pins.push(pin)
    groups.set(key, group)
  }
  const items: TrayItem[] = [
    ...[...groups.values()].map((group): TrayItem => ({
      type: 'submenu',
      label: group.customer,
      items: group.pins.map((pin) => pinItem(pin, input, known)),
    })),
    ...loose.map((pin) => pinItem(pin, input, known)),
  ]
  const rest = input.state.pins.length - pins.length
  return rest > 0 ? [...items, action(`${rest} more in the window…`, { kind: 'show' })] : items
}

/** Recently opened, newest first; a report the catalog lost is left out (it is history only). */
function recentItems(input: TrayMenuInput, byId: Map<string, Pick<Report, 'title'>>): TrayItem[] {
  const recents = input.state.recents
    .filter((r) => byId.has(r.report))
    .slice(0, TRAY_LIMITS.recents)
  if (!recents.length) return [note('Nothing opened yet')]
  return recents.map((r) => {
    const title = byId.get(r.report)?.title ?? r.report
    return action(r.customer ? `${title} — ${r.customer}` : title, open(r.report, r.customer))
  })
}

/** The whole tray menu for one moment of the catalog, the state and the hotkeys. */
export function buildTrayMenu(input: TrayMenuInput): TrayItem[] {
  const byId = new Map(input.reports.map((r) => [r.id, r]))
  const known = new Set(byId.keys())
  return [
    action('Open Dashkey', { kind: 'show' }, input.mainHotkey),
    separator,
    note('Favourite dashboards'),
    ...favouriteItems(input, byId),
    separator,
    note('Pinned'),
    ...pinItems(input, known),
    separator,
    { type: 'submenu', label: 'Recent', items: recentItems(input, byId) },
    separator,
    action('Settings…', { kind: 'settings' }),
    action('Quit Dashkey', { kind: 'quit' }),
  ]
}

/** The menu as an indented text tree, for the README and for reading a test failure. */
export function renderTrayMenu(items: readonly TrayItem[], depth = 0): string[] {
  const pad = '  '.repeat(depth)
  return items.flatMap((item) => {
    switch (item.type) {
      case 'separator':
        return [`${pad}────────`]
      case 'note':
        return [`${pad}(${item.label})`]
      case 'submenu':
        return [`${pad}${item.label} ▸`, ...renderTrayMenu(item.items, depth + 1)]
      case 'action': {
        const key = item.accelerator ? `   [${item.accelerator}]` : ''
        return [`${pad}${item.label}${key}   → ${describeAction(item.action)}`]
      }
    }
  })
}

function describeAction(act: TrayAction): string {
  if (act.kind !== 'open') return act.kind
  const values = [
    act.customer ? `customer ${act.customer}` : null,
    ...Object.entries(act.set).map(([k, v]) => `set ${k}=${v.join(',')}`),
    ...Object.entries(act.expr).map(([k, v]) => `expr ${k}=${v}`),
  ].filter((v) => v !== null)
  return `open ${act.report}${values.length ? ` (${values.join('; ')})` : ''}`
}
