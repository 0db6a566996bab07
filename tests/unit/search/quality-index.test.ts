/**
 * The pieces the fast search rests on agree with fuse.js and with the search's own rules: a
 * word's edits inside a word as fuse.js's Bitap scores them, field norms as fuse.js's index
 * computes them, names as `literalTier` compares them.
 */
import Fuse from 'fuse.js'
import { describe, expect, it } from 'vitest'
import { Rng } from '../../../scripts/bench/random'
import { tierName } from '../../../src/shared/search/fold'
import { MATCHING_OPTIONS } from '../../../src/shared/search/fuse-options'
import { fuseNorm } from '../../../src/shared/search/word-index'
import { maxEdits, substringEdits } from '../../../src/shared/search/word-match'
import { splitWords } from '../../../src/shared/search/words'

const OPTIONS = { ...MATCHING_OPTIONS, includeMatches: false }

/** fuse.js's score of `pattern` in `text`, or null when it does not match. */
function fuseScore(pattern: string, text: string): number | null {
  const result = Fuse.match(pattern, text, OPTIONS)
  return result.isMatch ? result.score : null
}

/** The index's score of `pattern` in one word (see word-match.ts), or null. */
function indexScore(pattern: string, word: string): number | null {
  const k = maxEdits(pattern.length)
  const edits = word.includes(pattern) ? 0 : substringEdits(pattern, word, k)
  if (edits > k) return null
  return edits === 0 ? (word === pattern ? 0 : 0.001) : edits / pattern.length
}

describe('matching a word inside a word', () => {
  it('scores as fuse.js, over thousands of random pairs with typos', () => {
    const rng = new Rng(42)
    const letters = 'aeiornstlcdmu'
    const word = (min: number, max: number) =>
      Array.from({ length: rng.int(min, max) }, () => rng.pick([...letters])).join('')
    const typo = (text: string) => {
      const at = rng.int(0, text.length - 1)
      const kind = rng.int(0, 2)
      if (kind === 0) return text.slice(0, at) + text.slice(at + 1)
      if (kind === 1) return text.slice(0, at) + rng.pick([...letters]) + text.slice(at)
      return text.slice(0, at) + rng.pick([...letters]) + text.slice(at + 1)
    }
    let matched = 0
    for (let i = 0; i < 4000; i++) {
      const text = word(1, 14)
      let pattern = rng.chance(0.6)
        ? text.slice(rng.int(0, 3), text.length - rng.int(0, 3)) || text
        : word(1, 10)
      for (let t = rng.int(0, 3); t > 0 && pattern.length > 1; t--) pattern = typo(pattern)
      const expected = fuseScore(pattern, text)
      expect([pattern, text, indexScore(pattern, text)]).toEqual([pattern, text, expected])
      if (expected !== null) matched++
    }
    expect(matched).toBeGreaterThan(1000)
  })

  it('allows as many edits as the threshold does', () => {
    expect([1, 2, 3, 4, 5, 6, 8, 9, 12].map(maxEdits)).toEqual([0, 0, 1, 1, 1, 2, 2, 3, 4])
  })
})

describe('field norms and names', () => {
  it.each([
    'DAU/MAU',
    'Batch changes — single customer',
    '  two   spaces\tand tab ',
    'x',
    'a\u00a0b',
  ])('norm of %j as fuse.js computes it', (text) => {
    const index = Fuse.createIndex(['t'], [{ t: text }])
    const record = index.records[0] as { $: Record<number, { n: number }> }
    expect(fuseNorm(text)).toBe(record.$[0]?.n)
  })

  it.each([
    '',
    'DAU/MAU',
    '  Batch changes — single customer! ',
    'Acme, Inc.',
    'x\u0010y',
    '[WIP] foo_bar',
    'Zürich 東京',
    'abc123 DEF',
    'Straße',
    'İstanbul',
    'tab\there',
  ])('name of %j as literalTier compares it', (text) => {
    expect(tierName(text)).toBe(
      splitWords(text)
        .map((word) => word.text)
        .join(' '),
    )
  })
})
