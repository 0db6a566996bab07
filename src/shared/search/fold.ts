/**
 * Text folding for the search index: the same case and accent folding fuse.js applies before it
 * compares (lower case, then diacritics stripped, with its few letters that do not decompose:
 * "ß" → "ss", "ø" → "o"…), so that a word of the index is a piece of the text fuse.js compares.
 *
 * Catalog text is nearly always ASCII; that case takes a fast path (no Unicode normalisation,
 * no regular expression), which is most of what keeps building the index of 50,000 reports cheap.
 */
import { splitWords } from './words'

const NON_ASCII = /[\u0080-\uffff]/
const MARKS = /\p{M}+/gu
const WORD = /[\p{L}\p{N}]+/gu
// The letters fuse.js maps by hand because Unicode does not decompose them (see its diacritics.ts).
const NON_DECOMPOSABLE: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ø: 'o',
  ħ: 'h',
  ŧ: 't',
  ı: 'i',
  ß: 'ss',
}
const NON_DECOMPOSABLE_RE = /[łđøħŧıß]/g

function foldNonAscii(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(NON_DECOMPOSABLE_RE, (ch) => NON_DECOMPOSABLE[ch] ?? ch)
}

/** Lower case, accents off: the form a text is compared in. */
export function foldText(text: string): string {
  return NON_ASCII.test(text) ? foldNonAscii(text) : text.toLowerCase()
}

/** A query word (already split and lower-cased by `splitWords`) in the index's form. */
export function foldWord(word: string): string {
  return NON_ASCII.test(word) ? foldNonAscii(word) : word
}

const NOT_ASCII_WORD = /[^a-z0-9]+/

/** The words (runs of letters and digits) of a folded text, in order, repeats kept. */
export function foldedWords(folded: string): string[] {
  if (NON_ASCII.test(folded)) return Array.from(folded.matchAll(WORD), (m) => m[0])
  const words = folded.split(NOT_ASCII_WORD)
  // A separator at either end leaves an empty string there.
  if (words[0] === '') words.shift()
  if (words.at(-1) === '') words.pop()
  return words
}

const ASCII_SEPARATORS = /[^a-z0-9]+/g

/**
 * A name as `literalTier` compares it: its words joined by single spaces. Exactly
 * `splitWords(text).map((w) => w.text).join(' ')`, with a fast path for ASCII text.
 */
export function tierName(text: string): string {
  if (NON_ASCII.test(text)) {
    return splitWords(text)
      .map((word) => word.text)
      .join(' ')
  }
  return text.toLowerCase().replace(ASCII_SEPARATORS, ' ').trim()
}
