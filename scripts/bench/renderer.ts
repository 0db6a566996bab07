/**
 * Keystroke-to-paint in the built renderer, in Chromium (playwright-core and Debian's chromium,
 * see ARCHITECTURE.md "Testing here"), over generated catalogs: the renderer part of
 * `npm run bench -- --renderer`, and all of `npm run bench:renderer`.
 *
 * The page is the real quick-find window (out/renderer, served by the app's own app:// handler)
 * with a stand-in for the preload's `window.dashkey` that answers with the generated catalog and
 * a fresh state. A keystroke is timed from its keydown event's timestamp to the first animation
 * frame after the results for the text typed are in the page (the list names the query and is
 * no longer busy): that frame paints them.
 *
 * Two figures per size, in the same page and run: the window searching with its own index, as a
 * person gets it (see window-index.ts), and the baseline, the same keystrokes while only the
 * search worker can answer (as after a catalog change while the window is shown, and as every
 * keystroke was answered before the window had an index of its own).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { loadCatalog } from '../../src/main/services/catalog-loader'
import type { CatalogSnapshot } from '../../src/shared/ipc'
import { defaultState, type State } from '../../src/shared/state/schema'
import { CHROMIUM, CHROMIUM_ARGS, ROOT, VIEWPORT } from '../../tests/e2e/harness/build'
import { serveStatic } from '../../tests/e2e/harness/server'
import { generateCatalog } from './generate'
import { TYPED_QUERIES } from './queries'
import { percentile } from './stats'

const OUT = join(ROOT, 'out/renderer')
/** What the built renderer is made from: a change in any of them rebuilds it first. */
const SOURCES = ['src/renderer', 'src/shared', 'src/preload', 'electron.vite.config.ts']
/** Page globals: the catalog's source, the probe, and the catalog change. */
const CATALOG_BINDING = '__dashkeyBenchCatalog'
const PROBE = '__dashkeyBench'
const SHOWS_RESULTS = '__dashkeyBenchShowsResults'
const CHANGE_CATALOG = '__dashkeyBenchChangeCatalog'

export interface Percentiles {
  samples: number
  p50Ms: number
  p95Ms: number
  maxMs: number
}

export interface RendererFigures extends Percentiles {
  size: number
  /** The same keystrokes answered by the search worker alone. */
  worker: Percentiles
}

export interface RendererOptions {
  queries?: readonly string[]
  seed?: number
  log?: (line: string) => void
  keystrokeTimeoutMs?: number
  /** Rebuild out/ even when it is newer than its sources. */
  rebuild?: boolean
}

function newestMtime(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false })
  if (stat === undefined) return 0
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), 0)
}

