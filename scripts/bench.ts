/**
 * `npm run bench [-- --json FILE] [--sizes 1000,10000] [--renderer]`: search and catalog loading
 * over generated catalogs of 1,000 to 100,000 reports (seeded, the same on every run), against
 * plain fuse.js with the product's keys and options, plus search quality over the labelled
 * queries. Not part of `npm test`; about 5 minutes on the bench machine.
 *
 * Times are wall-clock, in this process, one keystroke at a time, as the quick-find window
 * searches. The machine's load average is printed with them: other work on the machine shows up
 * in the figures, and is not filtered out.
 */
import { writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { parseArgs } from 'node:util'
import { FIRST_SCREEN } from '../src/renderer/src/search/limits'
import { measureSize, type SizeFigures } from './bench/measure'
import { keystrokes } from './bench/queries'
import { measureQuality } from './bench/quality'
import { measureRenderer, type RendererFigures } from './bench/renderer'
import { qualityTable, rendererTable, sizeTable, summaryTable } from './bench/table'

const SEED = 7
const DEFAULT_SIZES = [1_000, 10_000, 50_000, 100_000]
/** Plain fuse.js takes a second or more per keystroke at 100,000 reports: it is sampled. */
const BASELINE_BUDGET_MS = 60_000

interface Args {
  json: string | null
  sizes: number[]
  renderer: boolean
}

/** The command line, read with Node's own parser: unknown options and missing values refused. */
function readArgs(argv: string[]): Args {
  const { values } = parseArgs({
    args: argv,
    options: {
      json: { type: 'string' },
      sizes: { type: 'string' },
      renderer: { type: 'boolean', default: false },
    },
  })
  const sizes = values.sizes
    ?.split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0)
  if (sizes?.length === 0) throw new Error('--sizes takes numbers of reports: --sizes 1000,10000')
  return { json: values.json ?? null, sizes: sizes ?? DEFAULT_SIZES, renderer: values.renderer }
}

const args = readArgs(process.argv.slice(2))
const log = (line: string) => console.error(line)
const cpu = cpus()
const machine = {
  cpu: cpu[0]?.model.trim() ?? 'unknown',
  cores: cpu.length,
  node: process.version,
  loadAverage: loadavg().map((load) => Number(load.toFixed(2))),
}
console.log(
  `machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}; load average ${machine.loadAverage.join(' ')}`,
)
const typed = keystrokes()
console.log(
  `typing: ${typed.length} keystrokes (scripts/bench/queries.ts), ${FIRST_SCREEN} results each (the window's first screenful), seed ${SEED}\n`,
)

const sizes: SizeFigures[] = []
for (const size of args.sizes) {
  log(`${size} reports…`)
  const figures = await measureSize(size, {
    seed: SEED,
    keystrokes: typed,
    baselineBudgetMs: BASELINE_BUDGET_MS,
    log,
  })
  sizes.push(figures)
  console.log(`${sizeTable(figures)}\n`)
}

log('quality…')
const quality = await measureQuality()
console.log(`${qualityTable(quality)}\n`)

let renderer: RendererFigures[] = []
if (args.renderer) {
  renderer = await measureRenderer(
    args.sizes.filter((size) => size <= 50_000),
    { log },
  )
  console.log(`keystroke to paint in the window (Chromium):\n${rendererTable(renderer)}\n`)
} else {
  console.log('renderer: not measured (run with --renderer: keystroke to paint in Chromium)')
}

console.log(`\n${summaryTable(sizes)}`)
const after = loadavg().map((load) => load.toFixed(2))
console.log(`\nload average at the end: ${after.join(' ')}`)

if (args.json !== null) {
  const round = (value: number) => Math.round(value * 100) / 100
  const fraction = (value: number) => Number(value.toFixed(4))
  const report = {
    machine,
    sizes: sizes.map((f) => ({
      size: f.size,
      loadMs: round(f.loadMs),
      reloadMs: round(f.reloadMs),
      buildMs: round(f.buildMs),
      p50Ms: round(f.ours.p50Ms),
      p95Ms: round(f.ours.p95Ms),
      maxMs: round(f.ours.maxMs),
      heapMB: round(f.heapMB),
      keystrokes: f.ours.count,
      baseline: {
        buildMs: round(f.baseline.buildMs),
        p50Ms: round(f.baseline.p50Ms),
        p95Ms: round(f.baseline.p95Ms),
        keystrokes: f.baseline.count,
      },
      speedup: round(f.speedup),
    })),
    quality: {
      queries: quality.ours.queries,
      top1: fraction(quality.ours.top1),
      top3: fraction(quality.ours.top3),
      baseline: { top1: fraction(quality.baseline.top1), top3: fraction(quality.baseline.top3) },
    },
    renderer: renderer.map(({ size, p50Ms, p95Ms, maxMs, samples, worker }) => ({
      size,
      p50Ms: round(p50Ms),
      p95Ms: round(p95Ms),
      maxMs: round(maxMs),
      keystrokes: samples,
      baseline: { p50Ms: round(worker.p50Ms), p95Ms: round(worker.p95Ms) },
    })),
  }
  writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`)
  console.log(`wrote ${args.json}`)
}
