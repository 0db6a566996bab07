import Fuse from 'fuse.js'
import { findCustomer } from '../catalog/customers'
import type { Customer, Report } from '../catalog/schema'
import type { Pin } from '../state/schema'
import { MATCHING_OPTIONS } from './fuse-options'
import { matchText } from './text-match'

/** A pin found for a query: the pinned report, its customer, how well it matched. */
export interface PinMatch {
  pin: Pin
  report: Report
  customer: Customer | null
  score: number
}

interface PinDoc {
  label: string
  customer: string
  title: string
}

const PIN_KEYS = [
  { name: 'label', weight: 1 },
  // A pin is "Server instances — Chime": typing the customer alone should find it.
  { name: 'customer', weight: 0.8 },
  { name: 'title', weight: 0.6 },
]

/** Pins whose label, customer or report title match the query; pins of removed reports drop out. */
export function searchPins(
  query: string,
  pins: readonly Pin[],
  reportsById: Pick<ReadonlyMap<string, Report>, 'get'>,
  customers: readonly Customer[],
): PinMatch[] {
  const live = pins.flatMap((pin) => {
    const report = reportsById.get(pin.report)
    return report ? [{ pin, report }] : []
  })
  if (live.length === 0) return []
  const docs: PinDoc[] = live.map(({ pin, report }) => ({
    label: pin.label,
    customer: pin.customer ?? '',
    title: report.title,
  }))
  // Pins are few (tens), so a small index per query costs less than keeping one in sync.
  const fuse = new Fuse(docs, { ...MATCHING_OPTIONS, keys: PIN_KEYS })
  return matchText(fuse, query).flatMap(({ refIndex, score }) => {
    const found = live[refIndex]
    if (!found) return []
    const customer = found.pin.customer ? findCustomer(customers, found.pin.customer) : null
    return [{ ...found, customer, score }]
  })
}
