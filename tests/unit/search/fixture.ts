/**
 * A catalog that mirrors the bundled handbook catalog (../shared/handbook/bi-tools.md): every
 * report the page links, with the ids, tidied titles, sections, descriptions, scopes and customer
 * filters the importer gives them. Search is tuned on these, so keep them close to the page.
 */
import {
  CustomerSchema,
  ReportSchema,
  type Catalog,
  type Customer,
  type Filter,
  type Report,
} from '../../../src/shared/catalog/schema'

const LOOKER = 'https://sourcegraph.looker.com'
const FILE = 'handbook/bi-tools.md'

const COMPANY = ['Looker', 'Notable reports', 'Company level metrics']
const CUSTOMER_LEVEL = ['Looker', 'Notable reports', 'Customer-level metrics']
const FULL_OVERVIEW = ['Looker', 'Notable reports', 'Full instance overview']
const FEATURES = ['Looker', 'Notable reports', 'Feature specific dashboards and charts']
const AMPLITUDE = ['Amplitude', 'Notable reports']

/** The customer filter of most dashboards: `Account name`, filled with the customer's name. */
const accountName = (example?: string): Filter => ({
  name: 'Account name',
  default: '',
  kind: 'string',
  customer: 'name',
  ...(example === undefined ? {} : { example }),
})
const plain = (name: string, defaultValue = '', kind: Filter['kind'] = 'string'): Filter => ({
  name,
  default: defaultValue,
  kind,
})
const accountType = plain('Account Type', 'Customer')
const installerEmail = plain('Installer email')

interface Entry {
  id: string
  title: string
  url: string
  section: string[]
  line: number
  aliases?: string[]
  description?: string
  scope?: Report['scope']
  filters?: Filter[]
  related?: string[]
}

function report(entry: Entry): Report {
  const { line, id, ...rest } = entry
  const [tool, kind] = id.split('-')
  return ReportSchema.parse({
    id,
    tool,
    kind,
    ...rest,
    sources: [{ file: FILE, line }],
    hosts: [new URL(entry.url).hostname],
  })
}

function look(
  id: number,
  title: string,
  section: string[],
  line: number,
  description = '',
): Report {
  return report({
    id: `looker-look-${id}`,
    title,
    url: `${LOOKER}/looks/${id}`,
    section,
    line,
    description,
  })
}

