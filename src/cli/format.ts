import type { Customer, Report } from '../shared/catalog/schema'
import type { Pin } from '../shared/state/schema'
import { buildUrl } from '../shared/url/build-url'

/** One report as `--json` prints it. */
export interface ReportRecord {
  id: string
  title: string
  tool: Report['tool']
  kind: Report['kind']
  scope: Report['scope']
  section: string[]
  url: string
  customer: string | null
}

/** The record of a report, its URL prefilled with the customer (and a pin's values) where it takes one. */
export function reportRecord(
  report: Report,
  customer: Customer | null,
  pin: Pin | null = null,
): ReportRecord {
  const built = buildUrl(report, { customer, set: pin?.set ?? {}, expr: pin?.expr ?? {} })
  return {
    id: report.id,
    title: report.title,
    tool: report.tool,
    kind: report.kind,
    scope: report.scope,
    section: report.section,
    url: built.ok ? built.url : report.url,
    customer: customer?.name ?? null,
  }
}

/** A record as two lines a person reads: what it is, then the link. */
export function recordText(record: ReportRecord): string {
  const forWhom = record.customer ? ` — for ${record.customer}` : ''
  const about = [record.tool, record.kind, record.scope, record.section.join(' › ')].join(' · ')
  return `${record.id}  ${record.title}${forWhom}\n    ${about}\n    ${record.url}`
}

export function printRecords(records: readonly ReportRecord[], json: boolean): string {
  return json ? JSON.stringify(records, null, 2) : records.map(recordText).join('\n')
}
