import { describe, expect, it } from 'vitest'
import { checkAccelerator } from '../../../src/shared/hotkeys/accelerator'

describe('hotkeys are checked before registration', () => {
  it.each([
    'CommandOrControl+Shift+Space',
    'Ctrl+Alt+1',
    'Super+K',
    'Alt+F4',
    'F9',
    'MediaPlayPause',
    'CmdOrCtrl+Shift+Plus',
    'Ctrl+/',
    'Shift+PageDown',
  ])('accepts %s', (accelerator) => {
    expect(checkAccelerator(accelerator)).toEqual({ ok: true })
  })

  it.each([
    ['', /empty/],
    ['Ctrl+', /empty part/],
    ['Ctrl++', /empty part/],
    ['Hyper+K', /not a modifier/],
    ['Ctrl+Ctrl+K', /repeats/],
    ['Ctrl+Shift', /needs a key/],
    ['Ctrl+Banana', /not a key/],
    ['K', /needs a modifier/],
    ['Space', /needs a modifier/],
  ])('refuses %j', (accelerator, why) => {
    const result = checkAccelerator(accelerator)
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.error).toMatch(why)
  })
})
