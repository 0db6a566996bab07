import type { SearchMatch } from '../../../shared/search'

/** A run of text, marked when the query matched it. */
export interface Segment {
  text: string
  marked: boolean
}

/**
 * The text cut into runs at the matched ranges (inclusive `[start, end]`, sorted, as search
 * gives them); ranges outside the text are clipped, so a stale match cannot break a row.
 */
export function segments(text: string, ranges: readonly (readonly [number, number])[]): Segment[] {
  const out: Segment[] = []
  let at = 0
  for (const [rawStart, rawEnd] of ranges) {
    const start = Math.max(at, rawStart)
    const end = Math.min(text.length - 1, rawEnd)
    if (end < start) continue
    if (start > at) out.push({ text: text.slice(at, start), marked: false })
    out.push({ text: text.slice(start, end + 1), marked: true })
    at = end + 1
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false })
  return out
}

/** The matched ranges of one field (one entry of a list field), or none. */
export function rangesOf(
  matches: readonly SearchMatch[],
  key: string,
  refIndex?: number,
): [number, number][] {
  const match = matches.find(
    (m) => m.key === key && (refIndex === undefined || m.refIndex === refIndex),
  )
  return match?.indices ?? []
}
