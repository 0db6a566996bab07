/**
 * The bundled catalog against the page it was written from: every report linked on the handbook
 * page bi-tools.md is in catalog/handbook.yaml exactly once, and opens the link the page has.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadCatalog } from '../../../src/main/services/catalog-loader'
import { parseCatalogText } from '../../../src/shared/catalog/parse'
import { formatProblem } from '../../../src/shared/catalog/problems'
import { ReportSchema } from '../../../src/shared/catalog/schema'
import type {
  CatalogFile,
  Customer,
  FilterKind,
  Report,
  ReportEntry,
  Scope,
} from '../../../src/shared/catalog/schema'
import { buildUrl } from '../../../src/shared/url'

/** Parses a catalog file. A stand-in for the real loader: swap this one function when it lands. */
/** The bundled file through the real parser: a problem fails with its file:line:column. */
function loadCatalogFile(file: string): CatalogFile {
  const parsed = parseCatalogText(readFileSync(file, 'utf8'), file)
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'))
  return parsed.file.data
}

/** The value, or a failure naming what was missing (instead of a non-null assertion). */
function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`missing: ${what}`)
  return value
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const CATALOG_FILE = path.join(repoRoot, 'catalog', 'handbook.yaml')
const HANDBOOK_FILE = path.resolve(repoRoot, '../shared/handbook/bi-tools.md')
const HANDBOOK_NAME = 'bi-tools.md'

function readHandbook(): string {
  if (!existsSync(HANDBOOK_FILE)) {
    // Fail, never skip: without the page this test proves nothing about the bundled catalog.
    throw new Error(
      `The handbook page is missing: expected ${HANDBOOK_FILE} ` +
        `(../shared/handbook/bi-tools.md next to the repository). ` +
        `catalog/handbook.yaml is checked against it; put the page there to run this test.`,
    )
  }
  return readFileSync(HANDBOOK_FILE, 'utf8')
}

// ---------------------------------------------------------------------------------------------
// Reading the Markdown page

interface Link {
  text: string
  url: string
  /** 1-based line number on the page. */
  line: number
  /** What follows the link on its line (its description, with whatever markup is around it). */
  rest: string
}

/** Every `[text](url)` of the page. The URL runs to the `)` that balances its `(`: "(days)". */
function extractLinks(markdown: string): Link[] {
  const links: Link[] = []
  markdown.split(/\r?\n/).forEach((lineText, index) => {
    let from = 0
    for (;;) {
      const open = lineText.indexOf('[', from)
      if (open < 0) break
      const close = lineText.indexOf('](', open + 1)
      if (close < 0) break
      let depth = 0
      let end = -1
      for (let i = close + 1; i < lineText.length; i++) {
        if (lineText[i] === '(') depth++
        else if (lineText[i] === ')' && --depth === 0) {
          end = i
          break
        }
      }
      if (end < 0) break
      links.push({
        text: lineText.slice(open + 1, close),
        url: lineText.slice(close + 2, end),
        line: index + 1,
        rest: lineText.slice(end + 1),
      })
      from = end + 1
    }
  })
  return links
}

function tidyHeading(text: string): string {
  return text
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s:]+$/, '')
    .trim()
}

/**
 * The headings in effect on each line (index = line number), outermost first. A line that is only
 * bold text counts as a heading below every `#` heading; the next one replaces it.
 */
function headingsByLine(markdown: string): string[][] {
  const stack: { level: number; text: string }[] = []
  const result: string[][] = [[]]
  for (const lineText of markdown.split(/\r?\n/)) {
    const atx = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(lineText)
    const bold = /^\*\*([^*]+)\*\*$/.exec(lineText.trim())
    const heading = atx
      ? { level: (atx[1] ?? '').length, text: atx[2] ?? '' }
      : bold
        ? { level: 7, text: bold[1] ?? '' }
        : null
    if (heading) {
      while ((stack.at(-1)?.level ?? 0) >= heading.level) stack.pop()
      stack.push({ level: heading.level, text: tidyHeading(heading.text) })
    }
    result.push(stack.map((h) => h.text))
  }
  return result
}

// ---------------------------------------------------------------------------------------------
// URLs

/** Same report, whatever the parameters: origin and path. */
function identity(url: string): string {
  const u = new URL(url)
  return `${u.origin}${u.pathname}`
}

