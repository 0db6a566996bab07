import { describe, expect, it } from 'vitest'
import { MainHotkey } from '../../../src/main/hotkey'
import { PinHotkeys } from '../../../src/main/pin-hotkeys'
import { PinSchema, defaultState, type Pin, type State } from '../../../src/shared/state/schema'
import { FakeShortcuts } from './fakes'

const MAIN = 'CommandOrControl+Shift+Space'

function pin(label: string, hotkey: string | null, customer = 'Chime'): Pin {
  return PinSchema.parse({ label, report: 'looker-dashboard-409', customer, hotkey })
}

function setup(taken: string[] = []) {
  const shortcuts = new FakeShortcuts(taken)
  const pressed: string[] = []
  const pins = new PinHotkeys(shortcuts, (label) => void pressed.push(label))
  return { shortcuts, pins, pressed }
}

describe('pin hotkeys', () => {
  it('registers each pin hotkey; pressing one opens that pin', () => {
    const { shortcuts, pins, pressed } = setup()
    const problems = pins.sync(
      [pin('Server instances — Chime', 'Ctrl+Alt+1'), pin('Acme', null, 'Acme')],
      MAIN,
    )
    expect(problems).toEqual([])
    expect(shortcuts.keys()).toEqual(['Ctrl+Alt+1'])
    expect(pins.active()).toEqual(new Map([['Server instances — Chime', 'Ctrl+Alt+1']]))
    shortcuts.press('Ctrl+Alt+1')
    expect(pressed).toEqual(['Server instances — Chime'])
  })

  it('names the pin and the key taken by another program, and tries again on the next sync', () => {
    const { shortcuts, pins } = setup(['Ctrl+Alt+1'])
    const list = [pin('Server instances — Chime', 'Ctrl+Alt+1')]
    expect(pins.sync(list, MAIN)).toEqual([
      {
        label: 'Server instances — Chime',
        hotkey: 'Ctrl+Alt+1',
        message:
          'The pin "Server instances — Chime": Ctrl+Alt+1 is taken by another program; the pin has no hotkey for now. Choose another key for it in settings.',
      },
    ])
    expect(pins.active().size).toBe(0)
    shortcuts.taken.clear()
    expect(pins.sync(list, MAIN)).toEqual([])
    expect(shortcuts.keys()).toEqual(['Ctrl+Alt+1'])
  })

  it('refuses the main hotkey, in any spelling, without trying to register it', () => {
    const { shortcuts, pins } = setup()
    const [problem] = pins.sync([pin('Chime', 'Ctrl+Shift+Space')], MAIN)
    expect(problem?.message).toMatch(/Ctrl\+Shift\+Space is already the Dashkey hotkey/)
    expect(shortcuts.calls).toEqual([])
  })

  it('gives a key two pins want to the first, and refuses the second', () => {
    const { shortcuts, pins } = setup()
    const problems = pins.sync([pin('One', 'Ctrl+Alt+1'), pin('Two', 'Alt+Ctrl+1')], MAIN)
    expect(problems.map((p) => p.message)).toEqual([
      'The pin "Two": Alt+Ctrl+1 is already the hotkey of the pin "One"; the pin has no hotkey for now. Choose another key for it in settings.',
    ])
    expect(shortcuts.keys()).toEqual(['Ctrl+Alt+1'])
  })

  it('refuses an invalid accelerator before registration, and the previous key stays', () => {
    const { shortcuts, pins } = setup()
    pins.sync([pin('One', 'Ctrl+Alt+1')], MAIN)
    const [problem] = pins.sync([pin('One', 'Ctrl+Alt+')], MAIN)
    expect(problem?.message).toMatch(/empty part.*; Ctrl\+Alt\+1 stays active/)
    expect(shortcuts.keys()).toEqual(['Ctrl+Alt+1'])
    expect(shortcuts.calls).toEqual(['+Ctrl+Alt+1'])
  })

  it('re-syncs exactly what changed: a changed key, a removed hotkey, a removed pin', () => {
    const { shortcuts, pins } = setup()
    pins.sync(
      [pin('One', 'Ctrl+Alt+1'), pin('Two', 'Ctrl+Alt+2'), pin('Three', 'Ctrl+Alt+3')],
      MAIN,
    )
    shortcuts.calls.length = 0
    pins.sync(
      [pin('One', 'Ctrl+Alt+1'), pin('Two', 'Ctrl+Alt+5'), pin('Three', 'Ctrl+Alt+3')],
      MAIN,
    )
    expect(shortcuts.calls).toEqual(['+Ctrl+Alt+5', '-Ctrl+Alt+2'])
    shortcuts.calls.length = 0
    pins.sync([pin('One', null), pin('Two', 'Ctrl+Alt+5')], MAIN)
    expect(shortcuts.calls.sort()).toEqual(['-Ctrl+Alt+1', '-Ctrl+Alt+3'])
    expect(shortcuts.keys()).toEqual(['Ctrl+Alt+5'])
    shortcuts.calls.length = 0
    pins.sync([pin('Two', 'Ctrl+Alt+5')], MAIN)
    expect(shortcuts.calls).toEqual([])
  })

  it('lets a removed pin key go before another pin takes it in the same pass', () => {
    const { shortcuts, pins } = setup()
    pins.sync([pin('One', 'Ctrl+Alt+1')], MAIN)
    expect(pins.sync([pin('Two', 'Ctrl+Alt+1')], MAIN)).toEqual([])
    expect(pins.active()).toEqual(new Map([['Two', 'Ctrl+Alt+1']]))
    expect(shortcuts.keys()).toEqual(['Ctrl+Alt+1'])
  })

  it('a key that fails to register keeps the previous one', () => {
    const { shortcuts, pins } = setup(['Ctrl+Alt+9'])
    pins.sync([pin('One', 'Ctrl+Alt+1')], MAIN)
    const [problem] = pins.sync([pin('One', 'Ctrl+Alt+9')], MAIN)
    expect(problem?.message).toMatch(
      /Ctrl\+Alt\+9 is taken by another program; Ctrl\+Alt\+1 stays active/,
    )
    expect(shortcuts.keys()).toEqual(['Ctrl+Alt+1'])
  })

  it('reports a register() that throws', () => {
    const shortcuts = new FakeShortcuts()
    const strict = new PinHotkeys(
      {
        register: () => {
          throw new Error('conversion failure')
        },
        unregister: shortcuts.unregister,
      },
      () => {},
    )
    const [problem] = strict.sync([pin('One', 'Ctrl+Alt+1')], MAIN)
    expect(problem?.message).toMatch(/Ctrl\+Alt\+1 could not be registered \(conversion failure\)/)
    expect(strict.active().size).toBe(0)
  })

  describe('claim (the settings view)', () => {
    const state = (pins: Pin[]): State => ({ ...defaultState(), pins })

    it('registers the new key first, then lets the old go; undo puts the old back', () => {
      const { shortcuts, pins } = setup()
      pins.sync([pin('One', 'Ctrl+Alt+1')], MAIN)
      shortcuts.calls.length = 0
      const undo = pins.claim('one', 'Ctrl+Alt+2', state([pin('One', 'Ctrl+Alt+1')]))
      expect(shortcuts.calls).toEqual(['+Ctrl+Alt+2', '-Ctrl+Alt+1'])
      undo()
      expect(shortcuts.keys()).toEqual(['Ctrl+Alt+1'])
      expect(pins.hotkeyOf('ONE')).toBe('Ctrl+Alt+1')
    })

    it.each([
      ['Ctrl+Alt+T', /^Ctrl\+Alt\+T is taken by another program; Ctrl\+Alt\+1 stays active$/],
      ['Ctrl+Banana', /"Banana" in "Ctrl\+Banana" is not a key .*; Ctrl\+Alt\+1 stays active$/],
      ['Ctrl+Shift+Space', /already the Dashkey hotkey; Ctrl\+Alt\+1 stays active$/],
      ['Ctrl+Alt+2', /already the hotkey of the pin "Two"; Ctrl\+Alt\+1 stays active$/],
    ])('refuses %s and the old key keeps working', (key, why) => {
      const { shortcuts, pins } = setup(['Ctrl+Alt+T'])
      const list = [pin('One', 'Ctrl+Alt+1'), pin('Two', 'Ctrl+Alt+2')]
      pins.sync(list, MAIN)
      const s = { ...state(list), settings: { ...defaultState().settings, hotkey: MAIN } }
      expect(() => pins.claim('One', key, s)).toThrow(why)
      expect(shortcuts.keys()).toEqual(['Ctrl+Alt+1', 'Ctrl+Alt+2'])
    })

    it('accepts another spelling of its own key', () => {
      const { shortcuts, pins } = setup()
      pins.sync([pin('One', 'Ctrl+Alt+1')], MAIN)
      pins.claim('One', 'Control+Alt+1', state([pin('One', 'Ctrl+Alt+1')]))
      expect(shortcuts.keys()).toEqual(['Control+Alt+1'])
    })

    it('release lets the key go', () => {
      const { shortcuts, pins } = setup()
      pins.sync([pin('One', 'Ctrl+Alt+1')], MAIN)
      pins.release('ONE')
      expect(shortcuts.keys()).toEqual([])
      pins.release('ONE')
    })
  })
})

