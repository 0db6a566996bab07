/**
 * `npm run bench:renderer [-- SIZE…]`: keystroke-to-paint in the built renderer, in Chromium,
 * over generated catalogs (10,000 and 50,000 reports by default), against the search worker
 * alone in the same run. Target: p95 ≤ 16 ms at 10k. See scripts/bench/renderer.ts.
 */
import { cpus, loadavg } from 'node:os'
import { measureRenderer } from './bench/renderer'
import { rendererTable } from './bench/table'

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0)
const cpu = cpus()
console.log(
  `machine: ${cpu[0]?.model.trim() ?? 'unknown'}, ${cpu.length} cores, Node ${process.version}; ` +
    `load average ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}`,
)
const figures = await measureRenderer(sizes.length > 0 ? sizes : [10_000, 50_000], {
  log: (line) => console.error(line),
})
console.log(rendererTable(figures))
