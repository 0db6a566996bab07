/**
 * A generated report catalog the size of a large company's Looker instance after a sync: titles,
 * sections, aliases and descriptions built from BI word lists, seeded so that every run (and
 * every machine) gets the same catalog. Used by `npm run bench` and by the quality test (a 2,000
 * report catalog with a fixed seed).
 *
 * What makes it realistic enough to measure search on: titles repeat the same few hundred BI
 * words ("Weekly active users by plan", "Churn cohort — EMEA"), so common words match thousands
 * of reports, as they do in a real instance; copies, scratch boards and project code names add
 * rare words, so the vocabulary grows with the catalog; about a third of the Looker dashboards
 * take a customer filter, and some reports are made for one customer.
 */
import type { z } from 'zod'
import type { CatalogFileSchema } from '../../src/shared/catalog/schema'
import { Rng } from './random'

/** A catalog file as written to disk (before defaults): what a sync would write, as JSON. */
export type CatalogFileInput = z.input<typeof CatalogFileSchema>
type ReportInput = NonNullable<CatalogFileInput['reports']>[number]
type CustomerInput = NonNullable<CatalogFileInput['customers']>[number]

export const LOOKER_HOST = 'bigco.looker.com'
export const AMPLITUDE_HOST = 'analytics.amplitude.com'

interface Metric {
  name: string
  /** Short forms people type: "WAU", "NRR". */
  short?: string
  group: string
}

const METRICS: Metric[] = [
  { name: 'Weekly active users', short: 'WAU', group: 'Engagement' },
  { name: 'Monthly active users', short: 'MAU', group: 'Engagement' },
  { name: 'Daily active users', short: 'DAU', group: 'Engagement' },
  { name: 'DAU/MAU', short: 'Stickiness', group: 'Engagement' },
  { name: 'Net revenue retention', short: 'NRR', group: 'Revenue' },
  { name: 'Gross revenue retention', short: 'GRR', group: 'Revenue' },
  { name: 'Annual recurring revenue', short: 'ARR', group: 'Revenue' },
  { name: 'Monthly recurring revenue', short: 'MRR', group: 'Revenue' },
  { name: 'Customer acquisition cost', short: 'CAC', group: 'Marketing' },
  { name: 'Lifetime value', short: 'LTV', group: 'Revenue' },
  { name: 'Net promoter score', short: 'NPS', group: 'Customer' },
  { name: 'Customer satisfaction', short: 'CSAT', group: 'Customer' },
  { name: 'Churn', group: 'Retention' },
  { name: 'Logo churn', group: 'Retention' },
  { name: 'Revenue churn', group: 'Retention' },
  { name: 'Pipeline coverage', group: 'Sales' },
  { name: 'Bookings', group: 'Sales' },
  { name: 'Renewals', group: 'Sales' },
  { name: 'Expansion revenue', group: 'Revenue' },
  { name: 'Seat utilization', group: 'Usage' },
  { name: 'License usage', group: 'Usage' },
  { name: 'Server instances', group: 'Usage' },
  { name: 'Batch changes', group: 'Product' },
  { name: 'Code insights', group: 'Product' },
  { name: 'Search queries', group: 'Product' },
  { name: 'Code intelligence', group: 'Product' },
  { name: 'Trial conversion', group: 'Growth' },
  { name: 'Signups', group: 'Growth' },
  { name: 'Activation rate', group: 'Growth' },
  { name: 'Feature adoption', group: 'Product' },
  { name: 'Onboarding funnel', group: 'Growth' },
  { name: 'Page views', group: 'Marketing' },
  { name: 'Session length', group: 'Engagement' },
  { name: 'Error rate', group: 'Reliability' },
  { name: 'API latency', group: 'Reliability' },
  { name: 'Deployment frequency', group: 'Engineering' },
  { name: 'Support tickets', group: 'Support' },
  { name: 'Time to resolution', short: 'TTR', group: 'Support' },
  { name: 'First response time', short: 'FRT', group: 'Support' },
  { name: 'Escalations', group: 'Support' },
  { name: 'Invoice aging', group: 'Finance' },
  { name: 'Cash collections', group: 'Finance' },
  { name: 'Quota attainment', group: 'Sales' },
  { name: 'Win rate', group: 'Sales' },
  { name: 'Sales cycle length', group: 'Sales' },
  { name: 'Marketing qualified leads', short: 'MQL', group: 'Marketing' },
  { name: 'Sales qualified leads', short: 'SQL', group: 'Marketing' },
  { name: 'Open opportunities', group: 'Sales' },
  { name: 'Revenue forecast', group: 'Finance' },
  { name: 'Headcount', group: 'People' },
  { name: 'Attrition', group: 'People' },
  { name: 'Cloud spend', group: 'Finance' },
  { name: 'Storage usage', group: 'Usage' },
  { name: 'Query volume', group: 'Usage' },
  { name: 'Retention cohort', group: 'Retention' },
  { name: 'Engagement score', group: 'Engagement' },
  { name: 'Customer health score', group: 'Customer' },
  { name: 'Product usage', group: 'Usage' },
  { name: 'Active seats', group: 'Usage' },
  { name: 'Inactive users', group: 'Engagement' },
  { name: 'Upsell opportunities', group: 'Sales' },
  { name: 'Average deal size', short: 'ADS', group: 'Sales' },
  { name: 'Gross margin', group: 'Finance' },
  { name: 'Burn rate', group: 'Finance' },
  { name: 'Web traffic', group: 'Marketing' },
  { name: 'Email campaigns', group: 'Marketing' },
  { name: 'Conversion funnel', group: 'Growth' },
  { name: 'Uptime', short: 'SLA', group: 'Reliability' },
  { name: 'Incident count', group: 'Reliability' },
  { name: 'Extension installs', group: 'Product' },
]

