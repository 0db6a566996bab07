import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { catalogJsonSchema } from '../../../src/shared/catalog/json-schema'

const file = fileURLToPath(new URL('../../../catalog/catalog.schema.json', import.meta.url))

describe('catalog/catalog.schema.json', () => {
  it('is the schema generated from the zod model (run `npm run schema` after a model change)', () => {
    expect(readFileSync(file, 'utf8')).toBe(catalogJsonSchema())
  })

  it('describes the fields a catalog author types', () => {
    const schema = JSON.parse(catalogJsonSchema()) as {
      required: string[]
      properties: Record<string, unknown>
      additionalProperties: boolean
    }
    expect(schema.required).toEqual(['version'])
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['version', 'hosts', 'reports', 'customers']),
    )
    expect(schema.additionalProperties).toBe(false)
  })
})
