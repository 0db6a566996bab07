// Vitest globalSetup of the end-to-end suite: Debian's Chromium must be there (never a Playwright
// browser download), and one fresh build per run, so the pages under test are the sources' own.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
export const CHROMIUM = '/usr/bin/chromium'
/** How every suite and script here starts it (ARCHITECTURE.md, "Testing here"). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
/** The launcher window's size (src/main/launcher-window.ts). */
export const VIEWPORT = { width: 720, height: 460 }

export default function setup(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's Chromium with ` +
        '`apt-get update && apt-get install -y --no-install-recommends chromium` (as .ci/run does)',
    )
  }
  const started = Date.now()
  execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' })
  console.log(`e2e: built out/ in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
