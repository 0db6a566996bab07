// Regenerates catalog/catalog.schema.json from the zod schema: `npm run schema`.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { catalogJsonSchema } from '../src/shared/catalog/json-schema'

const target = fileURLToPath(new URL('../catalog/catalog.schema.json', import.meta.url))
writeFileSync(target, catalogJsonSchema())
console.log(`wrote ${target}`)
