import type { z } from 'zod'
import {
  CustomerSchema,
  ReportSchema,
  type Customer,
  type Report,
} from '../../../src/shared/catalog/schema'

type ReportInput = z.input<typeof ReportSchema>

/** A report as the catalog loader would hand it over: parsed, defaults filled in. */
export function report(fields: Partial<ReportInput> & { url: string }): Report {
  return ReportSchema.parse({
    id: 'looker-dashboard-1',
    title: 'Test dashboard',
    tool: 'looker',
    kind: 'dashboard',
    hosts: ['sourcegraph.looker.com'],
    ...fields,
  })
}

export function customer(name: string, attributes: Record<string, string> = {}): Customer {
  return CustomerSchema.parse({ name, attributes })
}

/** The real "Customer usage" dashboard 409: two customer filters, the stored link carries an example. */
export const dashboard409 = report({
  id: 'looker-dashboard-409',
  title: 'Customer usage',
  url: 'https://sourcegraph.looker.com/dashboards/409?Account%20name=Chime&Installer%20email=',
  filters: [
    { name: 'Account name', customer: 'name', example: 'Chime' },
    { name: 'Installer email', customer: 'installerEmail' },
  ],
})

/** Dashboard 413: a leading-space filter name (" Week") with a date default, stored non-customer filters. */
export const dashboard413 = report({
  id: 'looker-dashboard-413',
  title: 'Telemetry status',
  url: 'https://sourcegraph.looker.com/dashboards/413?Account%20Type=Customer&Account%20name=&%20Week=4%20week%20ago%20for%204%20week,null&Telemetry%20Status=',
  filters: [
    { name: 'Account Type', default: 'Customer' },
    { name: 'Account name', customer: 'name' },
    { name: ' Week', kind: 'date', default: '4 week ago for 4 week,null' },
    { name: 'Telemetry Status' },
  ],
})

/** Decoded query parameters of a built URL, in order, as the browser and Looker will read them. */
export function params(url: string): [string, string][] {
  return [...new URL(url).searchParams]
}

/** The query exactly as sent, without the `?`. */
export function rawQuery(url: string): string {
  return new URL(url).search.slice(1)
}
