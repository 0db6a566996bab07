import { describe, expect, it } from 'vitest'
import { moveIndex, PAGE_SIZE } from '../../../src/renderer/src/keyboard/list-move'

describe('moving in a list', () => {
  it('steps, pages and jumps, clamped to the list', () => {
    expect(moveIndex(0, 10, 'next')).toBe(1)
    expect(moveIndex(9, 10, 'next')).toBe(9)
    expect(moveIndex(0, 10, 'previous')).toBe(0)
    expect(moveIndex(0, 10, 'pageDown')).toBe(PAGE_SIZE)
    expect(moveIndex(8, 10, 'pageDown')).toBe(9)
    expect(moveIndex(2, 10, 'pageUp')).toBe(0)
    expect(moveIndex(4, 10, 'first')).toBe(0)
    expect(moveIndex(4, 10, 'last')).toBe(9)
  })

  it('has no selection in an empty list', () => {
    expect(moveIndex(0, 0, 'next')).toBe(-1)
    expect(moveIndex(-1, 0, 'last')).toBe(-1)
  })

  it('may go back to no selection where the list allows it (the typed customer)', () => {
    expect(moveIndex(0, 3, 'previous', { min: -1 })).toBe(-1)
    expect(moveIndex(-1, 3, 'next', { min: -1 })).toBe(0)
    expect(moveIndex(-1, 3, 'previous', { min: -1 })).toBe(-1)
  })
})
