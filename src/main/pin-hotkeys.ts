import { checkAccelerator } from '../shared/hotkeys/accelerator'
import { hotkeyOwner, sameAccelerator } from '../shared/state/operations'
import type { Pin, State } from '../shared/state/schema'
import { refusal, tryRegister, type Registration, type ShortcutRegistrar } from './hotkey'

/** A pin whose hotkey Dashkey could not register, for a notice naming the pin and the key. */
export interface PinHotkeyProblem {
  label: string
  hotkey: string
  message: string
}

interface Held {
  /** The pin's label as saved (the map is keyed by its lower-case form). */
  label: string
  hotkey: string
}

const keyOf = (label: string) => label.trim().toLowerCase()

/**
 * The pins' own global hotkeys ("Ctrl+Alt+1 opens Server instances — Chime"). `sync` brings the
 * registrations in line with the saved pins on every change of the state, registering and
 * unregistering only what changed; `claim` is the settings view's way in, which registers the new
 * key before the old one is let go. A key that is invalid, already Dashkey's, or held by another
 * program is refused and the pin's previous key stays active (SECURITY.md rows 16 and 17).
 */
export class PinHotkeys {
  private readonly held = new Map<string, Held>()

  constructor(
    private readonly shortcuts: ShortcutRegistrar,
    /** Called with the pin's label; the caller looks the pin up in the state as it is then. */
    private readonly onPress: (label: string) => void,
  ) {}

  /** The keys registered now: label as saved → accelerator. */
  active(): Map<string, string> {
    return new Map([...this.held.values()].map((h) => [h.label, h.hotkey]))
  }

  /** The key registered for the pin now, or null. */
  hotkeyOf(label: string): string | null {
    return this.held.get(keyOf(label))?.hotkey ?? null
  }

  /** Which other pin holds a key like `hotkey` now, as words for a message. */
  private heldBy(hotkey: string, except: string): string | null {
    for (const [key, held] of this.held) {
      if (key !== except && sameAccelerator(held.hotkey, hotkey)) {
        return `the hotkey of the pin "${held.label}"`
      }
    }
    return null
  }

  /**
   * Registers `hotkey` for the pin and then lets its previous key go. On failure nothing changes:
   * the previous key stays registered.
   */
  private take(label: string, hotkey: string): Registration {
    const key = keyOf(label)
    const before = this.held.get(key)
    // Another spelling of the key it holds: let go first, or register would say "taken".
    const respelling = before !== undefined && sameAccelerator(before.hotkey, hotkey)
    if (respelling) this.shortcuts.unregister(before.hotkey)
    const result = tryRegister(this.shortcuts, hotkey, () => this.onPress(label))
    if (!result.ok) {
      if (respelling) tryRegister(this.shortcuts, before.hotkey, () => this.onPress(label))
      return result
    }
    if (before && !respelling) this.shortcuts.unregister(before.hotkey)
    this.held.set(key, { label, hotkey })
    return result
  }

  /**
   * Registers each pin's hotkey, conflict-checked; returns a problem for each pin whose key could
   * not be had. Pins that are gone or lost their hotkey are unregistered first, so another pin may
   * take their key in the same pass; the incumbent of a key keeps it against a newcomer.
   */
  sync(pins: readonly Pin[], mainHotkey: string | null): PinHotkeyProblem[] {
    const wanted = new Set(pins.filter((p) => p.hotkey?.trim()).map((p) => keyOf(p.label)))
    for (const [key, held] of this.held) {
      if (!wanted.has(key)) {
        this.shortcuts.unregister(held.hotkey)
        this.held.delete(key)
      }
    }
    const problems: PinHotkeyProblem[] = []
    for (const pin of pins) {
      const hotkey = pin.hotkey?.trim()
      if (!hotkey) continue
      const key = keyOf(pin.label)
      const before = this.held.get(key)
      if (before?.hotkey === hotkey) {
        before.label = pin.label
        continue
      }
      const reason = this.refuse(hotkey, key, mainHotkey) ?? this.tryTake(pin.label, hotkey)
      if (reason === null) continue
      const stays = before ? `${before.hotkey} stays active` : 'the pin has no hotkey for now'
      problems.push({
        label: pin.label,
        hotkey,
        message: `The pin "${pin.label}": ${reason}; ${stays}. Choose another key for it in settings.`,
      })
    }
    return problems
  }

  /** Takes the key; null when that worked, else why not. */
  private tryTake(label: string, hotkey: string): string | null {
    const result = this.take(label, hotkey)
    return result.ok ? null : refusal(hotkey, result)
  }

  /** Why `hotkey` cannot be the pin's, before trying to register it; null when nothing stops it. */
  private refuse(hotkey: string, key: string, mainHotkey: string | null): string | null {
    const check = checkAccelerator(hotkey)
    if (!check.ok) return check.error
    if (mainHotkey !== null && sameAccelerator(hotkey, mainHotkey)) {
      return `${hotkey} is already the Dashkey hotkey`
    }
    const owner = this.heldBy(hotkey, key)
    return owner ? `${hotkey} is already ${owner}` : null
  }

  /**
   * Gives the pin `hotkey` now, before the state is saved: refused when invalid, when Dashkey
   * uses it (the main hotkey or another pin, in `state` or registered) or when another program
   * holds it, with an Error saying which key stays active. Returns a function that puts the
   * previous key back, for when saving fails.
   */
  claim(label: string, hotkey: string, state: State): () => void {
    const key = keyOf(label)
    const before = this.held.get(key)
    const stays = before ? `${before.hotkey} stays active` : 'the pin keeps no hotkey'
    if (before?.hotkey === hotkey) return () => {}
    const owner = () => {
      const who = hotkeyOwner(state, hotkey, label)
      return who ? `${hotkey} is already ${who}` : null
    }
    const why = this.refuse(hotkey, key, state.settings.hotkey) ?? owner()
    if (why) throw new Error(`${why}; ${stays}`)
    const result = this.take(label, hotkey)
    if (!result.ok) throw new Error(`${refusal(hotkey, result)}; ${stays}`)
    return () => {
      if (this.held.get(key)?.hotkey !== hotkey) return
      this.release(label)
      if (before) this.take(before.label, before.hotkey)
    }
  }

  /** Lets the pin's key go (the pin was removed, or its hotkey taken away). */
  release(label: string): void {
    const key = keyOf(label)
    const held = this.held.get(key)
    if (!held) return
    this.shortcuts.unregister(held.hotkey)
    this.held.delete(key)
  }

  unregisterAll(): void {
    for (const held of this.held.values()) this.shortcuts.unregister(held.hotkey)
    this.held.clear()
  }
}
