import { describe, expect, it } from 'vitest'
import {
  buildTrayMenu,
  renderTrayMenu,
  TRAY_LIMITS,
  type TrayItem,
  type TrayMenuInput,
} from '../../../src/main/tray-menu'
import { addPin, upsertCustomer } from '../../../src/shared/state/operations'
import { defaultState, type State } from '../../../src/shared/state/schema'

const reports: TrayMenuInput['reports'] = [
  {
    id: 'looker-dashboard-409',
    title: 'Server instances',
    filters: [{ name: 'Account name', customer: 'name', default: '', kind: 'string' }],
  },
  { id: 'looker-look-1519', title: 'Monthly users', filters: [] },
  {
    id: 'looker-dashboard-382',
    title: 'Batch changes — single customer',
    filters: [{ name: 'Account name', customer: 'name', default: '', kind: 'string' }],
  },
]

function menu(state: State, overrides: Partial<TrayMenuInput> = {}): TrayItem[] {
  return buildTrayMenu({
    reports,
    state,
    mainHotkey: 'CommandOrControl+Shift+Space',
    pinHotkeys: new Map(),
    ...overrides,
  })
}
const text = (items: TrayItem[]) => renderTrayMenu(items)

function pinned(state: State): State {
  let next = state
  next = addPin(next, {
    report: 'looker-dashboard-409',
    reportTitle: 'Server instances',
    customer: 'Chime',
    hotkey: 'Ctrl+Alt+1',
  })
  next = addPin(next, {
    report: 'looker-dashboard-382',
    reportTitle: 'Batch changes',
    customer: 'Acme, Inc.',
    set: { 'Account Type': ['Customer'] },
  })
  next = addPin(next, {
    report: 'looker-dashboard-382',
    reportTitle: 'Batch changes',
    customer: 'chime',
    label: 'Chime batch changes',
  })
  next = addPin(next, { report: 'looker-look-1519', reportTitle: 'Monthly users', customer: null })
  return next
}

