import { findCustomer } from '../../shared/catalog/customers'
import { addPin, removePin } from '../../shared/state/operations'
import { buildUrl } from '../../shared/url/build-url'
import { CliError, type CliIo } from '../io'
import { resolveReport } from '../resolve-report'
import { personalOf, withSession } from '../session'
import { filterValues } from '../values'

export interface PinAddOptions {
  customer: string
  label?: string
  set: string[]
  expr: string[]
  hotkey?: string
}

/** `dashkey pin add <id | words…> --customer NAME …`: a one-step shortcut to a report for a customer. */
export async function pinAdd(io: CliIo, words: string[], options: PinAddOptions): Promise<void> {
  await withSession(io, [], async ({ catalog, state, store }) => {
    const { report } = resolveReport(catalog, words, state, personalOf(state))
    const customer = findCustomer(catalog.customers, options.customer)
    const values = filterValues(report, options, customer)
    // The pin must open: refuse now what buildUrl would refuse later.
    const built = buildUrl(report, values)
    if (!built.ok) throw new CliError(built.error)
    const next = await store.update((s) =>
      addPin(s, {
        report: report.id,
        reportTitle: report.title,
        customer: customer.name,
        set: values.set ?? {},
        expr: values.expr ?? {},
        ...(options.label ? { label: options.label } : {}),
        ...(options.hotkey ? { hotkey: options.hotkey } : {}),
      }),
    )
    io.stderr(`pinned "${next.pins.at(-1)?.label ?? ''}"`)
  })
}

export async function pinRemove(io: CliIo, label: string): Promise<void> {
  await withSession(io, [], ({ store }) => store.update((s) => removePin(s, label)))
  io.stderr(`removed pin "${label}"`)
}

/** `dashkey pin list`: each pin with the URL it opens. */
export async function pinList(io: CliIo, options: { json: boolean }): Promise<void> {
  await withSession(io, [], async ({ catalog, state }) => {
    const rows = state.pins.map((pin) => {
      const report = catalog.reports.find((r) => r.id === pin.report)
      const customer = pin.customer ? findCustomer(catalog.customers, pin.customer) : null
      const built = report ? buildUrl(report, { customer, set: pin.set, expr: pin.expr }) : null
      const url = built?.ok ? built.url : ''
      if (!report)
        io.stderr(`warning: pin "${pin.label}": ${pin.report} is no longer in the catalog`)
      return { label: pin.label, report: pin.report, customer: pin.customer, url }
    })
    if (options.json) return io.stdout(JSON.stringify(rows, null, 2))
    rows.forEach((r) => io.stdout(`${r.label}  (${r.report})\n    ${r.url}`))
  })
}
