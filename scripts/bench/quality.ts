/**
 * Search quality over the labelled queries (tests/unit/search/quality-queries.ts): how often the
 * report meant is first (top-1) or among the first three (top-3), for Dashkey's search and for
 * plain fuse.js (the product's keys and options, the whole query as one pattern).
 */
import { fileURLToPath } from 'node:url'
import Fuse from 'fuse.js'
import { loadCatalog } from '../../src/main/services/catalog-loader'
import { layerCatalog } from '../../src/shared/catalog/layer'
import { parseCatalogText } from '../../src/shared/catalog/parse'
import { formatProblem } from '../../src/shared/catalog/problems'
import { CustomerSchema, type Catalog } from '../../src/shared/catalog/schema'
import { createSearch } from '../../src/shared/search'
import { FUSE_OPTIONS } from '../../src/shared/search/fuse-options'
import { LABELLED_QUERIES, type LabelledQuery } from '../../tests/unit/search/quality-queries'
import { generateCatalog } from './generate'

/** The generated catalog of the labelled queries. */
export const QUALITY_SIZE = 2000
export const QUALITY_SEED = 11

const BUNDLED_DIR = fileURLToPath(new URL('../../catalog', import.meta.url))

/** Customers a person would have in their saved state; the bundled catalog has none. */
const STATE_CUSTOMERS = [
  { name: 'Acme, Inc.', aliases: ['Acme'] },
  { name: 'Chime', aliases: ['Chime Financial'] },
  { name: 'Initech' },
].map((customer) => CustomerSchema.parse(customer))

/** A catalog file's text (JSON) loaded as the app loads it: parsed, checked, layered. */
export function catalogFromText(text: string, name = 'generated.json'): Catalog {
  const parsed = parseCatalogText(text, name)
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'))
  const { catalog, problems } = layerCatalog([{ layer: 'synced', file: parsed.file }])
  const errors = problems.filter((problem) => problem.severity === 'error')
  if (errors.length > 0) throw new Error(errors.map(formatProblem).join('\n'))
  return catalog
}

export interface QualityCatalogs {
  bundled: Catalog
  generated: Catalog
}

export async function qualityCatalogs(): Promise<QualityCatalogs> {
  const loaded = await loadCatalog({ bundledDir: BUNDLED_DIR, userDir: '/nonexistent/dashkey' })
  const errors = loaded.problems.filter((problem) => problem.severity === 'error')
  if (errors.length > 0) throw new Error(errors.map(formatProblem).join('\n'))
  return {
    bundled: {
      reports: loaded.catalog.reports,
      customers: [...loaded.catalog.customers, ...STATE_CUSTOMERS],
    },
    generated: catalogFromText(
      JSON.stringify(generateCatalog({ size: QUALITY_SIZE, seed: QUALITY_SEED })),
    ),
  }
}

/** Result ids, best first, for a query. */
export type Ranker = (query: string) => string[]

export interface QualityScore {
  queries: number
  top1: number
  top3: number
  /** The queries whose report was not first, with what came first. */
  misses: { query: string; expected: readonly string[]; got: string[] }[]
}

export function score(queries: readonly LabelledQuery[], rankers: QualityRankers): QualityScore {
  let top1 = 0
  let top3 = 0
  const misses: QualityScore['misses'] = []
  for (const labelled of queries) {
    const got = rankers[labelled.catalog](labelled.query).slice(0, 3)
    if (got[0] !== undefined && labelled.expected.includes(got[0])) top1++
    else misses.push({ query: labelled.query, expected: labelled.expected, got })
    if (got.some((id) => labelled.expected.includes(id))) top3++
  }
  return {
    queries: queries.length,
    top1: top1 / queries.length,
    top3: top3 / queries.length,
    misses,
  }
}

export type QualityRankers = Record<LabelledQuery['catalog'], Ranker>

/** Dashkey's search over each catalog. */
export function oursRankers(catalogs: QualityCatalogs): QualityRankers {
  const rank = (catalog: Catalog): Ranker => {
    const search = createSearch(catalog)
    return (query) => search.search(query, { limit: 3 }).map((result) => result.report.id)
  }
  return { bundled: rank(catalogs.bundled), generated: rank(catalogs.generated) }
}

/** Plain fuse.js: the same keys and options, the whole query as one pattern. */
export function plainFuseRankers(catalogs: QualityCatalogs): QualityRankers {
  const rank = (catalog: Catalog): Ranker => {
    const fuse = new Fuse(catalog.reports, FUSE_OPTIONS)
    return (query) => fuse.search(query, { limit: 3 }).map((result) => result.item.id)
  }
  return { bundled: rank(catalogs.bundled), generated: rank(catalogs.generated) }
}

export interface QualityReport {
  ours: QualityScore
  baseline: QualityScore
}

export async function measureQuality(): Promise<QualityReport> {
  const catalogs = await qualityCatalogs()
  return {
    ours: score(LABELLED_QUERIES, oursRankers(catalogs)),
    baseline: score(LABELLED_QUERIES, plainFuseRankers(catalogs)),
  }
}