describe('the main hotkey', () => {
  it('registers at start; a taken key is reported with the way out', () => {
    const shortcuts = new FakeShortcuts([MAIN])
    const main = new MainHotkey(shortcuts, () => {})
    const result = main.sync(MAIN)
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(
        /CommandOrControl\+Shift\+Space is taken by another program;.*tray.*dashkey toggle/,
      ),
    })
    expect(main.current()).toBeNull()
  })

  it('changes to a free key: new first, then the old goes; pressing toggles', () => {
    const shortcuts = new FakeShortcuts()
    let toggled = 0
    const main = new MainHotkey(shortcuts, () => void toggled++)
    main.sync(MAIN)
    main.claim('Ctrl+Alt+Space')
    expect(shortcuts.calls).toEqual([`+${MAIN}`, '+Ctrl+Alt+Space', `-${MAIN}`])
    shortcuts.press('Ctrl+Alt+Space')
    expect(toggled).toBe(1)
    expect(main.sync('Ctrl+Alt+Space')).toEqual({ ok: true })
    expect(shortcuts.calls).toHaveLength(3)
  })

  it('keeps the old key when the new one is taken or invalid', () => {
    const shortcuts = new FakeShortcuts(['Ctrl+Alt+T'])
    const main = new MainHotkey(shortcuts, () => {})
    main.sync(MAIN)
    expect(() => main.claim('Ctrl+Alt+T')).toThrow(
      `Ctrl+Alt+T is taken by another program; ${MAIN} stays active`,
    )
    expect(() => main.claim('Space')).toThrow(/needs a modifier.*; CommandOrControl.* stays active/)
    expect(main.current()).toBe(MAIN)
    expect(shortcuts.keys()).toEqual([MAIN])
  })

  it('undo puts the old key back', () => {
    const shortcuts = new FakeShortcuts()
    const main = new MainHotkey(shortcuts, () => {})
    main.sync(MAIN)
    const undo = main.claim('Ctrl+Alt+Space')
    undo()
    expect(main.current()).toBe(MAIN)
    expect(shortcuts.keys()).toEqual([MAIN])
  })
})