describe('the tray menu as data', () => {
  it('with nothing saved: open, empty sections that say how to fill them, settings, quit', () => {
    expect(menu(defaultState())).toEqual([
      {
        type: 'action',
        label: 'Open Dashkey',
        action: { kind: 'show' },
        accelerator: 'CommandOrControl+Shift+Space',
      },
      { type: 'separator' },
      { type: 'note', label: 'Favourite dashboards' },
      { type: 'note', label: 'None yet: star a report in the window' },
      { type: 'separator' },
      { type: 'note', label: 'Pinned' },
      { type: 'note', label: 'None yet: pin a report for a customer in the window' },
      { type: 'separator' },
      { type: 'submenu', label: 'Recent', items: [{ type: 'note', label: 'Nothing opened yet' }] },
      { type: 'separator' },
      { type: 'action', label: 'Settings…', action: { kind: 'settings' } },
      { type: 'action', label: 'Quit Dashkey', action: { kind: 'quit' } },
    ])
  })

  it('shows no hotkey beside "Open Dashkey" while the hotkey is not registered', () => {
    expect(menu(defaultState(), { mainHotkey: null })[0]).toEqual({
      type: 'action',
      label: 'Open Dashkey',
      action: { kind: 'show' },
    })
  })

  it('lists favourites; one that takes a customer says there are no favourite customers yet', () => {
    const state = {
      ...defaultState(),
      favouriteReports: ['looker-dashboard-409', 'looker-look-1519'],
    }
    expect(text(menu(state)).slice(2, 11)).toEqual([
      '(Favourite dashboards)',
      'Server instances ▸',
      '  (No favourite customers yet)',
      '  ────────',
      '  Choose a customer…   → show',
      '  Open without a customer   → open looker-dashboard-409',
      'Monthly users   → open looker-look-1519',
      '────────',
      '(Pinned)',
    ])
  })

  it('offers the favourite customers, in their order, under a favourite that takes one', () => {
    let state: State = { ...defaultState(), favouriteReports: ['looker-dashboard-409'] }
    state = upsertCustomer(state, { name: 'Initech' })
    state = upsertCustomer(state, { name: 'Chime', favourite: true })
    state = upsertCustomer(state, { name: 'AT&T', favourite: true })
    const [favourite] = menu(state).filter((i) => i.type === 'submenu' && i.label !== 'Recent')
    expect(favourite).toEqual({
      type: 'submenu',
      label: 'Server instances',
      items: [
        {
          type: 'action',
          label: 'Chime',
          action: {
            kind: 'open',
            report: 'looker-dashboard-409',
            customer: 'Chime',
            set: {},
            expr: {},
          },
        },
        {
          type: 'action',
          label: 'AT&T',
          action: {
            kind: 'open',
            report: 'looker-dashboard-409',
            customer: 'AT&T',
            set: {},
            expr: {},
          },
        },
        { type: 'separator' },
        { type: 'action', label: 'Choose a customer…', action: { kind: 'show' } },
        {
          type: 'action',
          label: 'Open without a customer',
          action: {
            kind: 'open',
            report: 'looker-dashboard-409',
            customer: null,
            set: {},
            expr: {},
          },
        },
      ],
    })
  })

  it('groups pins by customer (in any case), with their values and working hotkeys; loose pins last', () => {
    const items = menu(pinned(defaultState()), {
      pinHotkeys: new Map([['Server instances — Chime', 'Ctrl+Alt+1']]),
    })
    const start = items.findIndex((i) => i.type === 'note' && i.label === 'Pinned')
    expect(text(items.slice(start, start + 4))).toEqual([
      '(Pinned)',
      'Chime ▸',
      '  Server instances — Chime   [Ctrl+Alt+1]   → open looker-dashboard-409 (customer Chime)',
      '  Chime batch changes   → open looker-dashboard-382 (customer chime)',
      'Acme, Inc. ▸',
      '  Batch changes — Acme, Inc.   → open looker-dashboard-382 (customer Acme, Inc.; set Account Type=Customer)',
      'Monthly users   → open looker-look-1519',
    ])
    const acme = items[start + 2]
    expect(acme).toMatchObject({
      type: 'submenu',
      items: [
        {
          action: {
            kind: 'open',
            report: 'looker-dashboard-382',
            customer: 'Acme, Inc.',
            set: { 'Account Type': ['Customer'] },
            expr: {},
          },
        },
      ],
    })
  })

  it('shows no key for a pin whose hotkey is not registered (taken by another program)', () => {
    const items = menu(pinned(defaultState()), { pinHotkeys: new Map() })
    expect(text(items).join('\n')).not.toMatch(/Ctrl\+Alt\+1/)
  })

  it('keeps a favourite or pin whose report is gone, disabled with why; drops it from Recent', () => {
    const state: State = {
      ...pinned(defaultState()),
      favouriteReports: ['looker-dashboard-999', 'looker-look-1519'],
      recents: [
        { report: 'looker-dashboard-999', customer: 'Chime', at: 2 },
        { report: 'looker-look-1519', customer: null, at: 1 },
      ],
    }
    const gone = reports.filter((r) => r.id !== 'looker-dashboard-409')
    const lines = text(menu(state, { reports: gone }))
    expect(lines).toContain('(looker-dashboard-999 (no longer in the catalog))')
    expect(lines).toContain('  (Server instances — Chime (its report is no longer in the catalog))')
    expect(lines.slice(lines.indexOf('Recent ▸'), lines.indexOf('Recent ▸') + 3)).toEqual([
      'Recent ▸',
      '  Monthly users   → open looker-look-1519',
      '────────',
    ])
  })

  it('lists recents newest first with their customer, at most ten', () => {
    const recents = Array.from({ length: 14 }, (_, i) => ({
      report: 'looker-dashboard-409',
      customer: `Customer ${i}`,
      at: 100 - i,
    }))
    const recent = menu({ ...defaultState(), recents }).find(
      (i): i is Extract<TrayItem, { type: 'submenu' }> =>
        i.type === 'submenu' && i.label === 'Recent',
    )
    expect(recent?.items).toHaveLength(TRAY_LIMITS.recents)
    expect(recent?.items[0]).toEqual({
      type: 'action',
      label: 'Server instances — Customer 0',
      action: {
        kind: 'open',
        report: 'looker-dashboard-409',
        customer: 'Customer 0',
        set: {},
        expr: {},
      },
    })
  })

  it('cuts a long favourites list and offers the rest in the window', () => {
    const many = Array.from({ length: 30 }, (_, i) => `looker-look-${i}`)
    const items = menu({ ...defaultState(), favouriteReports: many })
    const lines = text(items)
    expect(lines.filter((l) => l.includes('no longer in the catalog'))).toHaveLength(
      TRAY_LIMITS.favourites,
    )
    expect(lines).toContain('5 more in the window…   → show')
  })
})
