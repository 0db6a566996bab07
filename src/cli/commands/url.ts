import { launchReport } from '../../main/services/launcher'
import { buildUrl } from '../../shared/url/build-url'
import { readCatalog } from '../context'
import { CliError, type CliIo } from '../io'
import { resolveReport } from '../resolve-report'
import { findCustomer } from '../../shared/catalog/customers'
import { filterValues, splitAssignment } from '../values'

export interface UrlOptions {
  customer?: string
  set: string[]
  expr: string[]
  catalog: string[]
  print?: boolean
}

async function prepare(io: CliIo, words: string[], options: UrlOptions) {
  // A malformed --set is a command-line error (exit 2): say so before any catalog work.
  options.set.forEach((text) => splitAssignment('--set', text))
  options.expr.forEach((text) => splitAssignment('--expr', text))
  const catalog = await readCatalog(io, options.catalog)
  const found = resolveReport(catalog, words)
  if (found.searched) io.stderr(`${found.report.title} (${found.report.id})`)
  const customer =
    options.customer !== undefined
      ? findCustomer(catalog.customers, options.customer)
      : found.customer
  return { report: found.report, values: filterValues(found.report, options, customer) }
}

/** `dashkey url …`: prints one URL, prefilled. */
export async function urlCommand(io: CliIo, words: string[], options: UrlOptions): Promise<void> {
  const { report, values } = await prepare(io, words, options)
  const built = buildUrl(report, values)
  if (!built.ok) throw new CliError(built.error)
  built.warnings.forEach((w) => io.stderr(`warning: ${w}`))
  io.stdout(built.url)
}

/** `dashkey open …`: opens the URL in the browser (DASHKEY_BROWSER, else the system's). */
export async function openCommand(io: CliIo, words: string[], options: UrlOptions): Promise<void> {
  if (options.print) return urlCommand(io, words, options)
  const { report, values } = await prepare(io, words, options)
  const result = await launchReport(report, values, {
    browserCommand: io.env.DASHKEY_BROWSER,
    opener: io.openUrl,
  })
  if (!result.ok) throw new CliError(result.error)
  result.warnings.forEach((w) => io.stderr(`warning: ${w}`))
  io.stderr(`opened ${result.url}`)
}
