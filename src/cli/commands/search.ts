import { createSearch } from '../../shared/search'
import { readCatalog } from '../context'
import { printRecords, reportRecord } from '../format'
import { CliError, type CliIo } from '../io'

export interface SearchOptions {
  json: boolean
  limit: number
  catalog: string[]
}

/** `dashkey search <words…>`: the matching reports, best first; none is exit 1. */
export async function searchCommand(
  io: CliIo,
  words: string[],
  options: SearchOptions,
): Promise<void> {
  const catalog = await readCatalog(io, options.catalog)
  const query = words.join(' ')
  const results = createSearch(catalog).search(query, { limit: options.limit })
  const records = results.map((r) => reportRecord(r.report, r.customer))
  if (records.length === 0) {
    if (options.json) io.stdout('[]')
    throw new CliError(`no report matches "${query}"`)
  }
  io.stdout(printRecords(records, options.json))
}