const DIMENSIONS = [
  'plan',
  'region',
  'account owner',
  'industry',
  'segment',
  'channel',
  'product line',
  'week',
  'month',
  'quarter',
  'version',
  'deployment type',
  'instance type',
  'customer',
  'country',
  'cohort',
  'team',
  'campaign',
  'source',
  'tier',
  'browser',
  'platform',
  'language',
  'SKU',
  'partner',
  'sales rep',
  'CSM',
]

const REGIONS = [
  'EMEA',
  'APAC',
  'North America',
  'LATAM',
  'DACH',
  'UK&I',
  'ANZ',
  'Nordics',
  'France',
  'Japan',
  'Enterprise',
  'Mid-market',
  'SMB',
  'Strategic',
  'Public sector',
  'Federal',
  'Self-serve',
]

const PERIODS = [
  'Daily',
  'Weekly',
  'Monthly',
  'Quarterly',
  'Yearly',
  'YTD',
  'QTD',
  'Rolling 28-day',
  'Last 90 days',
  'FY24',
  'FY25',
  'Q3',
  'Q4',
  '2024',
  '2025',
]

const TEAMS = [
  'Sales',
  'Marketing',
  'Finance',
  'Customer Success',
  'Support',
  'Product',
  'Engineering',
  'Growth',
  'Security',
  'Data',
  'Executive',
  'Operations',
  'Partnerships',
  'People',
  'RevOps',
]

const SOURCES = [
  'Salesforce',
  'Snowflake',
  'dbt models',
  'Zendesk',
  'Stripe',
  'Segment events',
  'HubSpot',
  'BigQuery',
  'the product event pipeline',
  'Gainsight',
]

const PURPOSES = [
  'prepare quarterly business reviews',
  'spot churn risk early',
  'plan capacity',
  'report to the board',
  'track launch adoption',
  'answer customer questions',
  'coach the sales team',
  'forecast renewals',
  'find accounts ready for expansion',
  'check data quality after a migration',
]

const FREQUENCIES = ['hourly', 'daily', 'nightly', 'weekly', 'every Monday']

const FIRST_NAMES = [
  'Alice',
  'Bruno',
  'Chen',
  'Dana',
  'Emeka',
  'Farah',
  'Greta',
  'Hiro',
  'Ines',
  'Jonas',
  'Kavya',
  'Liam',
  'Maya',
  'Nikolai',
  'Olu',
  'Priya',
  'Quinn',
  'Rosa',
  'Sven',
  'Tariq',
  'Uma',
  'Viktor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zoe',
]

