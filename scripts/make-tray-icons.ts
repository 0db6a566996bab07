// Renders the tray icons in resources/tray/ from the SVG below, with Debian's Chromium (never a
// browser download): `npx tsx scripts/make-tray-icons.ts`. Commit the PNGs it writes.
//
// - macOS: `trayTemplate.png` (16 px) and `trayTemplate@2x.png` (32 px), black with alpha. The
//   "Template" suffix makes macOS treat them as template images: it paints them in the menu bar's
//   own colour, so they read on light and dark menu bars and when highlighted.
// - Windows and Linux: `tray.png` (32 px) and `tray@2x.png` (64 px), a mid-tone indigo keycap
//   with white bars and a dark rim: mid-tone reads against both light and dark panels, and the
//   rim keeps its edge on a panel of a similar colour. Linux panels draw tray icons at 22–24 px,
//   so the 1x image is 32 px and is scaled down, never up.
// The drawing: a keycap (the keyboard) holding three rising bars (the dashboard).
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/harness/build'

const OUT = fileURLToPath(new URL('../resources/tray/', import.meta.url))

/** The bars, on whole pixels of the 16 px grid so the 1x template stays sharp; bottoms aligned. */
const BARS = [
  { x: 4, y: 9, height: 3 },
  { x: 7, y: 7, height: 5 },
  { x: 10, y: 5, height: 7 },
]

function bars(fill: string): string {
  return BARS.map(
    (b) => `<rect x="${b.x}" y="${b.y}" width="2" height="${b.height}" rx="0.3" fill="${fill}"/>`,
  ).join('')
}

/** Black with alpha only: an outlined keycap, the bars cut in solid. */
const TEMPLATE = `
  <rect x="1.5" y="1.5" width="13" height="13" rx="3" fill="none" stroke="#000" stroke-width="1"/>
  ${bars('#000')}`

/** Filled keycap in indigo, a darker rim, white bars. */
const COLOURED = `
  <rect x="1" y="1" width="14" height="14" rx="3.2" fill="#5b5bd6" stroke="#2f2f8f" stroke-width="0.9"/>
  <rect x="2.3" y="2.1" width="11.4" height="1.2" rx="0.6" fill="#ffffff" fill-opacity="0.18"/>
  ${bars('#ffffff')}`

const ICONS = [
  { file: 'trayTemplate.png', size: 16, body: TEMPLATE },
  { file: 'trayTemplate@2x.png', size: 32, body: TEMPLATE },
  { file: 'tray.png', size: 32, body: COLOURED },
  { file: 'tray@2x.png', size: 64, body: COLOURED },
]

function page(size: number, body: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 16 16">${body}</svg>`
  return `<!doctype html><html><head><style>html,body{margin:0;background:transparent}svg{display:block}</style></head><body>${svg}</body></html>`
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true })
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  })
  try {
    for (const icon of ICONS) {
      const tab = await browser.newPage({
        viewport: { width: icon.size, height: icon.size },
        deviceScaleFactor: 1,
      })
      await tab.setContent(page(icon.size, icon.body))
      const png = await tab.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: icon.size, height: icon.size },
      })
      writeFileSync(`${OUT}${icon.file}`, png)
      console.log(`wrote resources/tray/${icon.file} (${icon.size}×${icon.size})`)
      await tab.close()
    }
  } finally {
    await browser.close()
  }
}

await main()
