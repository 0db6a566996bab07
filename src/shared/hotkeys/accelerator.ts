/**
 * Electron accelerators ("CommandOrControl+Shift+Space", "Ctrl+Alt+1") checked before they reach
 * `globalShortcut.register`, which throws on some bad strings and silently misreads others.
 */
const MODIFIERS = new Set(
  [
    'Command',
    'Cmd',
    'Control',
    'Ctrl',
    'CommandOrControl',
    'CmdOrCtrl',
    'Alt',
    'Option',
    'AltGr',
    'Shift',
    'Super',
    'Meta',
  ].map((m) => m.toLowerCase()),
)

const NAMED_KEYS = [
  'Plus',
  'Space',
  'Tab',
  'Capslock',
  'Numlock',
  'Scrolllock',
  'Backspace',
  'Delete',
  'Insert',
  'Return',
  'Enter',
  'Up',
  'Down',
  'Left',
  'Right',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Escape',
  'Esc',
  'PrintScreen',
  'numdec',
  'numadd',
  'numsub',
  'nummult',
  'numdiv',
]
// Keys a desktop reserves no meaning for on their own: these may stand without a modifier.
const LONE_KEYS = [
  'VolumeUp',
  'VolumeDown',
  'VolumeMute',
  'MediaNextTrack',
  'MediaPreviousTrack',
  'MediaStop',
  'MediaPlayPause',
]
const KEY = new RegExp(
  `^(?:[A-Za-z0-9]|F(?:[1-9]|1[0-9]|2[0-4])|num[0-9]|[)!@#$%^&*(:;<=>?_~{}|"'\`,./\\[\\]\\\\-]|${[...NAMED_KEYS, ...LONE_KEYS].join('|')})$`,
  'i',
)

export type AcceleratorCheck = { ok: true } | { ok: false; error: string }

/** Whether `accelerator` is one key with modifiers that a global shortcut can use. */
export function checkAccelerator(accelerator: string): AcceleratorCheck {
  const text = accelerator.trim()
  if (!text) return { ok: false, error: 'the hotkey is empty' }
  // "Ctrl++" would be ambiguous; Electron spells the plus key "Plus".
  const parts = text.split('+')
  if (parts.some((p) => p.trim() === '')) {
    return { ok: false, error: `"${accelerator}" has an empty part (write the + key as Plus)` }
  }
  const modifiers = parts.slice(0, -1).map((p) => p.trim())
  const key = (parts.at(-1) ?? '').trim()
  const unknown = modifiers.find((m) => !MODIFIERS.has(m.toLowerCase()))
  if (unknown)
    return {
      ok: false,
      error: `"${unknown}" in "${accelerator}" is not a modifier (Ctrl, Alt, Shift, Super, CommandOrControl…)`,
    }
  if (new Set(modifiers.map((m) => m.toLowerCase())).size !== modifiers.length) {
    return { ok: false, error: `"${accelerator}" repeats a modifier` }
  }
  if (MODIFIERS.has(key.toLowerCase()))
    return { ok: false, error: `"${accelerator}" needs a key after its modifiers` }
  if (!KEY.test(key))
    return { ok: false, error: `"${key}" in "${accelerator}" is not a key Electron knows` }
  const lone =
    /^F([1-9]|1[0-9]|2[0-4])$/i.test(key) ||
    LONE_KEYS.some((k) => k.toLowerCase() === key.toLowerCase())
  if (modifiers.length === 0 && !lone) {
    return {
      ok: false,
      error: `"${accelerator}" needs a modifier (Ctrl, Alt, Shift…): alone, the key would stop working in every other program`,
    }
  }
  return { ok: true }
}
