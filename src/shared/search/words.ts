/** A word of a text in its comparable form, and where it stands in the original text. */
export interface Word {
  text: string
  start: number
  end: number
}

// Letters, combining marks and digits make words; everything else (spaces, "/", "—", ",", ".")
// only separates them, so "DAU/MAU" is the words dau and mau and "Acme, Inc." is acme and inc.
const WORD = /[\p{L}\p{M}\p{N}]+/gu
const MARKS = /\p{M}+/gu

/** Case- and accent-insensitive form of a word: "Zürich" and "zurich" compare equal. */
function normalizeWord(word: string): string {
  return word.normalize('NFD').replace(MARKS, '').toLowerCase()
}

/** The words of a text, normalised, with their positions in the text as given. */
export function splitWords(text: string): Word[] {
  const words: Word[] = []
  for (const match of text.matchAll(WORD)) {
    const normalized = normalizeWord(match[0])
    // A run of combining marks alone normalises to nothing: it is not a word.
    if (normalized) {
      words.push({ text: normalized, start: match.index, end: match.index + match[0].length })
    }
  }
  return words
}
