import { z } from 'zod'
import { CatalogFileSchema } from './schema'

/**
 * The JSON Schema of a catalog file, for editor completion (`# yaml-language-server: $schema=…`).
 * Generated from the zod schema so the two cannot disagree; a test keeps the file up to date.
 */
export function catalogJsonSchema(): string {
  const schema = z.toJSONSchema(CatalogFileSchema, { io: 'input', target: 'draft-2020-12' })
  const titled = { ...schema, title: 'Dashkey catalog file', $id: 'catalog.schema.json' }
  return `${JSON.stringify(titled, null, 2)}\n`
}
