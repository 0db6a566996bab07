import { createSearch } from '../../shared/search'
import { printRecords, reportRecord } from '../format'
import { CliError, type CliIo } from '../io'
import { personalOf, withSession } from '../session'

export interface SearchOptions {
  json: boolean
  limit: number
  catalog: string[]
}

/** `dashkey search <words…>`: the matching reports, best first, ranked as the app ranks them. */
export async function searchCommand(
  io: CliIo,
  words: string[],
  options: SearchOptions,
): Promise<void> {
  await withSession(io, options.catalog, async ({ catalog, state }) => {
    const query = words.join(' ')
    const results = createSearch(catalog).search(query, {
      limit: options.limit,
      personal: personalOf(state),
    })
    const records = results.map((r) => reportRecord(r.report, r.customer, r.pin))
    if (records.length === 0) {
      if (options.json) io.stdout('[]')
      throw new CliError(`no report matches "${query}"`)
    }
    io.stdout(printRecords(records, options.json))
  })
}
