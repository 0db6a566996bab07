import type { IFuseOptions } from 'fuse.js'
import type { Report } from '../catalog/schema'

/**
 * The fields a report is found by. fuse.js divides each weight by their sum, and a field's
 * weight is the exponent of its match score, so a word in the title counts most, one in an
 * alias nearly as much, and one in the long, chatty description or notes only a little.
 */
export const SEARCH_KEYS: readonly { name: keyof Report; weight: number }[] = [
  { name: 'title', weight: 1 },
  { name: 'aliases', weight: 0.8 },
  { name: 'description', weight: 0.3 },
  // "looker", "amplitude", "look", "dashboard": one word each, a tie-breaker between titles.
  { name: 'tool', weight: 0.3 },
  { name: 'kind', weight: 0.3 },
  { name: 'section', weight: 0.25 },
  { name: 'notes', weight: 0.1 },
]

/**
 * How one word is matched, in the reports' index and the pins' alike. It is searched one query word at a time (see
 * text-match.ts), which is what makes word order free; these options tune a single word.
 */
export const MATCHING_OPTIONS = {
  includeScore: true,
  includeMatches: true,
  // A word may stand anywhere in a field ("single" in "Batch changes — single customer"); by
  // default fuse.js scores a match worse the further it is from the start of the field.
  ignoreLocation: true,
  // Up to one wrong letter in three: "servr" (1 in 5), "instnces" (1 in 8), "chnages" (2 in 7)
  // still match, while 3-letter words like "dau" or "nps" allow one slip. Measured on the
  // handbook reports: fuse.js's default, 0.6, lets short words match half the descriptions.
  threshold: 0.34,
  ignoreDiacritics: true,
  // The field-length norm stays on: the same words in a shorter title are a closer match
  // ("DAU/MAU" before "DAU/MAU by customer").
} satisfies Omit<IFuseOptions<unknown>, 'keys'>

export const FUSE_OPTIONS: IFuseOptions<Report> = { ...MATCHING_OPTIONS, keys: [...SEARCH_KEYS] }