/** Builds out/ unless it is newer than every source; tells whether it built. */
export function ensureRendererBuild(rebuild = false): boolean {
  const built = newestMtime(join(OUT, 'index.html'))
  const sources = Math.max(...SOURCES.map((path) => newestMtime(join(ROOT, path))))
  if (!rebuild && built > sources) return false
  execFileSync('npx', ['electron-vite', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  return true
}

/** The snapshot main would send for a generated catalog, loaded by the app's own loader. */
export async function benchSnapshot(size: number, seed?: number): Promise<CatalogSnapshot> {
  const dir = mkdtempSync(join(tmpdir(), 'dashkey-bench-'))
  try {
    const file = generateCatalog({ size, ...(seed === undefined ? {} : { seed }) })
    writeFileSync(join(dir, 'bench.json'), JSON.stringify(file))
    const loaded = await loadCatalog({ bundledDir: dir, userDir: join(dir, 'none') })
    const errors = loaded.problems.filter((p) => p.severity === 'error')
    if (errors.length > 0) {
      throw new Error(`the generated catalog does not load: ${JSON.stringify(errors.slice(0, 3))}`)
    }
    const { reports, customers } = loaded.catalog
    return { version: 1, reports, customers }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function summarise(samples: readonly number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    samples: sorted.length,
    p50Ms: percentile(sorted, 0.5),
    p95Ms: percentile(sorted, 0.95),
    maxMs: sorted.at(-1) ?? Number.NaN,
  }
}

// What runs in the page is serialised into it: it uses nothing from this module's scope, and no
// DOM types (the node project has no DOM lib), only the little it needs, typed here.
interface PageElement {
  id: string
  value?: string
  getAttribute(name: string): string | null
}
interface PageDocument {
  body: unknown
  querySelector(selector: string): PageElement | null
}
interface PageGlobal {
  document: PageDocument
  performance: { now(): number }
  requestAnimationFrame(callback: () => void): void
  addEventListener(
    type: string,
    listener: (event: { timeStamp: number }) => void,
    capture: boolean,
  ): void
  MutationObserver: new (callback: () => void) => {
    observe(target: unknown, options: Record<string, boolean>): void
  }
}
interface Probe {
  samples: number[]
  /** Times the next keydown, until `query`'s results are in the page. */
  arm(query: string): void
}
type WithProbe = Record<string, Probe | undefined>

interface FakeSetup {
  state: State
  binding: string
  change: string
}

/**
 * The preload's `window.dashkey`, as far as the quick-find window needs it: the catalog (fetched
 * from the bench through a binding), a fresh state, no notices; every other call is refused and
 * every event never fires, except catalog changes, which the bench sends with `setup.change`.
 */
function installFakeDashkey(setup: FakeSetup): void {
  const page = globalThis as unknown as Record<string, unknown>
  const fetchCatalog = () => (page[setup.binding] as () => Promise<string>)()
  let catalog: Promise<{ version: number }> | null = null
  const getCatalog = () => {
    catalog ??= fetchCatalog().then((text) => JSON.parse(text) as { version: number })
    return catalog
  }
  const catalogListeners: ((snapshot: unknown) => void)[] = []
  const values: Record<string, () => Promise<unknown>> = {
    getState: () => Promise.resolve(setup.state),
    getNotices: () => Promise.resolve([]),
    getCatalog,
  }
  // The same reports under a newer version: what main sends after a catalog file changes.
  page[setup.change] = async () => {
    const current = await getCatalog()
    const next = { ...current, version: current.version + 1 }
    catalog = Promise.resolve(next)
    for (const listener of catalogListeners) listener(next)
  }
  const api = new Proxy(
    {},
    {
      get: (_target, name) => {
        if (typeof name !== 'string' || name === 'then') return undefined
        if (name === 'onCatalogChanged') {
          return (listener: (snapshot: unknown) => void) => {
            catalogListeners.push(listener)
            return () => {}
          }
        }
        if (/^on[A-Z]/.test(name)) return () => () => {}
        const value = values[name]
        return async () =>
          value === undefined
            ? { ok: false, error: `${name} is not part of the bench` }
            : { ok: true, value: await value() }
      },
    },
  )
  Object.defineProperty(page, 'dashkey', { value: api, enumerable: true })
}

/** Whether the results list answers `query`: the box shows it and the list is not busy. */
type ShowsResults = (query: string) => boolean

/**
 * Installs, as the page global `name`, whether the results list answers a query: the box shows
 * it and the list is not busy. The probe and the bench's waits both ask it.
 */
function installShowsResults(name: string): void {
  const page = globalThis as unknown as PageGlobal & Record<string, unknown>
  const shows: ShowsResults = (query) => {
    const list = page.document.querySelector('[role="listbox"][aria-label="Reports"]')
    const box = list && page.document.querySelector(`[aria-controls="${list.id}"]`)
    return box?.value === query && list?.getAttribute('aria-busy') === 'false'
  }
  page[name] = shows
}

async function waitForResults(page: Page, query: string, timeout: number): Promise<void> {
  await page.waitForFunction(
    ([check, q]) => (globalThis as unknown as Record<string, ShowsResults>)[check]?.(q) === true,
    [SHOWS_RESULTS, query] as const,
    { timeout },
  )
}

function installProbe({ probe, check }: { probe: string; check: string }): void {
  const page = globalThis as unknown as PageGlobal & Record<string, unknown>
  const samples: number[] = []
  let armed: { query: string; start: number | null } | null = null
  const rendered = (query: string) => (page[check] as ShowsResults)(query)
  page.addEventListener(
    'keydown',
    (event) => {
      if (armed !== null && armed.start === null) armed.start = event.timeStamp
    },
    true,
  )
  // Mutation callbacks run right after the DOM changes, before the frame that paints them.
  new page.MutationObserver(() => {
    if (armed === null || armed.start === null || !rendered(armed.query)) return
    const start = armed.start
    armed = null
    page.requestAnimationFrame(() => samples.push(page.performance.now() - start))
  }).observe(page.document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  })
  const installed: Probe = { samples, arm: (query) => void (armed = { query, start: null }) }
  page[probe] = installed
}

async function samplesSoFar(page: Page): Promise<number> {
  const count = await page.evaluate(
    (probe) => (globalThis as unknown as WithProbe)[probe]?.samples.length,
    PROBE,
  )
  return count ?? 0
}

/** Types one character with the probe armed for `query`, and waits for its sample. */
async function typeMeasuredChar(page: Page, char: string, query: string, timeout: number) {
  const before = await samplesSoFar(page)
  await page.evaluate(([probe, q]) => (globalThis as unknown as WithProbe)[probe]?.arm(q), [
    PROBE,
    query,
  ] as const)
  await page.keyboard.type(char)
  await page.waitForFunction(
    ([probe, n]) => ((globalThis as unknown as WithProbe)[probe]?.samples.length ?? 0) > n,
    [PROBE, before] as const,
    { timeout },
  )
}

async function takeSamples(page: Page, from: number): Promise<number[]> {
  const all = await page.evaluate(
    (probe) => (globalThis as unknown as WithProbe)[probe]?.samples ?? [],
    PROBE,
  )
  return all.slice(from)
}

/** Types each query a character at a time, timing every keystroke; Escape clears in between. */
async function typeMeasured(page: Page, queries: readonly string[], timeout: number) {
  const from = await samplesSoFar(page)
  for (const query of queries) {
    let prefix = ''
    for (const char of query) {
      prefix += char
      await typeMeasuredChar(page, char, prefix, timeout)
    }
    await page.keyboard.press('Escape')
    await waitForResults(page, '', timeout)
  }
  return summarise(await takeSamples(page, from))
}

/** Types a query and waits for its results, untimed: a warm-up. */
async function typeUntimed(page: Page, query: string, timeout: number): Promise<void> {
  await page.keyboard.type(query)
  await waitForResults(page, query, timeout)
  await page.keyboard.press('Escape')
  await waitForResults(page, '', timeout)
}

async function openWindow(browser: Browser, origin: string, snapshotJson: string, log: Log) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 })
  const page = await context.newPage()
  page.on('pageerror', (error) => log(`page error: ${error.message}`))
  page.on('console', (m) => m.type() === 'error' && log(`console error: ${m.text()}`))
  await page.exposeFunction(CATALOG_BINDING, () => snapshotJson)
  // tsx names functions with a helper the page does not have.
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn' })
  await page.addInitScript(installShowsResults, SHOWS_RESULTS)
  await page.addInitScript(installFakeDashkey, {
    state: defaultState(),
    binding: CATALOG_BINDING,
    change: CHANGE_CATALOG,
  })
  await page.goto(`${origin}/index.html`)
  await page.getByRole('combobox', { name: 'Search reports' }).focus()
  return { context, page }
}

