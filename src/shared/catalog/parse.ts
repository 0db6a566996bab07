import { LineCounter, isMap, isNode, isScalar, parseDocument } from 'yaml'
import type { Document } from 'yaml'
import type { z } from 'zod'
import { fieldPath, type CatalogProblem } from './problems'
import { CatalogFileSchema, type CatalogFile } from './schema'

/** Files over this size are refused before they are read (SECURITY.md row 15). */
export const MAX_CATALOG_BYTES = 64 * 1024 * 1024
/** Aliases a file may resolve; a YAML "billion laughs" bomb needs far more. */
export const MAX_YAML_ALIASES = 100

export interface Position {
  line: number
  column: number
}

/** A catalog file that parsed and matched the schema, with a way to point back into it. */
export interface ParsedCatalogFile {
  path: string
  data: CatalogFile
  /** The position of the node at `path` (or its nearest existing parent). */
  locate(path: readonly PropertyKey[]): Position
}

export type ParseResult =
  { ok: true; file: ParsedCatalogFile } | { ok: false; problems: CatalogProblem[] }

function problemAt(file: string, at: Position, field: string, message: string): CatalogProblem {
  return { severity: 'error', file, line: at.line, column: at.column, field, message }
}

function locator(doc: Document, lines: LineCounter): ParsedCatalogFile['locate'] {
  return (path) => {
    // Walk up until a node exists: a missing field is reported where its object starts.
    for (let depth = path.length; depth >= 0; depth--) {
      const node: unknown = doc.getIn(path.slice(0, depth), true)
      if (isNode(node) && node.range) {
        const { line, col } = lines.linePos(node.range[0])
        return { line, column: col }
      }
    }
    return { line: 1, column: 1 }
  }
}

/** An unknown key is best reported at the key itself, not at its object. */
function keyPosition(
  doc: Document,
  lines: LineCounter,
  path: readonly PropertyKey[],
  key: string,
): Position | null {
  const node: unknown = path.length === 0 ? doc.contents : doc.getIn(path, true)
  if (!isMap(node)) return null
  const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key)
  if (!pair || !isScalar(pair.key) || !pair.key.range) return null
  const { line, col } = lines.linePos(pair.key.range[0])
  return { line, column: col }
}

function schemaProblems(
  path: string,
  issues: readonly z.core.$ZodIssue[],
  doc: Document,
  lines: LineCounter,
): CatalogProblem[] {
  const locate = locator(doc, lines)
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) =>
        problemAt(
          path,
          keyPosition(doc, lines, issue.path, key) ?? locate(issue.path),
          fieldPath([...issue.path, key]),
          'unknown field (check its spelling; catalog.schema.json lists the fields)',
        ),
      )
    }
    return [problemAt(path, locate(issue.path), fieldPath(issue.path), issue.message)]
  })
}

/**
 * Parses one catalog file (YAML, or JSON, which is YAML too) and checks it against the schema.
 * Every problem is located: `file:line:column: field: message`.
 */
export function parseCatalogText(text: string, path: string): ParseResult {
  if (text.length > MAX_CATALOG_BYTES) {
    const message = `file is larger than the ${MAX_CATALOG_BYTES / 1024 / 1024} MB limit`
    return { ok: false, problems: [problemAt(path, { line: 1, column: 1 }, '', message)] }
  }
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => {
        const { line, col } = lines.linePos(error.pos[0])
        return problemAt(path, { line, column: col }, '', error.message.split('\n')[0] ?? '')
      }),
    }
  }
  let raw: unknown
  try {
    raw = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, problems: [problemAt(path, { line: 1, column: 1 }, '', message)] }
  }
  const result = CatalogFileSchema.safeParse(raw ?? {})
  if (!result.success) {
    return { ok: false, problems: schemaProblems(path, result.error.issues, doc, lines) }
  }
  return { ok: true, file: { path, data: result.data, locate: locator(doc, lines) } }
}
