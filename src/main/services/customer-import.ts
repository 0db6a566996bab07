// Customer lists, as the CLI's `dashkey customers import FILE` and the settings view's import read
// them: one name per line, or CSV whose header starts with `name`.
import { parse } from 'csv-parse/sync'
import type { CustomerInput } from '../../shared/state/operations'

const ATTRIBUTE = /^[A-Za-z][A-Za-z0-9_]*$/
/** The saved state's limits (src/shared/state/schema.ts), checked here to say where. */
const MAX_NAME = 200
const MAX_ATTRIBUTE = 1000

type Row = { record: Record<string, string>; info: { lines: number } }

function lineOf(error: unknown): number | null {
  if (typeof error === 'object' && error !== null && 'lines' in error) {
    const { lines } = error
    if (typeof lines === 'number' && lines > 0) return lines
  }
  return null
}

function checkName(name: string, what: string, at: string): void {
  if (name.length > MAX_NAME) {
    throw new Error(`${at}: ${what} is longer than ${MAX_NAME} characters`)
  }
}

function plainLines(text: string, file: string): CustomerInput[] {
  const customers: CustomerInput[] = []
  text.split(/\r?\n/).forEach((raw, index) => {
    const name = raw.replace(/^\uFEFF/, '').trim()
    if (!name || name.startsWith('#')) return
    checkName(name, 'the name', `${file}:${index + 1}`)
    customers.push({ name })
  })
  return customers
}

function csvRows(text: string, file: string): CustomerInput[] {
  let rows: Row[]
  try {
    rows = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true, info: true })
  } catch (error) {
    const line = lineOf(error)
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(`${file}${line ? `:${line}` : ''}: ${message}`)
  }
  const columns = Object.keys(rows[0]?.record ?? {})
  const bad = columns.find((c) => c !== 'name' && c !== 'aliases' && !ATTRIBUTE.test(c))
  if (bad !== undefined) {
    throw new Error(`${file}:1: column "${bad}" is not an attribute name (letters, digits, _)`)
  }
  return rows.map(({ record, info }) => {
    const at = `${file}:${info.lines}`
    const { name = '', aliases = '', ...attributes } = record
    if (!name) throw new Error(`${at}: name is empty`)
    checkName(name, 'the name', at)
    const aliasList = aliases
      .split(';')
      .map((a) => a.trim())
      .filter(Boolean)
    aliasList.forEach((alias) => checkName(alias, `the alias "${alias.slice(0, 20)}…"`, at))
    const given = Object.entries(attributes).filter(([, value]) => value !== '')
    const long = given.find(([, value]) => value.length > MAX_ATTRIBUTE)
    if (long) throw new Error(`${at}: ${long[0]} is longer than ${MAX_ATTRIBUTE} characters`)
    return { name, aliases: aliasList, attributes: Object.fromEntries(given) }
  })
}

/**
 * Reads a customer list: one name per line, or CSV whose header starts with `name`
 * (`name,aliases,<attribute>…`, aliases separated by `;`). Blank lines and `#` comments are
 * skipped in the plain form. A problem throws an Error saying `file:line: what`.
 */
export function parseCustomerFile(text: string, file: string): CustomerInput[] {
  const firstLine =
    text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/, 1)[0]
      ?.trim()
      .toLowerCase() ?? ''
  const csv = /^"?name"?\s*(,|$)/.test(firstLine) && firstLine.includes(',')
  return csv ? csvRows(text, file) : plainLines(text, file)
}
