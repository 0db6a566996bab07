import { findCustomer } from '../../shared/catalog/customers'
import type { Report } from '../../shared/catalog/schema'
import type {
  CatalogSnapshot,
  CopyRequest,
  InvokeResult,
  Notice,
  OpenRequest,
} from '../../shared/ipc'
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
}

/** The handlers behind the contract's methods, after main has checked sender and arguments. */
export interface AppApi {
  getCatalog(): CatalogSnapshot
  getNotices(): Notice[]
  openReport(request: OpenRequest): Promise<InvokeResult<'openReport'>>
  copyLink(request: CopyRequest): InvokeResult<'copyLink'>
  hideWindow(): null
}

/** Markdown link text: brackets in a title would end the link text early. */
function markdownLink(label: string, url: string): string {
  return `[${label.replace(/([[\]\\])/g, '\\$1')}](${url})`
}

export function createAppApi(deps: AppApiDeps): AppApi {
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
  }
}
