import { describe, expect, it } from 'vitest'
import { withSelected } from '../../../src/renderer/src/quick-find/virtual-range'

describe('withSelected', () => {
  it('keeps the visible rows when the selected one is among them', () => {
    expect(withSelected([3, 4, 5], 4, 10)).toEqual([3, 4, 5])
  })

  it('adds the selected row in order when it is out of view', () => {
    expect(withSelected([3, 4, 5], 9, 10)).toEqual([3, 4, 5, 9])
    expect(withSelected([3, 4, 5], 0, 10)).toEqual([0, 3, 4, 5])
  })

  it('ignores no selection and a selection outside the list', () => {
    expect(withSelected([0, 1], -1, 2)).toEqual([0, 1])
    expect(withSelected([0, 1], 5, 2)).toEqual([0, 1])
  })
})