/** Customers every generated catalog has first: the names the labelled queries use. */
const KNOWN_CUSTOMERS: { name: string; aliases: string[] }[] = [
  { name: 'Acme, Inc.', aliases: ['Acme'] },
  { name: 'Chime', aliases: ['Chime Financial'] },
  { name: 'Initech', aliases: [] },
  { name: 'Globex Corporation', aliases: ['Globex'] },
  { name: 'Umbrella Health', aliases: ['Umbrella'] },
  { name: 'Stark Industries', aliases: ['Stark'] },
  { name: 'Wayne Enterprises', aliases: ['Wayne'] },
  { name: 'Hooli', aliases: [] },
  { name: 'Vandelay Industries', aliases: ['Vandelay'] },
  { name: 'Tyrell Corporation', aliases: ['Tyrell'] },
  { name: 'Cyberdyne Systems', aliases: ['Cyberdyne'] },
  { name: 'Aperture Science', aliases: ['Aperture'] },
  { name: 'Massive Dynamic', aliases: [] },
  { name: 'Soylent', aliases: [] },
  { name: 'Zürich Versicherung', aliases: ['Zurich'] },
]

const SYLLABLES = [
  'ka', 'lo', 'mi', 'ra', 'ven', 'tor', 'bel', 'dri', 'nox', 'sil', 'qua', 'zen', 'por', 'tal',
  'mer', 'vy', 'sto', 'lin', 'gar', 'fen', 'cor', 'da', 'shi', 'ro', 'nu', 'pel', 'ax', 'tri',
] // prettier-ignore

const COMPANY_SUFFIXES = [
  'Labs',
  'Health',
  'Financial',
  'Systems',
  'Bank',
  'Energy',
  'Logistics',
  'Media',
  'Group',
  'Software',
  'Insurance',
  'Retail',
]

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** "Weekly active users" → "weekly active users"; acronyms and "DAU/MAU" stay as they are. */
function lowerFirst(text: string): string {
  const first = text.split(' ')[0] ?? ''
  if (first.length > 1 && first === first.toUpperCase()) return text
  return text.charAt(0).toLowerCase() + text.slice(1)
}

function coinWord(rng: Rng, syllables: number): string {
  let word = ''
  for (let i = 0; i < syllables; i++) word += rng.pick(SYLLABLES)
  return word
}

function generateCustomers(rng: Rng, count: number): CustomerInput[] {
  const customers: CustomerInput[] = []
  const seen = new Set<string>()
  const add = (name: string, aliases: string[]) => {
    if (seen.has(name.toLowerCase())) return
    seen.add(name.toLowerCase())
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '')
    customers.push({
      name,
      aliases,
      attributes: {
        installerEmail: `admin@${slug}.example.com`,
        serverId: `srv-${rng.int(10000, 99999)}`,
      },
    })
  }
  for (const known of KNOWN_CUSTOMERS) add(known.name, known.aliases)
  while (customers.length < count) {
    const base = capitalize(coinWord(rng, rng.int(2, 3)))
    if (rng.chance(0.5)) add(`${base} ${rng.pick(COMPANY_SUFFIXES)}`, [base])
    else add(base, [])
  }
  return customers.slice(0, Math.max(count, 0))
}

interface Shape {
  title: string
  metric: Metric
  dimension: string | null
  region: string | null
  customer: string | null
}

