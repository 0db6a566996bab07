import { describe, expect, it } from 'vitest'
import { literalExpression } from '../../../src/shared/url'

describe('literalExpression', () => {
  // ARCHITECTURE.md, "Opening a report: buildUrl": value -> filter expression.
  it.each([
    ['Chime', 'Chime'],
    ['Acme, Inc.', '"Acme, Inc."'],
    ['AT&T', 'AT&T'],
    ['a+b', 'a+b'],
    ["O'Brien", `"O'Brien"`],
    ['100%', '"100%"'],
    ['-neg', '"-neg"'],
    ['NULL', '"NULL"'],
    ['Say "hi"', '"Say \\"hi\\""'],
    ['Zürich 東京', 'Zürich 東京'],
  ])('writes %j as %j (the table of ARCHITECTURE.md)', (value, expression) => {
    expect(literalExpression(value)).toBe(expression)
  })

  it.each([
    ['it_ops', '"it_ops"'],
    ['a^b', '"a^b"'],
    ['C:\\dir', '"C:\\\\dir"'],
    ['back\\"slash', '"back\\\\\\"slash"'],
    [' lead', '" lead"'],
    ['trail ', '"trail "'],
    ['tab\t', '"tab\t"'],
    ['line\n', '"line\n"'],
    ['null', '"null"'],
    ['Empty', '"Empty"'],
    ['EMPTY', '"EMPTY"'],
  ])('quotes %j, which Looker would otherwise read as syntax', (value, expression) => {
    expect(literalExpression(value)).toBe(expression)
  })

  it.each(['nullable', 'not empty', 'a-b', 'a b', 'x@y.com', 'AT&T', '🚀', ''])(
    'leaves %j as it is',
    (value) => {
      expect(literalExpression(value)).toBe(value)
    },
  )
})
