/**
 * The loading fast paths give what the slow paths give: JSON read with JSON.parse and located by
 * scanning (json-text.ts) against the YAML parser, problems included; merged reports built
 * directly (layer.ts) against ReportSchema.parse, key order included.
 */
import { describe, expect, it } from 'vitest'
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml'
import { generateCatalog } from '../../../scripts/bench/generate'
import { jsonPositions, parseJsonObject } from '../../../src/shared/catalog/json-text'
import { layerCatalog } from '../../../src/shared/catalog/layer'
import {
  checkCatalogFile,
  parseCatalogText,
  parseCatalogYaml,
  type ParsedCatalogFile,
} from '../../../src/shared/catalog/parse'
import { formatProblem } from '../../../src/shared/catalog/problems'
import { CatalogFileSchema, ReportSchema } from '../../../src/shared/catalog/schema'

/** Every path into a value, and for each a path one step past its end. */
function pathsOf(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  const paths: PropertyKey[][] = [path, [...path, 'missing'], [...path, 7]]
  if (Array.isArray(value)) value.forEach((item, i) => paths.push(...pathsOf(item, [...path, i])))
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...path, key]))
  }
  return paths
}

/** The YAML parser's position of each key of each map. */
function yamlKeys(text: string): { path: PropertyKey[]; key: string; at: object }[] {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines })
  const found: { path: PropertyKey[]; key: string; at: object }[] = []
  const visit = (node: unknown, path: PropertyKey[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && pair.key.range) {
          const key = String(pair.key.value)
          const { line, col } = lines.linePos(pair.key.range[0])
          found.push({ path, key, at: { line, column: col } })
          visit(pair.value, [...path, key])
        }
      }
    } else if (isSeq(node)) node.items.forEach((item, i) => visit(item, [...path, i]))
  }
  visit(doc.contents, [])
  return found
}

/** The YAML parser's position of each path, walking up to the nearest node as parse.ts does. */
function yamlLocate(text: string) {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines })
  return (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as { range?: [number] } | undefined
      if (node?.range) {
        const { line, col } = lines.linePos(node.range[0])
        return { line, column: col }
      }
    }
    return { line: 1, column: 1 }
  }
}

const sample = {
  $schema: './catalog.schema.json',
  version: 1,
  hosts: ['bigco.looker.com'],
  reports: [
    { id: 'looker-look-1', title: 'Zürich “quoted” \\ {braces} [brackets]: a, b', tool: 'looker' },
    { url: 'https://bigco.looker.com/dashboards/2?x=%20', filters: [{ name: ' Week' }, {}] },
    [],
    {},
    'a string',
    null,
    12.5e3,
    true,
  ],
  customers: [{ name: 'Acme, Inc.', aliases: [], attributes: { installerEmail: 'a@b.c' } }],
}

describe('JSON positions', () => {
  it.each([
    ['pretty', JSON.stringify(sample, null, 2)],
    ['compact', JSON.stringify(sample)],
    ['CRLF and tabs', JSON.stringify(sample, null, '\t').replace(/\n/g, '\r\n')],
    ['leading space', `\n\n   ${JSON.stringify(sample, null, 1)}\n`],
    ['escapes', JSON.stringify(sample).replace(/"a string"/, '"a \\"q\\" \\u00fc \\\\"')],
  ])('match the YAML parser at every node (%s)', (_name, text) => {
    const positions = jsonPositions(text)
    const expected = yamlLocate(text)
    for (const path of pathsOf(JSON.parse(text))) {
      expect([path, positions.locate(path)]).toEqual([path, expected(path)])
    }
    expect(positions.locate(['reports', '1', 'filters', 0])).toEqual(
      expected(['reports', 1, 'filters', 0]),
    )
    const keys = yamlKeys(text)
    expect(keys.length).toBeGreaterThan(10)
    for (const { path, key, at } of keys) {
      expect([path, key, positions.keyPosition(path, key)]).toEqual([path, key, at])
    }
    expect(positions.keyPosition(['reports', 1], 'nope')).toBeNull()
    expect(positions.keyPosition(['reports', 4], 'x')).toBeNull()
  })

  it('reads only JSON objects with no repeated key', () => {
    expect(parseJsonObject(' {"a": 1, "b": {"a": 2}} ')).toEqual({ a: 1, b: { a: 2 } })
    expect(parseJsonObject('{"a": 1, "a": 2}')).toBeUndefined()
    expect(parseJsonObject('{"a": {"b": 1, "b": 1}}')).toBeUndefined()
    expect(parseJsonObject('{"a": "x:y", "b": ":"}')).toEqual({ a: 'x:y', b: ':' })
    expect(parseJsonObject('{"a:b": "https://x", "c": ["::", {"d": 1}]}')).toEqual({
      'a:b': 'https://x',
      c: ['::', { d: 1 }],
    })
    // A repeated key is seen whatever colons the strings around it hold.
    expect(parseJsonObject('{"u": "https://x", "a": 1, "a": ":"}')).toBeUndefined()
    // A colon written as an escape is left to the YAML parser, which reads it right.
    expect(parseJsonObject('{"a": "x\\u003ay"}')).toBeUndefined()
    const escaped = '{"version": 1, "customers": [{"name": "A\\u003aB"}]}'
    expect(parseCatalogText(escaped, 'x.json')).toMatchObject({
      ok: true,
      file: { data: { customers: [{ name: 'A:B' }] } },
    })
    expect(parseJsonObject('[1]')).toBeUndefined()
    expect(parseJsonObject('version: 1')).toBeUndefined()
    expect(parseJsonObject('{"a": 1} # comment')).toBeUndefined()
  })
})

