import { parse } from 'csv-parse/sync'
import type { CustomerInput } from '../shared/state/operations'
import { CliError } from './io'

const ATTRIBUTE = /^[A-Za-z][A-Za-z0-9_]*$/

/**
 * Reads a customer list: one name per line, or CSV whose header starts with `name`
 * (`name,aliases,<attribute>…`, aliases separated by `;`). Blank lines and `#` comments are
 * skipped in the plain form.
 */
export function parseCustomerFile(text: string, file: string): CustomerInput[] {
  const firstLine = text.split(/\r?\n/, 1)[0]?.trim().toLowerCase() ?? ''
  if (!/^"?name"?\s*(,|$)/.test(firstLine) || !firstLine.includes(',')) {
    return text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'))
      .map((name) => ({ name }))
  }
  let rows: Record<string, string>[]
  try {
    rows = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true })
  } catch (error) {
    throw new CliError(`${file}: ${error instanceof Error ? error.message : String(error)}`)
  }
  const columns = Object.keys(rows[0] ?? {})
  const bad = columns.find((c) => c !== 'name' && c !== 'aliases' && !ATTRIBUTE.test(c))
  if (bad !== undefined)
    throw new CliError(`${file}:1: column "${bad}" is not an attribute name (letters, digits, _)`)
  return rows.map((row, index) => {
    const { name = '', aliases = '', ...attributes } = row
    if (!name) throw new CliError(`${file}:${index + 2}: name is empty`)
    const given = Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== ''))
    return {
      name,
      aliases: aliases
        .split(';')
        .map((a) => a.trim())
        .filter(Boolean),
      attributes: given,
    }
  })
}