function baseTitle(rng: Rng, metric: Metric, customers: readonly CustomerInput[]): Shape {
  const m = metric.name
  const shape: Shape = { title: m, metric, dimension: null, region: null, customer: null }
  const kind = rng.weighted<string>([
    ['by', 30],
    ['period', 12],
    ['region', 14],
    ['cohort', 6],
    ['by2', 8],
    ['team', 6],
    ['paren', 5],
    ['vs', 4],
    ['customer', 6],
    ['plain', 9],
  ])
  const dim = () => rng.pick(DIMENSIONS)
  switch (kind) {
    case 'by':
      shape.dimension = dim()
      shape.title = `${m} by ${shape.dimension}`
      break
    case 'period':
      shape.title = `${rng.pick(PERIODS)} ${lowerFirst(m)}`
      break
    case 'region':
      shape.region = rng.pick(REGIONS)
      shape.title = `${m} — ${shape.region}`
      break
    case 'cohort':
      shape.region = rng.pick(REGIONS)
      shape.title = `${m} cohort — ${shape.region}`
      break
    case 'by2': {
      shape.dimension = dim()
      let other = dim()
      while (other === shape.dimension) other = dim()
      shape.title = `${m} by ${shape.dimension} and ${other}`
      break
    }
    case 'team':
      shape.title = `${rng.pick(TEAMS)} ${lowerFirst(m)} overview`
      break
    case 'paren':
      shape.title = `${m} (${rng.pick(PERIODS)})`
      break
    case 'vs': {
      const other = rng.pick(METRICS)
      shape.title = `${m} vs ${lowerFirst(other.name)}`
      break
    }
    case 'customer': {
      const customer = rng.pick(customers)
      shape.customer = customer.name
      shape.title = rng.chance(0.5)
        ? `${customer.name} — ${lowerFirst(m)}`
        : `${m} for ${customer.name}`
      break
    }
    default:
      break
  }
  return shape
}

/** Copies, scratch boards, code names: the long tail a real instance accumulates. */
function decorate(rng: Rng, title: string, codeNames: readonly string[]): string {
  const r = rng.float()
  if (r < 0.04) return `Copy of ${title}`
  if (r < 0.07) return `${title} (old)`
  if (r < 0.1) return `${title} v${rng.int(2, 4)}`
  if (r < 0.12) return `[WIP] ${title}`
  if (r < 0.16) return `${rng.pick(FIRST_NAMES)}'s ${lowerFirst(title)}`
  if (r < 0.3) return `${rng.pick(codeNames)} ${lowerFirst(title)}`
  if (r < 0.315) return `Test dashboard ${rng.int(1, 400)}`
  return title
}

function aliasesFor(rng: Rng, shape: Shape): string[] {
  const aliases: string[] = []
  const count = rng.weighted<number>([
    [0, 55],
    [1, 35],
    [2, 10],
  ])
  const { metric } = shape
  const candidates: string[] = []
  if (metric.short) {
    candidates.push(shape.dimension ? `${metric.short} by ${shape.dimension}` : metric.short)
    if (shape.region) candidates.push(`${metric.short} ${shape.region}`)
  }
  const words = metric.name.toLowerCase().split(' ')
  if (words.length > 1) candidates.push(words.map((w) => w.charAt(0)).join('') + ' report')
  if (!metric.name.toLowerCase().startsWith(metric.group.toLowerCase())) {
    candidates.push(`${metric.group} ${lowerFirst(metric.name)}`)
  }
  if (shape.dimension) candidates.push(`${words.at(-1) ?? ''} per ${shape.dimension}`)
  for (let i = 0; i < count && candidates.length > 0; i++) {
    const index = rng.int(0, candidates.length - 1)
    const [alias] = candidates.splice(index, 1)
    if (alias) aliases.push(alias)
  }
  return aliases
}

function descriptionFor(rng: Rng, shape: Shape, team: string): string {
  if (rng.chance(0.35)) return ''
  const metric = lowerFirst(shape.metric.name)
  const sentences = [
    `Tracks ${metric} across ${shape.dimension ?? rng.pick(DIMENSIONS)}, refreshed ${rng.pick(FREQUENCIES)} from ${rng.pick(SOURCES)}.`,
    `Owned by the ${team} team; use it to ${rng.pick(PURPOSES)}.`,
    `${capitalize(metric)} for ${lowerFirst(rng.pick(REGIONS))} accounts, split by ${rng.pick(DIMENSIONS)}. Excludes test and internal accounts.`,
    `The source of truth for ${metric} in ${rng.pick(PERIODS).toLowerCase()} business reviews.`,
    `Ask in #${team.toLowerCase().replace(/\s+/g, '-')}-data before changing the filters.`,
  ]
  const count = rng.int(1, 3)
  const chosen: string[] = []
  for (let i = 0; i < count; i++) chosen.push(rng.pick(sentences))
  return [...new Set(chosen)].join(' ')
}

