import { describe, expect, it } from 'vitest'
import { rangesOf, segments } from '../../../src/renderer/src/text/highlight'

describe('marking matched letters', () => {
  it('cuts the text at the matched ranges', () => {
    expect(
      segments('Batch changes', [
        [0, 4],
        [6, 12],
      ]),
    ).toEqual([
      { text: 'Batch', marked: true },
      { text: ' ', marked: false },
      { text: 'changes', marked: true },
    ])
    expect(segments('DAU/MAU', [])).toEqual([{ text: 'DAU/MAU', marked: false }])
    expect(segments('', [])).toEqual([])
  })

  it('clips ranges past the end and skips overlapping ones', () => {
    expect(segments('abc', [[1, 9]])).toEqual([
      { text: 'a', marked: false },
      { text: 'bc', marked: true },
    ])
    expect(
      segments('abcdef', [
        [0, 2],
        [1, 3],
        [10, 12],
      ]),
    ).toEqual([
      { text: 'abc', marked: true },
      { text: 'd', marked: true },
      { text: 'ef', marked: false },
    ])
  })

  it('finds the ranges of one field, and of one entry of a list field', () => {
    const matches = [
      { key: 'title', indices: [[0, 3]] as [number, number][] },
      { key: 'section', refIndex: 2, indices: [[1, 2]] as [number, number][] },
    ]
    expect(rangesOf(matches, 'title')).toEqual([[0, 3]])
    expect(rangesOf(matches, 'section', 2)).toEqual([[1, 2]])
    expect(rangesOf(matches, 'section', 1)).toEqual([])
    expect(rangesOf(matches, 'aliases')).toEqual([])
  })
})
