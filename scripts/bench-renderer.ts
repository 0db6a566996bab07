/**
 * `npm run bench:renderer [-- SIZE…]`: keystroke-to-paint in the built renderer, in Chromium,
 * over generated catalogs (10,000 and 50,000 reports by default). Target: p95 ≤ 16 ms at 10k.
 */
import { measureRenderer } from './bench/renderer'

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0)
const figures = await measureRenderer(sizes.length > 0 ? sizes : [10_000, 50_000], {
  log: (line) => console.error(line),
})
const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(10)
console.log(
  `${'reports'.padStart(8)} ${'keys'.padStart(5)} ${'p50'.padStart(10)} ${'p95'.padStart(10)} ${'max'.padStart(10)}`,
)
for (const f of figures) {
  console.log(
    `${String(f.size).padStart(8)} ${String(f.samples).padStart(5)} ${ms(f.p50Ms)} ${ms(f.p95Ms)} ${ms(f.maxMs)}`,
  )
}
