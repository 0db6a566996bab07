import { LineCounter, isMap, isNode, isScalar, parseDocument } from 'yaml'
import type { Document } from 'yaml'
import type { z } from 'zod'
import { jsonPositions, parseJsonObject, type Position, type Positions } from './json-text'
import { fieldPath, type CatalogProblem } from './problems'
import { CatalogFileSchema, ReportEntrySchema, type CatalogFile, type ReportEntry } from './schema'

/** Files over this size are refused before they are read (SECURITY.md row 15). */
export const MAX_CATALOG_BYTES = 64 * 1024 * 1024
/** Aliases a file may resolve; a YAML "billion laughs" bomb needs far more. */
export const MAX_YAML_ALIASES = 100

export type { Position }

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

/** Positions in a parsed YAML document. */
function yamlPositions(doc: Document, lines: LineCounter): Positions {
  return {
    locate: locator(doc, lines),
    keyPosition: (path, key) => keyPosition(doc, lines, path, key),
  }
}

function schemaProblems(
  path: string,
  issues: readonly z.core.$ZodIssue[],
  positions: Positions,
): CatalogProblem[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) =>
        problemAt(
          path,
          positions.keyPosition(issue.path, key) ?? positions.locate(issue.path),
          fieldPath([...issue.path, key]),
          'unknown field (check its spelling; catalog.schema.json lists the fields)',
        ),
      )
    }
    return [problemAt(path, positions.locate(issue.path), fieldPath(issue.path), issue.message)]
  })
}

/**
 * `CatalogFileSchema.safeParse`, twice as fast for a valid file of many reports: zod's array
 * check costs as much again as checking each report on its own, so the file is checked without
 * its reports, then each report. The result is the same object; when anything fails, the whole
 * file is checked again the usual way, so that the problems are zod's own, in zod's order.
 */
export function checkCatalogFile(raw: unknown): z.ZodSafeParseResult<CatalogFile> {
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    const { reports, ...rest } = raw as Record<string, unknown>
    if (reports === undefined || Array.isArray(reports)) {
      const shell = CatalogFileSchema.safeParse({ ...rest, reports: [] })
      if (shell.success) {
        const entries: ReportEntry[] = []
        for (const entry of (reports ?? []) as unknown[]) {
          const checked = ReportEntrySchema.safeParse(entry)
          if (!checked.success) return CatalogFileSchema.safeParse(raw)
          entries.push(checked.data)
        }
        return { success: true, data: { ...shell.data, reports: entries } }
      }
    }
  }
  return CatalogFileSchema.safeParse(raw)
}

/**
 * Parses one catalog file (YAML, or JSON, which is YAML too) and checks it against the schema.
 * Every problem is located: `file:line:column: field: message`.
 *
 * A JSON object (what syncs and imports write) is read with JSON.parse, some 80 times faster than
 * the YAML parser, and its positions are found only if a problem needs one (see json-text.ts).
 * Anything JSON.parse refuses, or that repeats a key, goes the YAML way, so that its problems are
 * worded exactly as before.
 */
export function parseCatalogText(text: string, path: string): ParseResult {
  if (text.length > MAX_CATALOG_BYTES) {
    const message = `file is larger than the ${MAX_CATALOG_BYTES / 1024 / 1024} MB limit`
    return { ok: false, problems: [problemAt(path, { line: 1, column: 1 }, '', message)] }
  }
  const json = parseJsonObject(text)
  if (json !== undefined) {
    const positions = jsonPositions(text)
    const result = checkCatalogFile(json)
    if (!result.success) {
      return { ok: false, problems: schemaProblems(path, result.error.issues, positions) }
    }
    return { ok: true, file: { path, data: result.data, locate: positions.locate } }
  }
  return parseCatalogYaml(text, path)
}

/** The YAML way of {@link parseCatalogText}, for any text (exported for the tests that compare). */
export function parseCatalogYaml(text: string, path: string): ParseResult {
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
  const result = checkCatalogFile(raw ?? {})
  if (!result.success) {
    return {
      ok: false,
      problems: schemaProblems(path, result.error.issues, yamlPositions(doc, lines)),
    }
  }
  return { ok: true, file: { path, data: result.data, locate: locator(doc, lines) } }
}
