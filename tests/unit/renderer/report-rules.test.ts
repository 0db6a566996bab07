import { describe, expect, it } from 'vitest'
import { customerPlaceholder } from '../../../src/renderer/src/customers/customer-placeholder'
import { shownSections, toolName } from '../../../src/renderer/src/report/describe'
import {
  isSingleCustomer,
  needsCustomer,
  twinOf,
} from '../../../src/renderer/src/report/report-rules'
import {
  AMPLITUDE,
  BATCH_ALL,
  BATCH_SINGLE,
  MONTHLY_USERS,
  TECH_HEALTH,
  byId,
  report,
} from './catalog'

describe('reports that need a customer', () => {
  it('are the single-customer ones with a customer filter, until a customer is chosen', () => {
    expect(isSingleCustomer(report(BATCH_SINGLE))).toBe(true)
    expect(needsCustomer(report(BATCH_SINGLE), null)).toBe(true)
    expect(needsCustomer(report(BATCH_SINGLE), '  ')).toBe(true)
    expect(needsCustomer(report(BATCH_SINGLE), 'Chime')).toBe(false)
  })

  it('are not the all-customers or company ones, nor one without a customer filter', () => {
    expect(needsCustomer(report(TECH_HEALTH), null)).toBe(false)
    expect(needsCustomer(report(MONTHLY_USERS), null)).toBe(false)
    expect(needsCustomer({ scope: 'single customer', filters: [] }, null)).toBe(false)
  })
})

describe('the twin', () => {
  it('is the first related report the catalog holds', () => {
    expect(twinOf(report(BATCH_SINGLE), byId)?.id).toBe(BATCH_ALL)
    expect(twinOf(report(BATCH_ALL), byId)?.id).toBe(BATCH_SINGLE)
    expect(twinOf({ related: ['looker-dashboard-0', BATCH_ALL] }, byId)?.id).toBe(BATCH_ALL)
  })

  it('is none when no related report exists', () => {
    expect(twinOf(report(TECH_HEALTH), byId)).toBeNull()
    expect(twinOf({ related: ['looker-dashboard-0'] }, byId)).toBeNull()
  })
})

describe('how a row describes a report', () => {
  it('names the tool and leaves out a heading that only repeats it', () => {
    expect(toolName('looker')).toBe('Looker')
    expect(shownSections(report(BATCH_SINGLE)).map((s) => s.text)).toEqual([
      'Notable reports',
      'Feature specific dashboards and charts',
    ])
    expect(shownSections(report(BATCH_SINGLE))[0]?.index).toBe(1)
    expect(shownSections(report(AMPLITUDE)).map((s) => s.text)).toEqual(['Notable reports'])
    expect(shownSections({ tool: 'looker', section: ['Looker'] })).toEqual([
      { text: 'Looker', index: 0 },
    ])
  })

  it('prompts for a customer as the scope asks', () => {
    expect(customerPlaceholder(report(BATCH_SINGLE))).toMatch(/needs one/)
    expect(customerPlaceholder(report(TECH_HEALTH))).toMatch(/All customers/)
    expect(customerPlaceholder(report(MONTHLY_USERS))).toMatch(/no customer/)
  })
})
