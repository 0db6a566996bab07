import { findCustomer } from '../../shared/catalog/customers'
import type { Report } from '../../shared/catalog/schema'
import type {
  CatalogSnapshot,
  CopyRequest,
  CustomerFavourite,
  InvokeResult,
  Notice,
  OpenRequest,
  PinRequest,
} from '../../shared/ipc'
import {
  addPin,
  recordOpen,
  toggleFavouriteReport,
  upsertCustomer,
} from '../../shared/state/operations'
import type { State } from '../../shared/state/schema'
import { buildUrl } from '../../shared/url/build-url'
import type { FilterValues } from '../../shared/url/types'
import { launchReport } from './launcher'

/** What the window's calls need from the rest of the app; Electron parts are passed in. */
export interface AppApiDeps {
  catalog: () => CatalogSnapshot
  notices: () => Notice[]
  /** Opens a URL main built and checked (shell.openExternal, or the browser command). */
  openUrl: (url: string, browserCommand?: string) => Promise<void>
  browserCommand: () => string | undefined
  writeClipboard: (text: string) => void
  hideWindow: () => void
  /** The saved state: a locked read-modify-write store (state-store.ts). */
  state: {
    read(): State
    update(mutate: (state: State) => State): Promise<State>
  }
  now?: () => number
}

/** The handlers behind the contract's methods, after main has checked sender and arguments. */
export interface AppApi {
  getCatalog(): CatalogSnapshot
  getNotices(): Notice[]
  openReport(request: OpenRequest): Promise<InvokeResult<'openReport'>>
  copyLink(request: CopyRequest): InvokeResult<'copyLink'>
  hideWindow(): null
  getState(): State
  toggleFavouriteReport(request: { reportId: string }): Promise<State>
  pinReport(request: PinRequest): Promise<State>
  setCustomerFavourite(request: CustomerFavourite): Promise<State>
}

/** Markdown link text: brackets in a title would end the link text early. */
function markdownLink(label: string, url: string): string {
  return `[${label.replace(/([[\]\\])/g, '\\$1')}](${url})`
}

export function createAppApi(deps: AppApiDeps): AppApi {
  const now = deps.now ?? Date.now
  function resolve(request: OpenRequest): { report: Report; values: FilterValues } {
    const snapshot = deps.catalog()
    const report = snapshot.reports.find((r) => r.id === request.reportId)
    if (!report) throw new Error(`there is no report ${request.reportId} in the catalog`)
    const { customer, set, expr } = request.values
    return {
      report,
      values: { customer: customer ? findCustomer(snapshot.customers, customer) : null, set, expr },
    }
  }

  return {
    getCatalog: () => deps.catalog(),
    getNotices: () => deps.notices(),
    async openReport(request) {
      const { report, values } = resolve(request)
      // The URL is built and checked here, in main, from the id and values: the window never
      // hands over a URL to open.
      const result = await launchReport(report, values, {
        browserCommand: deps.browserCommand(),
        opener: deps.openUrl,
      })
      if (!result.ok) throw new Error(result.error)
      deps.hideWindow()
      // Remembered after the browser has it: recents, and what the query meant, for ranking.
      await deps.state.update((state) =>
        recordOpen(
          state,
          {
            report: report.id,
            customer: values.customer?.name ?? null,
            ...(request.query ? { query: request.query } : {}),
          },
          now(),
        ),
      )
      return { url: result.url, warnings: result.warnings }
    },
    copyLink(request) {
      const { report, values } = resolve(request)
      const built = buildUrl(report, values)
      if (!built.ok) throw new Error(built.error)
      const label = values.customer ? `${report.title} — ${values.customer.name}` : report.title
      const text = request.format === 'markdown' ? markdownLink(label, built.url) : built.url
      deps.writeClipboard(text)
      return { text, warnings: built.warnings }
    },
    hideWindow() {
      deps.hideWindow()
      return null
    },
    getState: () => deps.state.read(),
    async toggleFavouriteReport({ reportId }) {
      if (!deps.catalog().reports.some((r) => r.id === reportId)) {
        throw new Error(`there is no report ${reportId} in the catalog`)
      }
      return deps.state.update((state) => toggleFavouriteReport(state, reportId))
    },
    async pinReport(request) {
      const { report, values } = resolve(request)
      // A pin must open: refuse now what buildUrl would refuse when it is used.
      const built = buildUrl(report, values)
      if (!built.ok) throw new Error(built.error)
      return deps.state.update((state) =>
        addPin(state, {
          report: report.id,
          reportTitle: report.title,
          customer: values.customer?.name ?? null,
          set: values.set ?? {},
          expr: values.expr ?? {},
          ...(request.label ? { label: request.label } : {}),
        }),
      )
    },
    async setCustomerFavourite({ name, favourite }) {
      // A catalog customer is saved with its aliases and attributes, so the star has a home.
      const known = deps
        .catalog()
        .customers.find((c) => c.name.toLowerCase() === name.toLowerCase())
      return deps.state.update((state) =>
        upsertCustomer(state, { ...(known ?? { name }), favourite }),
      )
    },
  }
}
