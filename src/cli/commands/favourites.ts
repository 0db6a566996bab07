import { addFavouriteReport, removeFavouriteReport } from '../../shared/state/operations'
import { reportRecord } from '../format'
import { CliError, type CliIo } from '../io'
import { resolveReport } from '../resolve-report'
import { personalOf, withSession } from '../session'

/** `dashkey fav add|rm <id | words…>`: stars or unstars a report. */
export async function favouriteChange(
  io: CliIo,
  action: 'add' | 'rm',
  words: string[],
): Promise<void> {
  await withSession(io, [], async ({ catalog, state, store }) => {
    const id = words.join(' ').trim()
    if (action === 'rm' && state.favouriteReports.includes(id)) {
      // By its id, a favourite can go even after its report left the catalog.
      await store.update((s) => removeFavouriteReport(s, id))
      io.stderr(`unstarred ${id}`)
      return
    }
    const { report } = resolveReport(catalog, words, state, personalOf(state))
    await store.update((s) =>
      action === 'add' ? addFavouriteReport(s, report.id) : removeFavouriteReport(s, report.id),
    )
    io.stderr(`${action === 'add' ? 'starred' : 'unstarred'} ${report.title} (${report.id})`)
  })
}

/** `dashkey fav list`: the starred reports in the person's order. */
export async function favouriteList(io: CliIo, options: { json: boolean }): Promise<void> {
  await withSession(io, [], async ({ catalog, state }) => {
    const rows = state.favouriteReports.flatMap((id) => {
      const report = catalog.reports.find((r) => r.id === id)
      if (!report) {
        io.stderr(`warning: favourite ${id} is no longer in the catalog`)
        return []
      }
      return [{ id, title: report.title, url: reportRecord(report, null).url }]
    })
    if (options.json) return io.stdout(JSON.stringify(rows, null, 2))
    if (rows.length === 0) throw new CliError('no favourite reports yet (dashkey fav add <report>)')
    rows.forEach((r) => io.stdout(`${r.id}  ${r.title}\n    ${r.url}`))
  })
}
