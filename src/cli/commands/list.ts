import { readCatalog } from '../context'
import { printRecords, reportRecord } from '../format'
import type { CliIo } from '../io'

export interface ListOptions {
  json: boolean
  catalog: string[]
}

/** `dashkey list`: every report, in catalog order. */
export async function listCommand(io: CliIo, options: ListOptions): Promise<void> {
  const catalog = await readCatalog(io, options.catalog)
  io.stdout(
    printRecords(
      catalog.reports.map((r) => reportRecord(r, null)),
      options.json,
    ),
  )
}