/** The reports of the handbook page, in the page's order. */
export const handbookReports: Report[] = [
  look(1519, 'Monthly users by instance type', COMPANY, 12),
  look(1520, 'Instances by deployment type', COMPANY, 13),
  look(1521, 'DAU/MAU', COMPANY, 14),
  look(1522, 'Average seat consumption (MAU/Total seats)', COMPANY, 15, 'Customers only.'),
  report({
    id: 'looker-dashboard-389',
    title: 'Technical health',
    aliases: ['Technical health score', 'Technical health dashboard'],
    url: `${LOOKER}/dashboards/389?Customer%20Name=&Account%20Executive=&Customer%20Engineer=&Customer%20Tenure%20(days)=%5B0,2000%5D&Telemetry%20Status=`,
    section: COMPANY,
    line: 16,
    description:
      "This dashboard contains the account's technical health score and the metrics that are included as a part of that score.",
    scope: 'all customers',
    filters: [
      { name: 'Customer Name', default: '', kind: 'string', customer: 'name' },
      plain('Account Executive'),
      plain('Customer Engineer'),
      plain('Customer Tenure (days)', '[0,2000]', 'number'),
      plain('Telemetry Status'),
    ],
  }),
  look(1513, 'MAUs by customer', CUSTOMER_LEVEL, 21),
  look(1514, 'Total user accounts by customer (monthly)', CUSTOMER_LEVEL, 22),
  look(1523, 'DAU/MAU by customer', CUSTOMER_LEVEL, 23),
  look(1524, 'Customers by Sourcegraph version', CUSTOMER_LEVEL, 24),
  look(1525, 'Deployment type by customer', CUSTOMER_LEVEL, 25, 'ex. kubernetes, docker-compose'),
  look(1526, 'Hosting type by customer', CUSTOMER_LEVEL, 26, 'ex. self-hosted, managed instance'),
  look(1527, 'Telemetry status by customer', CUSTOMER_LEVEL, 27),
  look(1528, 'Code hosts by customer', CUSTOMER_LEVEL, 28),
  look(1529, 'Total repos by customer', CUSTOMER_LEVEL, 29),
  look(1530, 'NPS score by customer', CUSTOMER_LEVEL, 30),
  report({
    id: 'looker-dashboard-421',
    title: 'Customer support metrics by customer',
    url: `${LOOKER}/dashboards/421?Organization=&Assignee%20ID=&Ticket%20priority=None,p1,p2,p0,p3&Created%20Date=90%20day&Lifecycle=`,
    section: CUSTOMER_LEVEL,
    line: 31,
    scope: 'all customers',
    filters: [
      { name: 'Organization', default: '', kind: 'string', customer: 'name' },
      plain('Assignee ID'),
      plain('Ticket priority', 'None,p1,p2,p0,p3', 'raw'),
      plain('Created Date', '90 day', 'date'),
      plain('Lifecycle'),
    ],
  }),
  report({
    id: 'looker-dashboard-409',
    title: 'Server instances',
    url: `${LOOKER}/dashboards/409?Account%20name=Chime&Installer%20email=`,
    section: FULL_OVERVIEW,
    line: 36,
    description:
      'This dashboard is much more comprehensive than the customer account overview, but not every metric on here will be important/relevant for every user/customer. However, you can find free and prospect instances on this dashboard',
    scope: 'single customer',
    filters: [accountName('Chime'), installerEmail],
  }),
  report({
    id: 'looker-dashboard-413',
    title: 'Code intelligence — all customers',
    url: `${LOOKER}/dashboards/413?Account%20Type=Customer&Account%20name=&%20Week=4%20week%20ago%20for%204%20week,null&Telemetry%20Status=`,
    section: FEATURES,
    line: 41,
    scope: 'all customers',
    filters: [
      accountType,
      accountName(),
      plain(' Week', '4 week ago for 4 week,null', 'date'),
      plain('Telemetry Status'),
    ],
    related: ['looker-dashboard-412'],
  }),
  report({
    id: 'looker-dashboard-412',
    title: 'Code intelligence — single customer',
    url: `${LOOKER}/dashboards/412?Account%20Type=Customer&%20Week=4%20week%20ago%20for%204%20week&Account%20name=Chime&Installer%20email=`,
    section: FEATURES,
    line: 42,
    scope: 'single customer',
    filters: [
      accountType,
      plain(' Week', '4 week ago for 4 week', 'date'),
      accountName('Chime'),
      installerEmail,
    ],
    related: ['looker-dashboard-413'],
  }),
  report({
    id: 'looker-dashboard-422',
    title: 'Batch changes — all customers',
    url: `${LOOKER}/dashboards/422?Account%20Type=Customer&Account%20name=&Date=3%20months&Products%20Purchased=`,
    section: FEATURES,
    line: 43,
    scope: 'all customers',
    filters: [
      accountType,
      accountName(),
      plain('Date', '3 months', 'date'),
      plain('Products Purchased'),
    ],
    related: ['looker-dashboard-382'],
  }),
  report({
    id: 'looker-dashboard-382',
    title: 'Batch changes — single customer',
    url: `${LOOKER}/dashboards/382?Account%20Type=Customer&Account%20name=Chime&Installer%20email=&Date=3%20month`,
    section: FEATURES,
    line: 44,
    scope: 'single customer',
    filters: [accountType, accountName('Chime'), installerEmail, plain('Date', '3 month', 'date')],
    related: ['looker-dashboard-422'],
  }),
  report({
    id: 'looker-dashboard-427',
    title: 'Code insights — all customers',
    url: `${LOOKER}/dashboards/427?Account%20Type=Customer&Products%20Purchased=&Account%20name=`,
    section: FEATURES,
    line: 45,
    scope: 'all customers',
    filters: [accountType, plain('Products Purchased'), accountName()],
    related: ['looker-dashboard-426'],
  }),
  report({
    id: 'looker-dashboard-426',
    title: 'Code insights — single customer',
    url: `${LOOKER}/dashboards/426?Account%20Type=Customer&Account%20name=Chime&Week%20Date=4%20week&Installer%20email=`,
    section: FEATURES,
    line: 46,
    scope: 'single customer',
    filters: [
      accountType,
      accountName('Chime'),
      plain('Week Date', '4 week', 'date'),
      installerEmail,
    ],
    related: ['looker-dashboard-427'],
  }),
  report({
    id: 'looker-dashboard-424',
    title: 'Search — all customers',
    url: `${LOOKER}/dashboards/424?Account%20Type=Customer&%20Date=90%20day&Account%20name=&Installer%20email=`,
    section: FEATURES,
    line: 47,
    scope: 'all customers',
    filters: [accountType, plain(' Date', '90 day', 'date'), accountName(), installerEmail],
    related: ['looker-dashboard-423'],
  }),
  report({
    id: 'looker-dashboard-423',
    title: 'Search — single customer',
    url: `${LOOKER}/dashboards/423?Account%20name=&Installer%20email=&%20Date=90%20day&Account%20Type=`,
    section: FEATURES,
    line: 48,
    scope: 'single customer',
    filters: [
      accountName(),
      installerEmail,
      plain(' Date', '90 day', 'date'),
      plain('Account Type'),
    ],
    related: ['looker-dashboard-424'],
  }),
  report({
    id: 'looker-dashboard-440',
    title: 'App Performance KPIs',
    url: `${LOOKER}/dashboards/440`,
    section: FEATURES,
    line: 49,
  }),
  report({
    id: 'amplitude-dashboard-ya9aoy7',
    title: 'Cloud growth metrics',
    url: 'https://analytics.amplitude.com/sourcegraph/dashboard/ya9aoy7?source=search',
    section: AMPLITUDE,
    line: 64,
    description:
      'High-level growth metrics such as traffic, activation, and retention for Sourcegraph cloud.',
  }),
  report({
    id: 'amplitude-dashboard-8towezl',
    title: 'Organizations on cloud overview',
    url: 'https://analytics.amplitude.com/sourcegraph/dashboard/8towezl?source=search',
    section: AMPLITUDE,
    line: 65,
    description:
      'High-level growth metrics for organizations participating in our beta program on cloud.',
  }),
]

export const chime: Customer = CustomerSchema.parse({
  name: 'Chime',
  aliases: ['chime financial'],
  attributes: { installerEmail: 'admin@chime.com' },
})
export const acme: Customer = CustomerSchema.parse({ name: 'Acme, Inc.', aliases: ['Acme'] })
export const initech: Customer = CustomerSchema.parse({ name: 'Initech' })

export const customers: Customer[] = [chime, acme, initech]

export const catalog: Catalog = { reports: handbookReports, customers }
