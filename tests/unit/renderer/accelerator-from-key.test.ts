import { describe, expect, it } from 'vitest'
import { checkAccelerator } from '../../../src/shared/hotkeys/accelerator'
import {
  acceleratorFromKey,
  type KeyPress,
} from '../../../src/renderer/src/settings/accelerator-from-key'

function press(key: string, code: string, mods: Partial<KeyPress> = {}): KeyPress {
  return { key, code, ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, ...mods }
}
const ctrlAlt = { ctrlKey: true, altKey: true }

describe('a key press as an Electron accelerator', () => {
  it.each([
    [press('k', 'KeyK', ctrlAlt), 'Ctrl+Alt+K'],
    [press('K', 'KeyK', { ctrlKey: true, shiftKey: true }), 'Ctrl+Shift+K'],
    // Shift+1 types "!": the digit is the physical key.
    [press('!', 'Digit1', { ctrlKey: true, shiftKey: true }), 'Ctrl+Shift+1'],
    [press('1', 'Digit1', ctrlAlt), 'Ctrl+Alt+1'],
    [press(' ', 'Space', { ctrlKey: true, shiftKey: true }), 'Ctrl+Shift+Space'],
    [press('Enter', 'Enter', { altKey: true }), 'Alt+Return'],
    [press('ArrowUp', 'ArrowUp', ctrlAlt), 'Ctrl+Alt+Up'],
    [press('PageDown', 'PageDown', { ctrlKey: true }), 'Ctrl+PageDown'],
    [press('Tab', 'Tab', { altKey: true }), 'Alt+Tab'],
    [press('F13', 'F13'), 'F13'],
    [press('F24', 'F24', { shiftKey: true }), 'Shift+F24'],
    [press('5', 'Numpad5', ctrlAlt), 'Ctrl+Alt+num5'],
    [press('+', 'NumpadAdd', ctrlAlt), 'Ctrl+Alt+numadd'],
    [press(',', 'Comma', ctrlAlt), 'Ctrl+Alt+,'],
    // Option+K on a Mac types "˚": the physical key.
    [press('˚', 'KeyK', { altKey: true, shiftKey: true }), 'Alt+Shift+K'],
    // Dvorak: the character, not the position.
    [press('k', 'KeyV', ctrlAlt), 'Ctrl+Alt+K'],
    [press('MediaPlayPause', 'MediaPlayPause'), 'MediaPlayPause'],
  ])('%o is %s, which Electron accepts', (input, accelerator) => {
    expect(acceleratorFromKey(input, false)).toEqual({ type: 'key', accelerator })
    expect(checkAccelerator(accelerator)).toEqual({ ok: true })
  })

  it('names Meta Super elsewhere and Command on a Mac', () => {
    const input = press('d', 'KeyD', { metaKey: true, shiftKey: true })
    expect(acceleratorFromKey(input, false)).toEqual({ type: 'key', accelerator: 'Shift+Super+D' })
    expect(acceleratorFromKey(input, true)).toEqual({ type: 'key', accelerator: 'Command+Shift+D' })
  })

  it('waits while only modifiers are down', () => {
    expect(acceleratorFromKey(press('Control', 'ControlLeft', { ctrlKey: true }), false)).toEqual({
      type: 'modifiers',
      text: 'Ctrl+…',
    })
    expect(acceleratorFromKey(press('Alt', 'AltLeft', ctrlAlt), false)).toEqual({
      type: 'modifiers',
      text: 'Ctrl+Alt+…',
    })
  })

  it('records a lone letter, which the check then refuses', () => {
    const recorded = acceleratorFromKey(press('k', 'KeyK'), false)
    expect(recorded).toEqual({ type: 'key', accelerator: 'K' })
    expect(checkAccelerator('K')).toMatchObject({
      ok: false,
      error: expect.stringContaining('needs a modifier'),
    })
  })

  it('says so of a key Electron has no name for', () => {
    expect(acceleratorFromKey(press('Dead', 'IntlRo', ctrlAlt), false)).toEqual({
      type: 'unknown',
      key: 'Dead',
    })
  })
})