/** The query parameters, in order, names and values percent-decoded (`+` stays a `+`). */
function params(url: string): [string, string][] {
  const query = url.replace(/#.*$/, '').split('?').slice(1).join('?')
  if (query === '') return []
  return query.split('&').map((pair): [string, string] => {
    const eq = pair.indexOf('=')
    const name = eq < 0 ? pair : pair.slice(0, eq)
    const value = eq < 0 ? '' : pair.slice(eq + 1)
    return [decodeURIComponent(name), decodeURIComponent(value)]
  })
}

/** tool, kind and native id of a handbook link, from its host and path. */
function classify(url: string): { tool: string; kind: string; nativeId: string } {
  const u = new URL(url)
  const looker = /^\/(looks|dashboards)\/(\d+)$/.exec(u.pathname)
  if (u.hostname === 'sourcegraph.looker.com' && looker) {
    return {
      tool: 'looker',
      kind: looker[1] === 'looks' ? 'look' : 'dashboard',
      nativeId: must(looker[2], url),
    }
  }
  const amplitude = /^\/[^/]+\/dashboard\/([a-z0-9]+)$/.exec(u.pathname)
  if (u.hostname === 'analytics.amplitude.com' && amplitude) {
    return { tool: 'amplitude', kind: 'dashboard', nativeId: must(amplitude[1], url) }
  }
  throw new Error(`unexpected link on the handbook page: ${url}`)
}

/** "Code intelligence - all customers" and "Code intelligence — all customers" are one title. */
function normalTitle(text: string): string {
  return text
    .replace(/\s+[-–—]\s+/g, ' - ')
    .replace(/[\s:]+$/, '')
    .trim()
    .toLowerCase()
}

// ---------------------------------------------------------------------------------------------
// What the catalog must say (from the issue)

const FREE_AND_PAYING = 'free and paying users'

interface Expected {
  scope: Scope
  /** filter name -> the customer attribute it takes */
  customer?: Record<string, string>
  /** filter name -> the sample value the handbook link carries */
  examples?: Record<string, string>
  related?: string[]
  notes?: string
}

const single = { 'Account name': 'name', 'Installer email': 'installerEmail' }
const chime = { 'Account name': 'Chime' }

const EXPECTED: Record<string, Expected> = {
  // Company level metrics
  'looker-look-1519': { scope: 'company', notes: FREE_AND_PAYING },
  'looker-look-1520': { scope: 'company', notes: FREE_AND_PAYING },
  'looker-look-1521': { scope: 'company', notes: FREE_AND_PAYING },
  'looker-look-1522': { scope: 'company', notes: 'customers only' },
  'looker-dashboard-389': {
    scope: 'all customers',
    customer: { 'Customer Name': 'name' },
    notes: FREE_AND_PAYING,
  },
  // Customer-level metrics: the looks list every customer; their fields are unknown.
  'looker-look-1513': { scope: 'company' },
  'looker-look-1514': { scope: 'company' },
  'looker-look-1523': { scope: 'company' },
  'looker-look-1524': { scope: 'company' },
  'looker-look-1525': { scope: 'company' },
  'looker-look-1526': { scope: 'company' },
  'looker-look-1527': { scope: 'company' },
  'looker-look-1528': { scope: 'company' },
  'looker-look-1529': { scope: 'company' },
  'looker-look-1530': { scope: 'company' },
  'looker-dashboard-421': { scope: 'all customers', customer: { Organization: 'name' } },
  // Full instance overview
  'looker-dashboard-409': { scope: 'single customer', customer: single, examples: chime },
  // Feature specific dashboards and charts: single-customer / all-customers twins
  'looker-dashboard-413': {
    scope: 'all customers',
    customer: { 'Account name': 'name' },
    related: ['looker-dashboard-412'],
  },
  'looker-dashboard-412': {
    scope: 'single customer',
    customer: single,
    examples: chime,
    related: ['looker-dashboard-413'],
  },
  'looker-dashboard-422': {
    scope: 'all customers',
    customer: { 'Account name': 'name' },
    related: ['looker-dashboard-382'],
  },
  'looker-dashboard-382': {
    scope: 'single customer',
    customer: single,
    examples: chime,
    related: ['looker-dashboard-422'],
  },
  'looker-dashboard-427': {
    scope: 'all customers',
    customer: { 'Account name': 'name' },
    related: ['looker-dashboard-426'],
  },
  'looker-dashboard-426': {
    scope: 'single customer',
    customer: single,
    examples: chime,
    related: ['looker-dashboard-427'],
  },
  'looker-dashboard-424': {
    scope: 'all customers',
    customer: single,
    related: ['looker-dashboard-423'],
  },
  'looker-dashboard-423': {
    scope: 'single customer',
    customer: single,
    related: ['looker-dashboard-424'],
  },
  'looker-dashboard-440': { scope: 'company' },
  // Amplitude
  'amplitude-dashboard-ya9aoy7': { scope: 'company' },
  'amplitude-dashboard-8towezl': { scope: 'company' },
}

/** Filters that are not plain strings; every other filter of the page is a string filter. */
const FILTER_KINDS: Record<string, FilterKind> = {
  ' Week': 'date',
  'Week Date': 'date',
  Date: 'date',
  ' Date': 'date',
  'Created Date': 'date',
  'Customer Tenure (days)': 'number',
}

// ---------------------------------------------------------------------------------------------

const markdown = readHandbook()
const links = extractLinks(markdown)
const headings = headingsByLine(markdown)
const catalog = loadCatalogFile(CATALOG_FILE)
const entries = catalog.reports

function toReport(entry: ReportEntry): Report {
  return ReportSchema.parse({ ...entry, hosts: catalog.hosts })
}

function linksOf(report: Report): Link[] {
  return links.filter((link) => identity(link.url) === identity(report.url))
}

function customerNamed(name: string): Customer {
  return { name, aliases: [], attributes: {} }
}

describe('the handbook page', () => {
  it('links 28 distinct reports: 14 looks, 12 dashboards, 2 Amplitude dashboards', () => {
    expect(links.length).toBe(29) // dashboard 389 is linked twice
    const distinct = new Map(links.map((link) => [identity(link.url), link.url]))
    expect(distinct.size).toBe(28)
    const kinds = [...distinct.values()].map((url) => {
      const { tool, kind } = classify(url)
      return `${tool} ${kind}`
    })
    expect(kinds.filter((k) => k === 'looker look')).toHaveLength(14)
    expect(kinds.filter((k) => k === 'looker dashboard')).toHaveLength(12)
    expect(kinds.filter((k) => k === 'amplitude dashboard')).toHaveLength(2)
    expect(links.filter((link) => identity(link.url).endsWith('/dashboards/389'))).toHaveLength(2)
  })
})

describe('catalog/handbook.yaml', () => {
  it('is a version 1 file with the hosts of the page and no customers', () => {
    expect(catalog.version).toBe(1)
    expect(catalog.hosts).toEqual([
      'sourcegraph.looker.com',
      'analytics.amplitude.com',
      'app.amplitude.com',
    ])
    expect(catalog.customers).toEqual([])
    const text = readFileSync(CATALOG_FILE, 'utf8')
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./catalog.schema.json')
    expect(text).not.toMatch(/^customers:/m)
  })

  it('holds exactly the reports of the table, each id once, ids written out', () => {
    const ids = entries.map((entry) => entry.id)
    expect(ids.every((id) => typeof id === 'string')).toBe(true)
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual(Object.keys(EXPECTED).sort())
  })

  it.each(links.map((link) => [link.line, link.url] as const))(
    'line %i: %s is exactly one report',
    (line, url) => {
      const matches = entries.filter(
        (entry) => entry.url !== undefined && identity(entry.url) === identity(url),
      )
      expect(matches).toHaveLength(1)
      const [match] = matches
      expect(match?.url).toBe(url)
      expect(match?.sources).toContainEqual({ file: HANDBOOK_NAME, line })
    },
  )

  it('maps both links of dashboard 389 to the same report, one title an alias', () => {
    const both = links.filter((link) => identity(link.url).endsWith('/dashboards/389'))
    const ids = both.map(
      (link) =>
        entries.find((entry) => entry.url && identity(entry.url) === identity(link.url))?.id,
    )
    expect(ids).toEqual(['looker-dashboard-389', 'looker-dashboard-389'])
    const report = toReport(
      must(
        entries.find((entry) => entry.id === 'looker-dashboard-389'),
        'looker-dashboard-389',
      ),
    )
    expect(report.aliases).toEqual(
      expect.arrayContaining(['Technical health score', 'Technical health dashboard']),
    )
  })

  it('links twins both ways, a single-customer report with its all-customers twin', () => {
    const reports = new Map(entries.map((entry) => [entry.id, toReport(entry)]))
    for (const report of reports.values()) {
      for (const id of report.related) {
        const twin = must(reports.get(id), `${report.id} -> ${id}`)
        expect(twin.related).toContain(report.id)
        expect([report.scope, twin.scope].sort()).toEqual(['all customers', 'single customer'])
      }
    }
  })
})

describe.each(entries.map((entry) => ({ id: entry.id ?? String(entry.url), entry })))(
  '$id',
  ({ id, entry }) => {
    it('is a complete report (ReportSchema, with the file’s hosts)', () => {
      const parsed = ReportSchema.safeParse({ ...entry, hosts: catalog.hosts })
      expect(parsed.error?.issues ?? []).toEqual([])
    })

    it('has the id, tool, kind, url and sources of its handbook links', () => {
      const report = toReport(entry)
      const mine = linksOf(report)
      expect(mine.length).toBeGreaterThan(0)
      const { tool, kind, nativeId } = classify(report.url)
      expect(report.tool).toBe(tool)
      expect(report.kind).toBe(kind)
      expect(report.id).toBe(`${tool}-${kind}-${nativeId}`)
      for (const link of mine) expect(report.url).toBe(link.url)
      expect(report.sources).toEqual(mine.map((link) => ({ file: HANDBOOK_NAME, line: link.line })))
    })

    it('is found by every title the page gives it', () => {
      const report = toReport(entry)
      const names = [report.title, ...report.aliases].map(normalTitle)
      for (const link of linksOf(report)) expect(names).toContain(normalTitle(link.text))
      expect(report.title).toBe(report.title.trim())
      expect(report.title).not.toMatch(/[:*]$/)
    })

    it('sits under the headings of its (first) link, starting with Looker or Amplitude', () => {
      const report = toReport(entry)
      expect(report.section.length).toBeGreaterThan(0)
      expect(['Looker', 'Amplitude']).toContain(report.section[0])
      expect(report.section[0]?.toLowerCase()).toBe(report.tool)
      const first = must(linksOf(report)[0], `a link to ${report.url}`)
      expect(report.section).toEqual(headings[first.line])
    })

    it('takes its description from the text after its link', () => {
      const report = toReport(entry)
      const rests = linksOf(report).map((link) => link.rest)
      const hasText = rests.some((rest) => /[A-Za-z]/.test(rest))
      if (hasText) {
        expect(report.description).not.toBe('')
        expect(rests.some((rest) => rest.includes(report.description))).toBe(true)
        expect(report.description).not.toMatch(/^[\s)(:*-]|[\s)(:*]$/)
      } else {
        expect(report.description).toBe('')
      }
    })

    it('has the scope, customer filters, examples, twins and notes of the table', () => {
      const report = toReport(entry)
      const expected = must(EXPECTED[id], `${id} in the table`)
      expect(report.scope).toBe(expected.scope)
      const customer = Object.fromEntries(
        report.filters.filter((f) => f.customer !== undefined).map((f) => [f.name, f.customer]),
      )
      expect(customer).toEqual(expected.customer ?? {})
      const examples = Object.fromEntries(
        report.filters.filter((f) => f.example !== undefined).map((f) => [f.name, f.example]),
      )
      expect(examples).toEqual(expected.examples ?? {})
      expect(report.related).toEqual(expected.related ?? [])
      expect(report.notes).toBe(expected.notes ?? '')
      for (const filter of report.filters) {
        if (filter.example !== undefined) {
          expect(filter.example).not.toBe(filter.default)
          expect(filter.default).toBe('')
        }
      }
    })

    it('has one filter per parameter of a Looker dashboard link, in URL order', () => {
      const report = toReport(entry)
      const linked = params(report.url)
      if (report.tool !== 'looker' || report.kind !== 'dashboard') {
        expect(report.filters).toEqual([]) // looks: fields unknown; Amplitude: opens as stored
        return
      }
      expect(report.filters.map((f) => f.name)).toEqual(linked.map(([name]) => name))
      for (const [index, [name, value]] of linked.entries()) {
        const filter = must(report.filters[index], `filter ${index} (${name})`)
        expect(filter.example === undefined ? filter.default : filter.example, name).toBe(value)
        expect(filter.kind, name).toBe(FILTER_KINDS[name] ?? 'string')
      }
    })

    it('builds its handbook link with no values (sample customers left empty)', () => {
      const report = toReport(entry)
      const built = buildUrl(report)
      if (!built.ok) throw new Error(`buildUrl failed: ${built.error}`)
      const examples = new Set(report.filters.filter((f) => f.example).map((f) => f.name))
      expect(identity(built.url)).toBe(identity(report.url))
      expect(params(built.url)).toEqual(
        params(report.url).map(([name, value]) => [name, examples.has(name) ? '' : value]),
      )
      for (const link of linksOf(report)) {
        expect(identity(built.url)).toBe(identity(link.url))
        expect(params(link.url)).toEqual(params(report.url))
      }
    })

    const sample = entry.filters?.find((f) => f.example !== undefined && f.customer === 'name')
    if (sample?.example !== undefined) {
      const example = sample.example
      it(`builds its handbook link exactly with the sample customer ${example}`, () => {
        const report = toReport(entry)
        const built = buildUrl(report, { customer: customerNamed(example) })
        if (!built.ok) throw new Error(`buildUrl failed: ${built.error}`)
        for (const link of linksOf(report)) {
          expect(identity(built.url)).toBe(identity(link.url))
          expect(params(built.url)).toEqual(params(link.url))
        }
      })
    }
  },
)

describe('the bundled catalog as the app and the CLI load it', () => {
  it('loads without a problem, each report as written in the file', async () => {
    const loaded = await loadCatalog({
      bundledDir: path.dirname(CATALOG_FILE),
      userDir: path.join(repoRoot, 'no-such-folder'),
    })
    expect(loaded.problems.map(formatProblem)).toEqual([])
    expect(loaded.catalog.reports).toEqual(entries.map(toReport))
  })
})
