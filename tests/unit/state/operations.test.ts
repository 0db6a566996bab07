import { describe, expect, it } from 'vitest'
import {
  addPin,
  changeSettings,
  hotkeyOwner,
  reorderFavouriteReports,
  reorderPins,
  sameAccelerator,
  setMainHotkey,
  setPinHotkey,
  StateError,
} from '../../../src/shared/state/operations'
import { defaultState, type State } from '../../../src/shared/state/schema'

function withPins(): State {
  let state = defaultState()
  state = addPin(state, {
    report: 'looker-dashboard-409',
    reportTitle: 'Server instances',
    customer: 'Chime',
    hotkey: 'Ctrl+Alt+1',
  })
  state = addPin(state, {
    report: 'looker-dashboard-382',
    reportTitle: 'Batch changes',
    customer: 'Acme',
  })
  return state
}

describe('sameAccelerator', () => {
  it.each([
    ['Ctrl+Alt+1', 'Alt+Control+1', true],
    ['ctrl+alt+1', 'CTRL+ALT+1', true],
    ['Option+Shift+K', 'Shift+Alt+K', true],
    ['Super+K', 'Meta+K', true],
    ['Cmd+K', 'Super+K', true],
    ['Ctrl+Esc', 'Control+Escape', true],
    ['CommandOrControl+Shift+Space', 'Ctrl+Shift+Space', true],
    ['CmdOrCtrl+Shift+Space', 'Command+Shift+Space', true],
    ['Ctrl+Alt+1', 'Ctrl+Alt+2', false],
    ['Ctrl+Alt+1', 'Ctrl+Shift+1', false],
    ['Ctrl+1', 'Ctrl+num1', false],
    // Cmd and Ctrl are different keys everywhere; CommandOrControl is one of them per platform.
    ['Cmd+K', 'Ctrl+K', false],
  ])('%s and %s: %s', (a, b, same) => {
    expect(sameAccelerator(a, b)).toBe(same)
    expect(sameAccelerator(b, a)).toBe(same)
  })
})

describe('hotkeys in the state', () => {
  it('names who uses a key: the Dashkey hotkey, or a pin (but not the pin being changed)', () => {
    const state = withPins()
    expect(hotkeyOwner(state, 'Ctrl+Shift+Space', null)).toBe('the Dashkey hotkey')
    expect(hotkeyOwner(state, 'Alt+Ctrl+1', null)).toBe(
      'the hotkey of the pin "Server instances — Chime"',
    )
    expect(hotkeyOwner(state, 'Ctrl+Alt+1', 'SERVER INSTANCES — CHIME')).toBeNull()
    expect(hotkeyOwner(state, 'Ctrl+Alt+9', null)).toBeNull()
  })

  it('sets, changes and removes a pin hotkey, refusing invalid and used keys', () => {
    let state = withPins()
    state = setPinHotkey(state, 'batch changes — acme', ' Ctrl+Alt+2 ')
    expect(state.pins[1]!.hotkey).toBe('Ctrl+Alt+2')
    expect(() => setPinHotkey(state, 'Batch changes — Acme', 'Ctrl+Banana')).toThrow(/not a key/)
    expect(() => setPinHotkey(state, 'Batch changes — Acme', 'Alt+Ctrl+1')).toThrow(
      'Alt+Ctrl+1 is already the hotkey of the pin "Server instances — Chime"',
    )
    expect(() => setPinHotkey(state, 'Batch changes — Acme', 'CmdOrCtrl+Shift+Space')).toThrow(
      /already the Dashkey hotkey/,
    )
    expect(() => setPinHotkey(state, 'Nope', 'Ctrl+Alt+3')).toThrow(StateError)
    // The pin's own key again is no conflict.
    expect(setPinHotkey(state, 'Server instances — Chime', 'Ctrl+Alt+1').pins[0]!.hotkey).toBe(
      'Ctrl+Alt+1',
    )
    expect(setPinHotkey(state, 'Batch changes — Acme', null).pins[1]!.hotkey).toBeNull()
  })

  it('refuses a second pin with a key another pin has, in any spelling', () => {
    expect(() =>
      addPin(withPins(), {
        report: 'looker-look-1519',
        reportTitle: 'Monthly users',
        customer: null,
        hotkey: 'Control+Alt+1',
      }),
    ).toThrow(/already the hotkey of the pin/)
  })

  it('sets the main hotkey unless it is invalid or a pin has it', () => {
    const state = withPins()
    expect(setMainHotkey(state, 'Ctrl+Alt+Space').settings.hotkey).toBe('Ctrl+Alt+Space')
    expect(() => setMainHotkey(state, 'Ctrl+Alt+1')).toThrow(
      'Ctrl+Alt+1 is already the hotkey of the pin "Server instances — Chime"',
    )
    expect(() => setMainHotkey(state, 'Space')).toThrow(/needs a modifier/)
  })
})

describe('settings', () => {
  it('changes what is given and keeps the rest', () => {
    const state = changeSettings(defaultState(), { theme: 'dark', browserCommand: undefined })
    expect(state.settings).toEqual({ ...defaultState().settings, theme: 'dark' })
    expect(
      changeSettings(state, { catalogFolders: ['/srv/catalog'], launchAtLogin: true }).settings,
    ).toMatchObject({ theme: 'dark', catalogFolders: ['/srv/catalog'], launchAtLogin: true })
  })
})

describe('reordering', () => {
  const favourites = {
    ...defaultState(),
    favouriteReports: ['looker-dashboard-409', 'looker-look-1519', 'looker-dashboard-382'],
  }

  it('puts the favourites in the order given', () => {
    const ids = ['looker-dashboard-382', 'looker-dashboard-409', 'looker-look-1519']
    expect(reorderFavouriteReports(favourites, ids).favouriteReports).toEqual(ids)
  })

  it.each([
    [['looker-dashboard-409', 'looker-look-1519'], /leaves out looker-dashboard-382/],
    [
      ['looker-dashboard-409', 'looker-look-1519', 'looker-dashboard-382', 'looker-dashboard-1'],
      /names looker-dashboard-1, which is not one of your favourites/,
    ],
    [
      ['looker-dashboard-409', 'looker-dashboard-409', 'looker-look-1519'],
      /names looker-dashboard-409 twice/,
    ],
  ])('refuses an order that is not the same favourites: %j', (ids, why) => {
    expect(() => reorderFavouriteReports(favourites, ids)).toThrow(why)
  })

  it('puts the pins in the order of the labels, without regard to case', () => {
    const state = reorderPins(withPins(), ['BATCH CHANGES — ACME', 'server instances — chime'])
    expect(state.pins.map((p) => p.label)).toEqual([
      'Batch changes — Acme',
      'Server instances — Chime',
    ])
    expect(state.pins[1]!.hotkey).toBe('Ctrl+Alt+1')
    expect(() => reorderPins(withPins(), ['Batch changes — Acme'])).toThrow(/leaves out/)
    expect(() => reorderPins(withPins(), ['Batch changes — Acme', 'batch changes — acme'])).toThrow(
      /twice/,
    )
  })
})