export interface GenerateOptions {
  size: number
  seed?: number
  /** How many customers; by default one per 50 reports, between 50 and 2,000. */
  customers?: number
}

/** A catalog file of `size` reports, the same for the same seed. */
export function generateCatalog({
  size,
  seed = 7,
  customers: customerCount,
}: GenerateOptions): CatalogFileInput {
  const rng = new Rng(seed)
  const customers = generateCustomers(
    rng,
    customerCount ?? Math.min(2000, Math.max(50, Math.round(size / 50))),
  )
  // Code names grow with the catalog, as projects do: the vocabulary is not a fixed list.
  const codeNames = Array.from({ length: Math.max(20, Math.round(size / 10)) }, () =>
    capitalize(coinWord(rng, rng.int(2, 3))),
  )
  const reports: ReportInput[] = []
  const amplitudeIds = new Set<string>()
  let lookerDashboard = 100
  let lookerLook = 1000
  for (let i = 0; i < size; i++) {
    const tool = rng.chance(0.8) ? 'looker' : 'amplitude'
    const metric = rng.pick(METRICS)
    const shape = baseTitle(rng, metric, customers)
    const title = decorate(rng, shape.title, codeNames)
    const team = rng.pick(TEAMS)
    const aliases = aliasesFor(rng, shape)
    const description = descriptionFor(rng, shape, team)
    const report: ReportInput = { title }
    if (tool === 'looker') {
      const kind = rng.chance(0.6) ? 'dashboard' : 'look'
      const native = kind === 'dashboard' ? lookerDashboard++ : lookerLook++
      const path = kind === 'dashboard' ? 'dashboards' : 'looks'
      report.id = `looker-${kind}-${native}`
      report.tool = 'looker'
      report.kind = kind
      const takesCustomer = kind === 'dashboard' && (shape.customer !== null || rng.chance(0.35))
      if (takesCustomer) {
        report.url = `https://${LOOKER_HOST}/${path}/${native}?Account%20name=&Date=${encodeURIComponent('90 day')}`
        const single = shape.customer !== null || rng.chance(0.3)
        report.scope = single ? 'single customer' : 'all customers'
        report.filters = [
          {
            name: 'Account name',
            customer: 'name',
            ...(shape.customer ? { example: shape.customer } : {}),
          },
          { name: 'Date', default: '90 day', kind: 'date' },
        ]
        if (rng.chance(0.2)) {
          report.url += '&Installer%20email='
          report.filters.push({ name: 'Installer email', customer: 'installerEmail' })
        }
      } else {
        report.url = `https://${LOOKER_HOST}/${path}/${native}`
      }
      report.section = ['Looker', team, rng.chance(0.7) ? metric.group : 'Shared']
    } else {
      const kind = rng.weighted<'dashboard' | 'chart' | 'notebook'>([
        ['dashboard', 5],
        ['chart', 4],
        ['notebook', 1],
      ])
      let native = ''
      while (!native || amplitudeIds.has(native)) {
        native = Array.from(
          { length: 7 },
          () => 'abcdefghijklmnopqrstuvwxyz0123456789'[rng.int(0, 35)],
        ).join('')
      }
      amplitudeIds.add(native)
      report.id = `amplitude-${kind}-${native}`
      report.tool = 'amplitude'
      report.kind = kind
      report.url = `https://${AMPLITUDE_HOST}/bigco/${kind}/${native}`
      report.section = ['Amplitude', metric.group]
    }
    if (aliases.length > 0) report.aliases = aliases
    if (description) report.description = description
    reports.push(report)
  }
  return {
    version: 1,
    layer: 'synced',
    hosts: [LOOKER_HOST, AMPLITUDE_HOST],
    reports,
    customers,
  }
}
