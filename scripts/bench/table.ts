/** The bench's printed tables. */
import type { SizeFigures } from './measure'
import type { QualityReport } from './quality'
import type { RendererFigures } from './renderer'

const ms = (value: number) =>
  Number.isNaN(value)
    ? '—'
    : value >= 100
      ? `${value.toFixed(0)} ms`
      : value >= 10
        ? `${value.toFixed(1)} ms`
        : `${value.toFixed(2)} ms`
const percent = (value: number) => `${(value * 100).toFixed(1)} %`
const count = (value: number) => value.toLocaleString('en-US')

/** One size, as two columns: Dashkey and plain fuse.js. */
export function sizeTable(f: SizeFigures): string {
  const rows: [string, string, string][] = [
    ['catalog load (parse + validate)', ms(f.loadMs), ''],
    ['  same file again, unchanged', ms(f.reloadMs), ''],
    ['index build', ms(f.buildMs), ms(f.baseline.buildMs)],
    ['keystroke median', ms(f.ours.p50Ms), ms(f.baseline.p50Ms)],
    ['keystroke p95', ms(f.ours.p95Ms), ms(f.baseline.p95Ms)],
    ['keystroke max', ms(f.ours.maxMs), ms(f.baseline.maxMs)],
    ['keystrokes timed', count(f.ours.count), count(f.baseline.count)],
    ['heap used, index built', `${f.heapMB.toFixed(0)} MB`, ''],
  ]
  const title = `${count(f.size)} reports (catalog file ${(f.fileBytes / 2 ** 20).toFixed(1)} MB)`
  const lines = [
    title,
    `  ${''.padEnd(32)} ${'Dashkey'.padStart(12)} ${'fuse.js'.padStart(12)}`,
    ...rows.map(([label, a, b]) => `  ${label.padEnd(32)} ${a.padStart(12)} ${b.padStart(12)}`),
    `  speedup (fuse.js p95 / Dashkey p95): ${f.speedup.toFixed(0)}×`,
  ]
  return lines.join('\n')
}

/** A Markdown table of right-aligned columns. */
function markdown(headers: readonly string[], rows: readonly string[][]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  return [line(headers), `|${headers.map(() => '---:').join('|')}|`, ...rows.map(line)].join('\n')
}

/** All sizes in one Markdown table (the README's). */
export function summaryTable(sizes: readonly SizeFigures[]): string {
  const headers = ['reports', 'load', 'reload', 'build', 'p50', 'p95', 'max', 'heap']
  headers.push('fuse.js build', 'fuse.js p50', 'fuse.js p95', 'speedup')
  const rows = sizes.map((f) => [
    count(f.size),
    ms(f.loadMs),
    ms(f.reloadMs),
    ms(f.buildMs),
    ms(f.ours.p50Ms),
    ms(f.ours.p95Ms),
    ms(f.ours.maxMs),
    `${f.heapMB.toFixed(0)} MB`,
    ms(f.baseline.buildMs),
    ms(f.baseline.p50Ms),
    ms(f.baseline.p95Ms),
    `${f.speedup.toFixed(0)}×`,
  ])
  return markdown(headers, rows)
}

export function qualityTable(quality: QualityReport): string {
  return [
    `quality: ${quality.ours.queries} labelled queries (bundled catalog and a generated one of 2,000)`,
    `  ${''.padEnd(14)} ${'top-1'.padStart(8)} ${'top-3'.padStart(8)}`,
    `  ${'Dashkey'.padEnd(14)} ${percent(quality.ours.top1).padStart(8)} ${percent(quality.ours.top3).padStart(8)}`,
    `  ${'plain fuse.js'.padEnd(14)} ${percent(quality.baseline.top1).padStart(8)} ${percent(quality.baseline.top3).padStart(8)}`,
  ].join('\n')
}

/** Keystroke to paint in the window, per size, against the worker alone (Markdown). */
export function rendererTable(figures: readonly RendererFigures[]): string {
  const headers = ['reports', 'keystrokes', 'p50', 'p95', 'max']
  headers.push('worker alone p50', 'worker alone p95', 'ratio (p95)')
  const rows = figures.map((f) => [
    count(f.size),
    count(f.samples),
    ms(f.p50Ms),
    ms(f.p95Ms),
    ms(f.maxMs),
    ms(f.worker.p50Ms),
    ms(f.worker.p95Ms),
    `${(f.worker.p95Ms / f.p95Ms).toFixed(1)}×`,
  ])
  return markdown(headers, rows)
}
