import { launchReport } from '../../main/services/launcher'
import { findCustomer } from '../../shared/catalog/customers'
import { recordOpen } from '../../shared/state/operations'
import { buildUrl } from '../../shared/url/build-url'
import type { FilterValues } from '../../shared/url/types'
import { CliError, type CliIo } from '../io'
import { resolveReport, type ResolvedReport } from '../resolve-report'
import { personalOf, withSession, type CliSession } from '../session'
import { filterValues, splitAssignment } from '../values'

export interface UrlOptions {
  customer?: string
  set: string[]
  expr: string[]
  catalog: string[]
  print?: boolean
}

interface Prepared {
  found: ResolvedReport
  values: FilterValues
}

function prepare(io: CliIo, session: CliSession, words: string[], options: UrlOptions): Prepared {
  const { catalog, state } = session
  const found = resolveReport(catalog, words, state, personalOf(state))
  if (found.query !== null || found.pin) {
    io.stderr(
      `${found.pin ? `${found.pin.label}: ` : ''}${found.report.title} (${found.report.id})`,
    )
  }
  const customer =
    options.customer !== undefined
      ? findCustomer(catalog.customers, options.customer)
      : found.customer
  const given = filterValues(found.report, options, customer)
  // A pin's own filter values apply, and what the command line says wins over them.
  const values = found.pin
    ? {
        customer,
        set: { ...found.pin.set, ...given.set },
        expr: { ...found.pin.expr, ...given.expr },
      }
    : given
  return { found, values }
}

function checkAssignments(options: UrlOptions): void {
  // A malformed --set is a command-line error (exit 2): say so before any catalog work.
  options.set.forEach((text) => splitAssignment('--set', text))
  options.expr.forEach((text) => splitAssignment('--expr', text))
}

/** `dashkey url …`: prints one URL, prefilled. */
export async function urlCommand(io: CliIo, words: string[], options: UrlOptions): Promise<void> {
  checkAssignments(options)
  await withSession(io, options.catalog, async (session) => {
    const { found, values } = prepare(io, session, words, options)
    const built = buildUrl(found.report, values)
    if (!built.ok) throw new CliError(built.error)
    built.warnings.forEach((w) => io.stderr(`warning: ${w}`))
    io.stdout(built.url)
  })
}

/** `dashkey open …`: opens the URL in the browser (DASHKEY_BROWSER, else the system's). */
export async function openCommand(io: CliIo, words: string[], options: UrlOptions): Promise<void> {
  if (options.print) return urlCommand(io, words, options)
  checkAssignments(options)
  await withSession(io, options.catalog, async (session) => {
    const { found, values } = prepare(io, session, words, options)
    const browserCommand =
      io.env.DASHKEY_BROWSER || session.state.settings.browserCommand || undefined
    const result = await launchReport(found.report, values, { browserCommand, opener: io.openUrl })
    if (!result.ok) throw new CliError(result.error)
    result.warnings.forEach((w) => io.stderr(`warning: ${w}`))
    // What was opened for which words teaches the ranking, in the app as here.
    await session.store.update((state) =>
      recordOpen(
        state,
        {
          report: found.report.id,
          customer: values.customer?.name ?? null,
          ...(found.query ? { query: found.query } : {}),
        },
        Date.now(),
      ),
    )
    io.stderr(`opened ${result.url}`)
  })
}
