/**
 * The Node measurements of one catalog size: load the generated catalog file as the app does,
 * build the search, replay the typing one keystroke at a time; the same for plain fuse.js with
 * the product's keys and options, over the same reports, in the same process.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import Fuse from 'fuse.js'
import { clearParseCache, loadCatalog } from '../../src/main/services/catalog-loader'
import { formatProblem } from '../../src/shared/catalog/problems'
import type { Catalog } from '../../src/shared/catalog/schema'
import { createSearch } from '../../src/shared/search'
import { FUSE_OPTIONS } from '../../src/shared/search/fuse-options'
import { generateCatalog } from './generate'
import { median, percentile } from './stats'
import { FIRST_SCREEN } from '../../src/renderer/src/search/limits'

export interface Timings {
  p50Ms: number
  p95Ms: number
  maxMs: number
  /** How many keystrokes were timed. */
  count: number
}

export interface SizeFigures {
  size: number
  /** Bytes of the catalog file (JSON, as a sync writes it). */
  fileBytes: number
  /** Loading the file with the app's loader: read, parse, validate, layer (no cache). */
  loadMs: number
  /** Loading it again, unchanged (the parse cache). */
  reloadMs: number
  buildMs: number
  ours: Timings
  /** The heap in use once the catalog is loaded and the index built (after a full GC). */
  heapMB: number
  baseline: { buildMs: number } & Timings
  /** Plain fuse.js's p95 over ours. */
  speedup: number
}

const REPO_CATALOG = new URL('../../catalog', import.meta.url)
/** The engine's `gc`, once fetched. */
let collect: (() => void) | null = null

/** A full garbage collection, so heap figures do not depend on when the last one ran. */
export function fullGc(): void {
  if (collect === null) {
    // `gc` without --expose-gc on the command line: allowed at run time, in a fresh context.
    setFlagsFromString('--expose-gc')
    collect = runInNewContext('gc') as () => void
  }
  collect()
  collect()
}

/** Catalog loads and index builds are timed this many times; the median is reported. */
const RUNS = 3

function timings(samples: number[]): Timings {
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    p50Ms: percentile(sorted, 0.5),
    p95Ms: percentile(sorted, 0.95),
    maxMs: sorted.at(-1) ?? Number.NaN,
    count: sorted.length,
  }
}

function time(run: () => void): number {
  const start = performance.now()
  run()
  return performance.now() - start
}

export interface MeasureOptions {
  seed: number
  keystrokes: readonly string[]
  /** Wall-clock budget for plain fuse.js's keystrokes; beyond it, an even sample is timed. */
  baselineBudgetMs: number
  log(line: string): void
}

/** Writes the generated catalog where the app would find a synced file, and loads it. */
async function loadGenerated(
  size: number,
  seed: number,
  log: (line: string) => void,
): Promise<{ catalog: Catalog; fileBytes: number; loadMs: number; reloadMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'dashkey-bench-'))
  try {
    const text = JSON.stringify(generateCatalog({ size, seed }), null, 1)
    writeFileSync(join(dir, 'synced.json'), text)
    const sources = { bundledDir: REPO_CATALOG.pathname, userDir: dir }
    fullGc()
    // The median of three: one run on this machine varies by a quarter.
    const cold: number[] = []
    let loaded: Awaited<ReturnType<typeof loadCatalog>> | null = null
    for (let run = 0; run < RUNS; run++) {
      clearParseCache()
      const start = performance.now()
      loaded = await loadCatalog(sources)
      cold.push(performance.now() - start)
    }
    if (loaded === null) throw new Error('not loaded')
    const errors = loaded.problems.filter((problem) => problem.severity === 'error')
    if (errors.length > 0) throw new Error(errors.slice(0, 5).map(formatProblem).join('\n'))
    const warm: number[] = []
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now()
      const again = await loadCatalog(sources)
      warm.push(performance.now() - start)
      if (again.catalog.reports.length !== loaded.catalog.reports.length) {
        throw new Error('the unchanged catalog loaded differently')
      }
    }
    clearParseCache()
    const list = (samples: number[]) => samples.map((ms) => ms.toFixed(0)).join(', ')
    log(`  load ${list(cold)} ms; unchanged ${list(warm)} ms`)
    return {
      catalog: loaded.catalog,
      fileBytes: Buffer.byteLength(text),
      loadMs: median(cold),
      reloadMs: median(warm),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export async function measureSize(size: number, options: MeasureOptions): Promise<SizeFigures> {
  const { keystrokes, log } = options
  const { catalog, fileBytes, loadMs, reloadMs } = await loadGenerated(size, options.seed, log)
  log(`  loaded ${catalog.reports.length} reports`)

  // The build is timed three times (the median is reported); typing on a fresh instance, after a
  // warm-up on the first, so that it measures the search and not the JIT compiling it.
  const builds: number[] = []
  let first: ReturnType<typeof createSearch> | null = null
  for (let run = 0; run < RUNS; run++) {
    const buildStart = performance.now()
    const built = createSearch(catalog)
    builds.push(performance.now() - buildStart)
    first ??= built
  }
  if (first === null) throw new Error('not built')
  const buildMs = median(builds)
  log(`  build ${builds.map((ms) => ms.toFixed(0)).join(', ')} ms`)
  fullGc()
  const heapMB = process.memoryUsage().heapUsed / 2 ** 20
  for (const query of keystrokes.slice(0, 60)) first.search(query, { limit: FIRST_SCREEN })
  const search = createSearch(catalog)
  fullGc()
  const ours = keystrokes.map((query) => time(() => search.search(query, { limit: FIRST_SCREEN })))
  log(`  ours: ${keystrokes.length} keystrokes`)

  const fuseStart = performance.now()
  const plain = new Fuse(catalog.reports, FUSE_OPTIONS)
  const baselineBuildMs = performance.now() - fuseStart
  // Warm up, and estimate what every keystroke would cost.
  const probe = [0, 0.3, 0.6, 0.9].map(
    (f) => keystrokes[Math.floor(f * (keystrokes.length - 1))] ?? '',
  )
  const estimate =
    probe
      .map((query) => time(() => plain.search(query, { limit: FIRST_SCREEN })))
      .reduce((a, b) => a + b) / probe.length
  const stride = Math.max(1, Math.ceil((estimate * keystrokes.length) / options.baselineBudgetMs))
  fullGc()
  const sampled = keystrokes.filter((_, i) => i % stride === 0)
  const baselineSamples = sampled.map((query) =>
    time(() => plain.search(query, { limit: FIRST_SCREEN })),
  )
  log(`  plain fuse.js: ${sampled.length} of ${keystrokes.length} keystrokes (every ${stride})`)

  const oursTimings = timings(ours)
  const baseline = { buildMs: baselineBuildMs, ...timings(baselineSamples) }
  return {
    size,
    fileBytes,
    loadMs,
    reloadMs,
    buildMs,
    ours: oursTimings,
    heapMB,
    baseline,
    speedup: baseline.p95Ms / oursTimings.p95Ms,
  }
}
