import type { FuseResultMatch } from 'fuse.js'
import type { SearchMatch } from './types'

/** Sorts inclusive `[start, end]` ranges and joins those that overlap or touch. */
export function mergeRanges(ranges: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: [number, number][] = []
  for (const [start, end] of sorted) {
    const last = merged.at(-1)
    if (last !== undefined && start <= last[1] + 1) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  return merged
}

/**
 * The matches of every query word, one entry per field (per entry of a list field): each word
 * is searched on its own, so "batch" and "changes" arrive as two matches of the same title.
 */
export function mergeMatches(matches: readonly FuseResultMatch[]): SearchMatch[] {
  const byField = new Map<string, { key: string; refIndex?: number; ranges: [number, number][] }>()
  for (const { key, refIndex, indices } of matches) {
    if (key === undefined) continue
    const id = `${key}#${refIndex ?? ''}`
    let field = byField.get(id)
    if (field === undefined) {
      field = { key, ...(refIndex === undefined ? {} : { refIndex }), ranges: [] }
      byField.set(id, field)
    }
    field.ranges.push(...indices)
  }
  return Array.from(byField.values(), ({ ranges, ...field }) => ({
    ...field,
    indices: mergeRanges(ranges),
  }))
}
