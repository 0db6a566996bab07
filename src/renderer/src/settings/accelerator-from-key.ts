/**
 * A key press as an Electron accelerator ("Ctrl+Alt+K", "Super+Shift+Return"), for the hotkey
 * recorder. Pure: it reads a plain object, so it is testable without a DOM.
 */

/** The parts of a keyboard event the recorder reads. */
export interface KeyPress {
  key: string
  code: string
  ctrlKey: boolean
  altKey: boolean
  shiftKey: boolean
  metaKey: boolean
}

export type Recorded =
  /** Only modifiers are down so far ("Ctrl+Alt+…"): wait for the key. */
  | { type: 'modifiers'; text: string }
  | { type: 'key'; accelerator: string }
  /** A key Electron has no name for. */
  | { type: 'unknown'; key: string }

const MODIFIER_KEYS = new Set([
  'Control',
  'Alt',
  'AltGraph',
  'Shift',
  'Meta',
  'OS',
  'Super',
  'Hyper',
])

/** Electron's names of keys, by `KeyboardEvent.code` (and by `key`, for the named ones). */
const NAMES: Readonly<Record<string, string>> = {
  Space: 'Space',
  ' ': 'Space',
  Tab: 'Tab',
  Enter: 'Return',
  NumpadEnter: 'Return',
  Backspace: 'Backspace',
  Delete: 'Delete',
  Insert: 'Insert',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Escape: 'Escape',
  PrintScreen: 'PrintScreen',
  CapsLock: 'Capslock',
  NumLock: 'Numlock',
  ScrollLock: 'Scrolllock',
  Minus: '-',
  Equal: '=',
  BracketLeft: '[',
  BracketRight: ']',
  Backslash: '\\',
  Semicolon: ';',
  Quote: "'",
  Comma: ',',
  Period: '.',
  Slash: '/',
  Backquote: '`',
  NumpadAdd: 'numadd',
  NumpadSubtract: 'numsub',
  NumpadMultiply: 'nummult',
  NumpadDivide: 'numdiv',
  NumpadDecimal: 'numdec',
  AudioVolumeUp: 'VolumeUp',
  AudioVolumeDown: 'VolumeDown',
  AudioVolumeMute: 'VolumeMute',
  MediaTrackNext: 'MediaNextTrack',
  MediaTrackPrevious: 'MediaPreviousTrack',
  MediaStop: 'MediaStop',
  MediaPlayPause: 'MediaPlayPause',
}

/** The modifiers held, in Electron's usual order; Meta is Command on a Mac, Super elsewhere. */
export function modifiersOf(press: KeyPress, mac: boolean): string[] {
  const held: string[] = []
  if (press.ctrlKey) held.push('Ctrl')
  if (press.metaKey && mac) held.push('Command')
  if (press.altKey) held.push('Alt')
  if (press.shiftKey) held.push('Shift')
  if (press.metaKey && !mac) held.push('Super')
  return held
}

/**
 * The key's name. A letter is the character where it is one (Dvorak's K is where it says K), else
 * the physical key (Option+K on a Mac types "˚"); a digit is the physical key (Shift+1 types "!").
 */
function keyName(press: KeyPress): string | null {
  if (/^[a-z]$/i.test(press.key)) return press.key.toUpperCase()
  const code = press.code
  const letter = /^Key([A-Z])$/.exec(code)
  if (letter) return letter[1] ?? null
  const digit = /^(?:Digit|Numpad)([0-9])$/.exec(code)
  if (digit) return code.startsWith('Numpad') ? `num${digit[1]}` : (digit[1] ?? null)
  const fn = /^F([1-9]|1[0-9]|2[0-4])$/.exec(code) ?? /^F([1-9]|1[0-9]|2[0-4])$/.exec(press.key)
  if (fn) return `F${fn[1]}`
  if (Object.hasOwn(NAMES, code)) return NAMES[code] ?? null
  if (Object.hasOwn(NAMES, press.key)) return NAMES[press.key] ?? null
  return null
}

/** What a key press records: modifiers so far, a whole accelerator, or a key without a name. */
export function acceleratorFromKey(press: KeyPress, mac: boolean): Recorded {
  const modifiers = modifiersOf(press, mac)
  if (MODIFIER_KEYS.has(press.key)) {
    return { type: 'modifiers', text: modifiers.length ? `${modifiers.join('+')}+…` : '' }
  }
  const name = keyName(press)
  if (name === null) return { type: 'unknown', key: press.key || press.code }
  return { type: 'key', accelerator: [...modifiers, name].join('+') }
}
