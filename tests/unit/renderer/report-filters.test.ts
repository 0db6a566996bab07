import { describe, expect, it } from 'vitest'
import { DATE_PRESETS, filterChoices } from '../../../src/renderer/src/report/date-presets'
import { editableFilters, filterLabel } from '../../../src/renderer/src/report/editable-filters'
import {
  editOf,
  initialEdit,
  isEdited,
  withEdit,
} from '../../../src/renderer/src/report/filter-edits'
import { AMPLITUDE, MONTHLY_USERS, SUPPORT, TECH_HEALTH, report } from './catalog'

const names = (id: string) => editableFilters(report(id)).map((filter) => filter.name)

describe('which filters are editable', () => {
  it('all but those the customer fills', () => {
    expect(names(SUPPORT)).toEqual(['Assignee ID', 'Ticket priority', 'Created Date', 'Lifecycle'])
    expect(names(TECH_HEALTH)).not.toContain('Customer Name')
  })

  it('none for a report without filters, or for Amplitude (it opens as stored)', () => {
    expect(names(MONTHLY_USERS)).toEqual([])
    expect(names(AMPLITUDE)).toEqual([])
    expect(editableFilters({ tool: 'amplitude', filters: report(SUPPORT).filters })).toEqual([])
  })

  it('labels a filter by its name without the leading space of " Week"', () => {
    expect(filterLabel({ name: ' Week' })).toBe('Week')
    expect(filterLabel({ name: 'Account Type' })).toBe('Account Type')
    expect(filterLabel({ name: ' ' })).toBe(' ')
  })
})

describe('date expression presets', () => {
  it('offer the common Looker expressions', () => {
    const expressions = DATE_PRESETS.map((preset) => preset.expression)
    for (const expected of [
      '7 day',
      '30 day',
      '90 day',
      'this month',
      'last month',
      '3 months',
      'this quarter',
      'this year',
      '1 year',
      '4 week ago for 4 week',
    ]) {
      expect(expressions).toContain(expected)
    }
    expect(new Set(expressions).size).toBe(expressions.length)
  })

  it('put a date filter’s own default first, once', () => {
    const choices = filterChoices({ kind: 'date', default: '90 day' })
    expect(choices[0]).toEqual({ expression: '90 day', label: 'default: the last 90 days' })
    expect(choices.filter((c) => c.expression === '90 day')).toHaveLength(1)
    expect(filterChoices({ kind: 'date', default: '4 week ago for 4 week,null' })[0]).toEqual({
      expression: '4 week ago for 4 week,null',
      label: 'default',
    })
    expect(filterChoices({ kind: 'date', default: '' })).toEqual(DATE_PRESETS)
  })

  it('are offered to date filters only', () => {
    expect(filterChoices({ kind: 'string', default: '' })).toEqual([])
    expect(filterChoices({ kind: 'number', default: '[0,2000]' })).toEqual([])
  })
})

describe('filter edits', () => {
  it('start at the default, in expression mode where a literal cannot say the default', () => {
    expect(initialEdit({ kind: 'date', default: '90 day' })).toEqual({
      text: '90 day',
      expression: false,
    })
    expect(initialEdit({ kind: 'string', default: 'Customer' })).toEqual({
      text: 'Customer',
      expression: false,
    })
    expect(initialEdit({ kind: 'string', default: 'None,p1,p2,p0,p3' })).toEqual({
      text: 'None,p1,p2,p0,p3',
      expression: true,
    })
    expect(initialEdit({ kind: 'string', default: '' })).toEqual({ text: '', expression: false })
  })

  it('count as edited only when text or mode differ from that start', () => {
    const date = { name: 'Date', kind: 'date' as const, default: '90 day' }
    expect(isEdited(date, { text: '90 day', expression: false })).toBe(false)
    expect(isEdited(date, { text: '30 day', expression: false })).toBe(true)
    expect(isEdited(date, { text: '90 day', expression: true })).toBe(true)
  })

  it('are kept per filter name, also for names such as __proto__', () => {
    const filter = { name: '__proto__', kind: 'string' as const, default: '' }
    const edits = withEdit(undefined, '__proto__', { text: 'x', expression: false })
    expect(Object.keys(edits)).toEqual(['__proto__'])
    expect(editOf(filter, edits)).toEqual({ text: 'x', expression: false })
    const constructor = { name: 'constructor', kind: 'string' as const, default: 'd' }
    expect(editOf(constructor, {})).toEqual({ text: 'd', expression: false })
    const replaced = withEdit(edits, '__proto__', { text: 'y', expression: true })
    expect(editOf(filter, replaced)).toEqual({ text: 'y', expression: true })
  })
})
