import type { GlobalShortcut } from 'electron'

export { DEFAULT_HOTKEY } from '../shared/state/schema'

export type HotkeyResult = { ok: true } | { ok: false; message: string }

/** How a person can still reach Dashkey when the key is not theirs to have. */
const FALLBACK =
  'Change the key in settings, or bind a shortcut of your desktop to the command `dashkey toggle`.'

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
  try {
    if (shortcuts.register(accelerator, onPress)) return { ok: true }
    return {
      ok: false,
      message: `The hotkey ${accelerator} is taken by another program, so Dashkey could not claim it. ${FALLBACK}`,
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return {
      ok: false,
      message: `The hotkey ${accelerator} could not be registered (${reason}). ${FALLBACK}`,
    }
  }
}
