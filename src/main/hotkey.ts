import type { GlobalShortcut } from 'electron'
import { checkAccelerator } from '../shared/hotkeys/accelerator'
import { sameAccelerator } from '../shared/state/operations'

export { DEFAULT_HOTKEY } from '../shared/state/schema'

export type HotkeyResult = { ok: true } | { ok: false; message: string }

/** The parts of Electron's globalShortcut the hotkeys use; tests and the harness pass fakes. */
export type ShortcutRegistrar = Pick<GlobalShortcut, 'register' | 'unregister'>

/** How a person can still reach Dashkey when the key is not theirs to have. */
const FALLBACK =
  'Change the key in settings, or bind a shortcut of your desktop to the command `dashkey toggle`.'

/**
 * One registration: `register` answers false when another program holds the key, and throws for
 * an accelerator it cannot parse. Both come back as data, never swallowed.
 */
export type Registration = { ok: true } | { ok: false; taken: true } | { ok: false; error: string }

export function tryRegister(
  shortcuts: Pick<GlobalShortcut, 'register'>,
  accelerator: string,
  onPress: () => void,
): Registration {
  try {
    return shortcuts.register(accelerator, onPress) ? { ok: true } : { ok: false, taken: true }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) }
  }
}

/** "taken by another program" or "could not be registered (why)", for a message. */
export function refusal(accelerator: string, result: Exclude<Registration, { ok: true }>): string {
  return 'taken' in result
    ? `${accelerator} is taken by another program`
    : `${accelerator} could not be registered (${result.error})`
}

/**
 * Registers the global hotkey. `register` answers false when another program holds the key, and
 * throws for an accelerator it cannot parse: both are reported with the key and the way out,
 * never swallowed (ueli ignores the result; a person then just sees nothing happen).
 */
export function registerHotkey(
  shortcuts: Pick<GlobalShortcut, 'register'>,
  accelerator: string,
  onPress: () => void,
): HotkeyResult {
  const result = tryRegister(shortcuts, accelerator, onPress)
  if (result.ok) return { ok: true }
  const message =
    'taken' in result
      ? `The hotkey ${accelerator} is taken by another program, so Dashkey could not claim it.`
      : `The hotkey ${accelerator} could not be registered (${result.error}).`
  return { ok: false, message: `${message} ${FALLBACK}` }
}

/**
 * The hotkey that shows Dashkey. A new key is registered before the old one is let go, so a key
 * another program holds (or a typo) leaves the old key working (SECURITY.md rows 16 and 17).
 */
export class MainHotkey {
  private active: string | null = null

  constructor(
    private readonly shortcuts: ShortcutRegistrar,
    private readonly onPress: () => void,
  ) {}

  /** The key registered now, or null when Dashkey holds none. */
  current(): string | null {
    return this.active
  }

  /**
   * Registers `next` and then lets the old key go; returns a function that undoes both (for when
   * saving the new key fails). Throws an Error saying which key stays active when `next` is
   * invalid or cannot be registered.
   */
  claim(next: string): () => void {
    const old = this.active
    const stays = old
      ? `${old} stays active`
      : 'Dashkey has no working hotkey: the tray and `dashkey toggle` still show it'
    const check = checkAccelerator(next)
    if (!check.ok) throw new Error(`${check.error}; ${stays}`)
    if (old === next) return () => {}
    // Another spelling of the key we hold: it must be let go first, or register says "taken".
    const respelling = old !== null && sameAccelerator(old, next)
    if (respelling) this.shortcuts.unregister(old)
    const result = tryRegister(this.shortcuts, next, this.onPress)
    if (!result.ok) {
      if (respelling) tryRegister(this.shortcuts, old, this.onPress)
      throw new Error(`${refusal(next, result)}; ${stays}`)
    }
    if (old !== null && !respelling) this.shortcuts.unregister(old)
    this.active = next
    return () => {
      if (this.active !== next) return
      this.shortcuts.unregister(next)
      this.active = null
      if (old !== null && tryRegister(this.shortcuts, old, this.onPress).ok) this.active = old
    }
  }

  /**
   * Brings the registration in line with the saved key: at start, and on every change of the
   * state (a hand edit of the file). A key that cannot be had leaves the old one working, and is
   * tried again on the next change, since the other program may have let it go.
   */
  sync(saved: string): HotkeyResult {
    if (this.active === saved) return { ok: true }
    try {
      this.claim(saved)
      return { ok: true }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      return { ok: false, message: `The hotkey ${reason}. ${FALLBACK}` }
    }
  }
}
