/**
 * Keystroke-to-paint in the built renderer, in Chromium (playwright-core, Debian's chromium; see
 * ARCHITECTURE.md "Testing here"), over generated catalogs: the renderer part of `npm run bench`
 * (with `--renderer`) and of `scripts/bench-renderer.ts`.
 *
 * NOTE: restored from tsx's transpile cache (/tmp/tsx-0) after it was overwritten by mistake;
 * the code is the author's, the types and these comments are reconstructed and the original
 * comments are lost. The author should check it against their copy.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { loadCatalog } from '../../src/main/services/catalog-loader'
import type { CatalogSnapshot } from '../../src/shared/ipc'
import { defaultState, type State } from '../../src/shared/state/schema'
import { CHROMIUM, ROOT } from '../../tests/e2e/harness/build'
import { serveStatic } from '../../tests/e2e/harness/server'
import { generateCatalog } from './generate'
import { TYPED_QUERIES } from './queries'

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
const VIEWPORT = { width: 720, height: 460 }
const OUT = join(ROOT, 'out/renderer')
const SOURCES = ['src/renderer', 'src/shared', 'src/preload', 'electron.vite.config.ts']
const CATALOG_BINDING = '__dashkeyBenchCatalog'
const PROBE = '__dashkeyBench'

export interface RendererFigures {
  size: number
  samples: number
  p50Ms: number
  p95Ms: number
  maxMs: number
}

export interface RendererOptions {
  queries?: readonly string[]
  seed?: number
  log?: (line: string) => void
  keystrokeTimeoutMs?: number
  rebuild?: boolean
}

function newestMtime(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false })
  if (stat === undefined) return 0
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), 0)
}

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
    return { version: 1, reports, customers } as CatalogSnapshot
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.ceil(p * sorted.length) - 1
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? Number.NaN
}

// What runs in the page is serialized into it: it uses nothing from this module's scope, and no
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
  arm(query: string): void
}

interface FakeSetup {
  state: State
  binding: string
}

function installFakeDashkey(setup: FakeSetup): void {
  const page = globalThis as unknown as Record<string, unknown>
  let catalog: Promise<unknown> | null = null
  const values: Record<string, () => Promise<unknown>> = {
    getState: () => Promise.resolve(setup.state),
    getNotices: () => Promise.resolve([]),
    getCatalog: () => {
      const fetch = page[setup.binding] as () => Promise<string>
      catalog ??= fetch().then((text) => JSON.parse(text) as unknown)
      return catalog
    },
  }
  const api = new Proxy(
    {},
    {
      get: (_target, name) => {
        if (typeof name !== 'string' || name === 'then') return undefined
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

function showsResultsFor(query: string): boolean {
  const { document } = globalThis as unknown as PageGlobal
  const list = document.querySelector('[role="listbox"][aria-label="Reports"]')
  const box = list && document.querySelector(`[aria-controls="${list.id}"]`)
  return box?.value === query && list?.getAttribute('aria-busy') === 'false'
}

function installProbe(name: string): void {
  const page = globalThis as unknown as PageGlobal & Record<string, unknown>
  const samples: number[] = []
  let armed: { query: string; start: number | null } | null = null
  const rendered = () => {
    const list = page.document.querySelector('[role="listbox"][aria-label="Reports"]')
    const box = list && page.document.querySelector(`[aria-controls="${list.id}"]`)
    return (
      armed !== null && box?.value === armed.query && list?.getAttribute('aria-busy') === 'false'
    )
  }
  page.addEventListener(
    'keydown',
    (event) => {
      if (armed !== null && armed.start === null) armed.start = event.timeStamp
    },
    true,
  )
  new page.MutationObserver(() => {
    if (armed === null || armed.start === null || !rendered()) return
    const start = armed.start
    armed = null
    page.requestAnimationFrame(() => samples.push(page.performance.now() - start))
  }).observe(page.document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  })
  const probe: Probe = { samples, arm: (query) => void (armed = { query, start: null }) }
  page[name] = probe
}

type WithProbe = Record<string, Probe | undefined>

async function typeMeasured(
  page: Page,
  queries: readonly string[],
  timeout: number,
): Promise<number[]> {
  let count = 0
  for (const query of queries) {
    let prefix = ''
    for (const char of query) {
      prefix += char
      await page.evaluate(([probe, q]) => (globalThis as unknown as WithProbe)[probe]?.arm(q), [
        PROBE,
        prefix,
      ] as const)
      await page.keyboard.type(char)
      count++
      await page.waitForFunction(
        ([probe, n]) => ((globalThis as unknown as WithProbe)[probe]?.samples.length ?? 0) >= n,
        [PROBE, count] as const,
        { timeout },
      )
    }
    await page.keyboard.press('Escape')
    await page.waitForFunction(showsResultsFor, '', { timeout })
  }
  return page.evaluate((probe) => (globalThis as unknown as WithProbe)[probe]?.samples ?? [], PROBE)
}

async function measureSize(
  browser: Browser,
  origin: string,
  size: number,
  options: RendererOptions,
): Promise<RendererFigures> {
  const { queries = TYPED_QUERIES, seed, log = () => {}, keystrokeTimeoutMs = 15_000 } = options
  const snapshotJson = JSON.stringify(await benchSnapshot(size, seed))
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 })
  try {
    const page = await context.newPage()
    page.on('pageerror', (error) => log(`page error: ${error.message}`))
    page.on('console', (m) => m.type() === 'error' && log(`console error: ${m.text()}`))
    await page.exposeFunction(CATALOG_BINDING, () => snapshotJson)
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn' })
    await page.addInitScript(installFakeDashkey, {
      state: defaultState(),
      binding: CATALOG_BINDING,
    })
    await page.goto(`${origin}/index.html`)
    const search = page.getByRole('combobox', { name: 'Search reports' })
    await search.focus()
    const warm = queries[0] ?? 'warm'
    await page.keyboard.type(warm)
    await page.waitForFunction(showsResultsFor, warm, { timeout: 120_000 })
    await page.keyboard.press('Escape')
    await page.waitForFunction(showsResultsFor, '', { timeout: keystrokeTimeoutMs })
    await page.evaluate(installProbe, PROBE)
    const samples = [...(await typeMeasured(page, queries, keystrokeTimeoutMs))].sort(
      (a, b) => a - b,
    )
    const figures: RendererFigures = {
      size,
      samples: samples.length,
      p50Ms: percentile(samples, 0.5),
      p95Ms: percentile(samples, 0.95),
      maxMs: samples.at(-1) ?? Number.NaN,
    }
    log(`renderer ${size}: ${samples.length} keystrokes, p50 ${figures.p50Ms.toFixed(1)} ms`)
    return figures
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
