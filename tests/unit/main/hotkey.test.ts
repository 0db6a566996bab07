import { describe, expect, it } from 'vitest'
import { DEFAULT_HOTKEY, registerHotkey } from '../../../src/main/hotkey'
import { isWayland, platformSwitches } from '../../../src/main/platform'

describe('the global hotkey', () => {
  it('registers the default key and toggles on press', () => {
    let pressed = 0
    const registered: string[] = []
    const result = registerHotkey(
      {
        register: (accelerator: string, callback: () => void) => {
          registered.push(accelerator)
          callback()
          return true
        },
      },
      DEFAULT_HOTKEY,
      () => pressed++,
    )
    expect(result).toEqual({ ok: true })
    expect(registered).toEqual(['CommandOrControl+Shift+Space'])
    expect(pressed).toBe(1)
  })

  it('says which key is taken and how to get Dashkey anyway', () => {
    const result = registerHotkey({ register: () => false }, DEFAULT_HOTKEY, () => {})
    expect(result.ok).toBe(false)
    const message = result.ok ? '' : result.message
    expect(message).toMatch(/CommandOrControl\+Shift\+Space is taken by another program/)
    expect(message).toMatch(/settings/)
    expect(message).toMatch(/dashkey toggle/)
  })

  it('reports a register() that throws, with its reason', () => {
    const result = registerHotkey(
      {
        register: () => {
          throw new Error('Error processing argument at index 0, conversion failure')
        },
      },
      'Ctrl+Nope',
      () => {},
    )
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(
        /Ctrl\+Nope could not be registered \(Error processing argument/,
      ),
    })
  })
})

describe('Wayland', () => {
  it.each([
    [{ XDG_SESSION_TYPE: 'wayland' }, 'linux', true],
    [{ WAYLAND_DISPLAY: 'wayland-0' }, 'linux', true],
    [{ XDG_SESSION_TYPE: 'x11', DISPLAY: ':0' }, 'linux', false],
    [{ XDG_SESSION_TYPE: 'wayland' }, 'darwin', false],
  ] as const)('%j on %s is Wayland: %s', (env, platform, wayland) => {
    expect(isWayland(env, platform)).toBe(wayland)
  })

  it('enables the GlobalShortcutsPortal feature there, and nothing elsewhere', () => {
    expect(platformSwitches(true)).toEqual([['enable-features', 'GlobalShortcutsPortal']])
    expect(platformSwitches(false)).toEqual([])
  })
})