describe('parsing a JSON catalog', () => {
  const valid = JSON.stringify(generateCatalog({ size: 40, seed: 3 }), null, 2)
  const broken = [
    ['valid', valid],
    ['unknown fields', valid.replace('"title":', '"titel":').replace('"layer":', '"layr":')],
    ['wrong values', valid.replace('"version": 1', '"version": 2').replace('"look"', '"lok"')],
    ['bad host', valid.replace('"bigco.looker.com",', '"Bad Host",')],
    ['bad filter', valid.replace('"customer": "name"', '"customer": "1name"')],
    ['empty title', valid.replace(/"title": "[^"]*"/, '"title": "  "')],
    ['repeated key', valid.replace('"version": 1,', '"version": 1, "version": 1,')],
    ['not JSON', valid.replace('"version": 1,', '"version": 1,,')],
    ['a report not an object', valid.replace('"reports": [', '"reports": [ 3,')],
    ['no reports', '{"version": 1, "reports": {"a": 1}}'],
    ['minimal', '{"version":1}'],
  ]

  it.each(broken)('gives what the YAML parser gives: %s', (name, text) => {
    const fast = parseCatalogText(text, 'sync.json')
    const slow = parseCatalogYaml(text, 'sync.json')
    expect(slow.ok).toBe(name === 'valid' || name === 'minimal')
    if (!slow.ok) {
      expect(fast.ok).toBe(false)
      expect(fast.ok ? [] : fast.problems.map(formatProblem)).toEqual(
        slow.problems.map(formatProblem),
      )
      return
    }
    expect(fast.ok).toBe(true)
    if (!fast.ok) return
    expect(fast.file.data).toEqual(slow.file.data)
    for (const path of pathsOf(JSON.parse(text))) {
      expect(fast.file.locate(path)).toEqual(slow.file.locate(path))
    }
  })
})

describe('checking a catalog file', () => {
  const valid = generateCatalog({ size: 30, seed: 9 })
  it.each([
    ['valid', valid],
    ['no reports', { version: 1 }],
    ['reports not a list', { ...valid, reports: { a: 1 } }],
    ['a bad report', { ...valid, reports: [...(valid.reports ?? []), { id: 'Bad Id', x: 1 }] }],
    ['a bad report and a bad host', { ...valid, hosts: ['x'], reports: [{ tool: 'nope' }] }],
    ['unknown key', { ...valid, extra: true }],
    ['not an object', [1, 2]],
    ['null', null],
  ])('gives what CatalogFileSchema gives: %s', (_name, raw) => {
    const fast = checkCatalogFile(raw)
    const slow = CatalogFileSchema.safeParse(raw)
    expect(fast.success).toBe(slow.success)
    if (fast.success && slow.success) {
      expect(JSON.stringify(fast.data)).toBe(JSON.stringify(slow.data))
    } else {
      expect(fast.error?.issues).toEqual(slow.error?.issues)
    }
  })
})

describe('merged reports', () => {
  const file = (layer: 'bundled' | 'user', text: string): ParsedCatalogFile => {
    const parsed = parseCatalogText(text, `${layer}.yaml`)
    if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'))
    return parsed.file
  }

  it('equal ReportSchema.parse of the merge, key order included', () => {
    const generated = generateCatalog({ size: 300, seed: 5 })
    const overrides = `version: 1
hosts: [other.looker.com]
reports:
  - { id: ${generated.reports?.[0]?.id}, title: Renamed, aliases: [x] }
  - { id: ${generated.reports?.[1]?.id}, url: "https://other.looker.com/looks/1", scope: company }
  - { id: ${generated.reports?.[2]?.id}, filters: [{ name: a }, { name: b, customer: name }] }
  - { url: "https://other.looker.com/dashboards/model::name", title: Derived id }
  - { id: other-link-new, title: New, tool: other, kind: link, url: "https://other.looker.com/x" }
`
    const { catalog, problems } = layerCatalog([
      { layer: 'bundled', file: file('bundled', JSON.stringify(generated)) },
      { layer: 'user', file: file('user', overrides) },
    ])
    expect(problems).toEqual([])
    expect(catalog.reports).toHaveLength(302)
    for (const report of catalog.reports) {
      expect(JSON.stringify(report)).toBe(JSON.stringify(ReportSchema.parse(report)))
    }
    expect(catalog.reports[0]).toMatchObject({ title: 'Renamed', aliases: ['x'] })
    expect(catalog.reports[1]?.hosts).toEqual(['other.looker.com'])
    expect(catalog.reports.find((r) => r.title === 'Derived id')?.id).toBe(
      'looker-dashboard-model::name',
    )
  })
})
