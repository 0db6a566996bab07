/**
 * Helpers that make catalog and user text safe to put in a message: a URL or a customer name may
 * hold line breaks, terminal escapes or a right-to-left override that would forge or hide parts of
 * the message in a terminal, a log or the window.
 */

/** C0 and C1 controls, DEL, zero-width and bidi controls, line and paragraph separators, BOM. */
// eslint-disable-next-line no-control-regex -- escaping control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g
/** Enough of a URL to recognise it; the rest of a 30,000-character link helps nobody. */
const MAX_SHOWN = 200

function escapeInvisible(text: string): string {
  return text.replace(
    INVISIBLE,
    (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  )
}

/** The text with invisible characters written as `\uXXXX`, cut after 200 characters. */
export function printable(text: string): string {
  const chars = Array.from(text)
  const cut = chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN).join('')}…` : text
  return escapeInvisible(cut)
}

/** The text in double quotes, escaped like a JSON string plus invisible characters. */
export function quote(text: string): string {
  return escapeInvisible(JSON.stringify(text))
}

/** A filter name for a list: bare when that is unambiguous, quoted when it has edge spaces, commas or quotes. */
export function listName(name: string): string {
  return /^\s|\s$|[,"\\]/.test(name) || escapeInvisible(name) !== name ? quote(name) : name
}

/** 32767 -> "32,767", the same in every locale. */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}
