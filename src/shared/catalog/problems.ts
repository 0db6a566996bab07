/** A problem found in a catalog file, located so a person can jump to it. */
export interface CatalogProblem {
  severity: 'error' | 'warning'
  file: string
  line: number
  column: number
  /** The field, as a path: `reports[3].filters[0].name`; empty for the file as a whole. */
  field: string
  message: string
}

/** `file:line:column: field: message` — the one format every catalog message uses. */
export function formatProblem(problem: CatalogProblem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`
  const prefix = problem.severity === 'warning' ? 'warning: ' : ''
  return problem.field
    ? `${where}: ${prefix}${problem.field}: ${problem.message}`
    : `${where}: ${prefix}${problem.message}`
}

/** `reports[3].filters[0].name` from `['reports', 3, 'filters', 0, 'name']`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('')
}
