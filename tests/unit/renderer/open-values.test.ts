import { describe, expect, it } from 'vitest'
import { withEdit } from '../../../src/renderer/src/report/filter-edits'
import { openRequest, openValues } from '../../../src/renderer/src/report/open-values'
import { previewLink } from '../../../src/renderer/src/report/preview'
import { buildUrl } from '../../../src/shared/url'
import {
  AMPLITUDE,
  BATCH_SINGLE,
  MONTHLY_USERS,
  SUPPORT,
  TECH_HEALTH,
  catalog,
  report,
} from './catalog'

const none = { customer: null, set: {}, expr: {} }
const param = (url: string, name: string) => new URL(url).searchParams.get(name)

function previewUrl(id: string, values: ReturnType<typeof openValues>): string {
  const link = previewLink(report(id), values, catalog.customers)
  if (!link.ok) throw new Error(link.error)
  return link.url
}

describe('the values sent with openReport', () => {
  it('carry the customer by name, trimmed, only to a report that takes one', () => {
    expect(openValues(report(BATCH_SINGLE), ' Chime ', undefined)).toEqual({
      ...none,
      customer: 'Chime',
    })
    expect(openValues(report(BATCH_SINGLE), '  ', undefined)).toEqual(none)
    expect(openValues(report(MONTHLY_USERS), 'Chime', undefined)).toEqual(none)
    expect(openValues(report(AMPLITUDE), 'Chime', undefined)).toEqual(none)
  })

  it('send nothing for filters left at their default', () => {
    expect(openValues(report(SUPPORT), null, undefined)).toEqual(none)
  })

  it('send a changed value as a literal (set), an expression-mode value as expr', () => {
    let edits = withEdit(undefined, 'Created Date', { text: '30 day', expression: false })
    edits = withEdit(edits, 'Assignee ID', { text: 'ann', expression: true })
    expect(openValues(report(SUPPORT), null, edits)).toEqual({
      customer: null,
      set: { 'Created Date': ['30 day'] },
      expr: { 'Assignee ID': 'ann' },
    })
  })

  it('send an emptied default as an empty value: any value', () => {
    const edits = withEdit(undefined, 'Ticket priority', { text: '', expression: true })
    const values = openValues(report(SUPPORT), null, edits)
    expect(values.expr).toEqual({ 'Ticket priority': '' })
    expect(param(previewUrl(SUPPORT, values), 'Ticket priority')).toBe('')
  })

  it('ignore edits of a filter the report does not have or the customer fills', () => {
    let edits = withEdit(undefined, 'Nope', { text: 'x', expression: false })
    edits = withEdit(edits, 'Organization', { text: 'x', expression: false })
    expect(openValues(report(SUPPORT), null, edits)).toEqual(none)
  })

  it('make a request of the report id and the values', () => {
    expect(openRequest(report(TECH_HEALTH), null, undefined)).toEqual({
      reportId: TECH_HEALTH,
      values: none,
    })
  })
})

describe('the link preview', () => {
  it('is what buildUrl makes of the same values', () => {
    const edits = withEdit(undefined, 'Created Date', { text: '30 day', expression: false })
    const values = openValues(report(SUPPORT), 'Acme', edits)
    const url = previewUrl(SUPPORT, values)
    expect(param(url, 'Created Date')).toBe('30 day')
    // The alias finds the customer, whose full name is quoted as a literal.
    expect(param(url, 'Organization')).toBe('"Acme, Inc."')
    const direct = buildUrl(report(SUPPORT), {
      customer: catalog.customers.find((c) => c.name === 'Acme, Inc.'),
      set: { 'Created Date': ['30 day'] },
    })
    expect(direct.ok && direct.url).toBe(url)
  })

  it('fills a customer attribute and takes a new name as typed', () => {
    const known = previewUrl(BATCH_SINGLE, openValues(report(BATCH_SINGLE), 'chime', undefined))
    expect(param(known, 'Account name')).toBe('Chime')
    expect(param(known, 'Installer email')).not.toBe('')
    const typed = previewUrl(BATCH_SINGLE, openValues(report(BATCH_SINGLE), 'Zürich AG', undefined))
    expect(param(typed, 'Account name')).toBe('Zürich AG')
    expect(param(typed, 'Installer email')).toBe('')
  })

  it('quotes a literal string value but passes an expression as written', () => {
    const literal = withEdit(undefined, 'Assignee ID', { text: 'a,b', expression: false })
    expect(
      param(previewUrl(SUPPORT, openValues(report(SUPPORT), null, literal)), 'Assignee ID'),
    ).toBe('"a,b"')
    const expression = withEdit(undefined, 'Assignee ID', { text: 'a,b', expression: true })
    expect(
      param(previewUrl(SUPPORT, openValues(report(SUPPORT), null, expression)), 'Assignee ID'),
    ).toBe('a,b')
  })

  it('says why when the link cannot be built', () => {
    const link = previewLink(report(SUPPORT), { ...none, customer: '\ud800' }, catalog.customers)
    expect(link.ok).toBe(false)
    expect(!link.ok && link.error).toMatch(/not valid text/)
  })
})
