import { layerCatalog } from '../../shared/catalog/layer'
import { formatProblem, type CatalogProblem } from '../../shared/catalog/problems'
import { loadCatalog, parseFiles } from '../../main/services/catalog-loader'
import { cliPaths } from '../context'
import { CliError, type CliIo } from '../io'

export interface ValidateOptions {
  catalog: string[]
}

async function problemsOf(
  io: CliIo,
  files: string[],
  options: ValidateOptions,
): Promise<{ problems: CatalogProblem[]; reports: number }> {
  if (files.length > 0) {
    const parsed = await parseFiles(files, (declared) => declared)
    const layered = layerCatalog(parsed.files)
    return {
      problems: [...parsed.problems, ...layered.problems],
      reports: layered.catalog.reports.length,
    }
  }
  const paths = cliPaths(io)
  const loaded = await loadCatalog({
    bundledDir: paths.bundledCatalogDir,
    userDir: paths.userCatalogDir,
    extra: options.catalog,
  })
  return { problems: loaded.problems, reports: loaded.catalog.reports.length }
}

/** `dashkey validate [files…]`: one line per problem; any error is exit 1. */
export async function validateCommand(
  io: CliIo,
  files: string[],
  options: ValidateOptions,
): Promise<void> {
  const { problems, reports } = await problemsOf(io, files, options)
  problems.forEach((p) => io.stdout(formatProblem(p)))
  const errors = problems.filter((p) => p.severity === 'error').length
  if (errors > 0) throw new CliError(`${errors} error(s) in the catalog`)
  io.stderr(`catalog OK: ${reports} reports`)
}