type Log = (line: string) => void

async function measureSize(
  browser: Browser,
  origin: string,
  size: number,
  options: RendererOptions,
): Promise<RendererFigures> {
  const { queries = TYPED_QUERIES, seed, log = () => {}, keystrokeTimeoutMs = 15_000 } = options
  const snapshotJson = JSON.stringify(await benchSnapshot(size, seed))
  const { context, page } = await openWindow(browser, origin, snapshotJson, log)
  try {
    const warm = queries[0] ?? 'warm'
    // The first answer waits for the catalog and the index: not a keystroke's time.
    await typeUntimed(page, warm, 120_000)
    await page.evaluate(installProbe, { probe: PROBE, check: SHOWS_RESULTS })
    const window = await typeMeasured(page, queries, keystrokeTimeoutMs)

    // A catalog change while the window is shown: the worker answers until it is hidden.
    await page.evaluate(
      (change) => (globalThis as unknown as Record<string, () => void>)[change]?.(),
      CHANGE_CATALOG,
    )
    await typeUntimed(page, warm, 120_000)
    const worker = await typeMeasured(page, queries, keystrokeTimeoutMs)

    log(
      `renderer ${size}: ${window.samples} keystrokes, p50 ${window.p50Ms.toFixed(1)} ms ` +
        `(worker alone ${worker.p50Ms.toFixed(1)} ms)`,
    )
    return { size, ...window, worker }
  } finally {
    await context.close()
  }
}

export async function measureRenderer(
  sizes: readonly number[],
  options: RendererOptions = {},
): Promise<RendererFigures[]> {
  const log = options.log ?? (() => {})
  if (ensureRendererBuild(options.rebuild)) log('renderer: built out/')
  const [browser, server] = await Promise.all([
    chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true }),
    serveStatic(OUT),
  ])
  try {
    const figures: RendererFigures[] = []
    for (const size of sizes) figures.push(await measureSize(browser, server.origin, size, options))
    return figures
  } finally {
    await browser.close()
    await server.close()
  }
}
