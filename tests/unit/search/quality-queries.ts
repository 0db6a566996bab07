/**
 * The labelled queries of the search-quality check (quality.test.ts, and `npm run bench`): what
 * people type, and the report they mean. `bundled` queries run over the bundled catalog
 * (catalog/handbook.yaml) with the customers Acme, Chime and Initech; `generated` ones over the
 * bench's generated catalog of 2,000 reports (seed 11, see scripts/bench/quality.ts).
 *
 * Kinds: typos, word order, short forms (first letters, acronyms, aliases), a customer named at
 * the end (which fills the report's filter, so the words before it must still find the report)
 * and plain titles. Where two reports are equally right, both are listed.
 */
export interface LabelledQuery {
  catalog: 'bundled' | 'generated'
  kind: 'typo' | 'order' | 'short' | 'customer' | 'plain'
  query: string
  /** The report(s) meant; the first result must be one of them for a top-1 hit. */
  expected: readonly string[]
}

const bundled = (
  kind: LabelledQuery['kind'],
  query: string,
  ...expected: string[]
): LabelledQuery => ({ catalog: 'bundled', kind, query, expected })
const generated = (
  kind: LabelledQuery['kind'],
  query: string,
  ...expected: string[]
): LabelledQuery => ({ catalog: 'generated', kind, query, expected })

export const LABELLED_QUERIES: readonly LabelledQuery[] = [
  // The bundled catalog.
  bundled('typo', 'servr instnces', 'looker-dashboard-409'),
  bundled('typo', 'batch chnages singel', 'looker-dashboard-382'),
  bundled('typo', 'tehcnical helth', 'looker-dashboard-389'),
  bundled('typo', 'cod insihgts singel', 'looker-dashboard-426'),
  bundled('typo', 'telemtry status', 'looker-look-1527'),
  bundled('typo', 'hostng type', 'looker-look-1526'),
  bundled('typo', 'repositries by customer', 'looker-look-1529'),
  bundled('typo', 'organisations on cloud', 'amplitude-dashboard-8towezl'),
  bundled('typo', 'cloud grwoth', 'amplitude-dashboard-ya9aoy7'),
  bundled('typo', 'sourcegraph verison', 'looker-look-1524'),
  bundled('order', 'single customer batch changes', 'looker-dashboard-382'),
  bundled('order', 'all customers batch changes', 'looker-dashboard-422'),
  bundled('order', 'instances server', 'looker-dashboard-409'),
  bundled('order', 'health technical', 'looker-dashboard-389'),
  bundled('order', 'customer deployment type', 'looker-look-1525'),
  bundled('order', 'single code insights', 'looker-dashboard-426'),
  bundled('short', 'dau mau', 'looker-look-1521'),
  bundled('short', 'tech health', 'looker-dashboard-389'),
  bundled('short', 'code intel single', 'looker-dashboard-412'),
  bundled('short', 'app perf', 'looker-dashboard-440'),
  bundled('short', 'kpi', 'looker-dashboard-440'),
  bundled('short', 'nps', 'looker-look-1530'),
  bundled('short', 'mau by customer', 'looker-look-1513'),
  bundled('short', 'seat consumption', 'looker-look-1522'),
  bundled('short', 'support metrics', 'looker-dashboard-421'),
  bundled('short', 'code hosts', 'looker-look-1528'),
  bundled('customer', 'server instances acme', 'looker-dashboard-409'),
  bundled('customer', 'batch changes single chime', 'looker-dashboard-382'),
  bundled('customer', 'tech health initech', 'looker-dashboard-389'),
  bundled('customer', 'code intel chime', 'looker-dashboard-412'),
  bundled('customer', 'search single acme', 'looker-dashboard-423'),
  bundled('customer', 'code insights all customers initech', 'looker-dashboard-427'),
  bundled('customer', 'support metrics chime', 'looker-dashboard-421'),
  bundled('plain', 'cloud growth metrics', 'amplitude-dashboard-ya9aoy7'),
  bundled('plain', 'total user accounts', 'looker-look-1514'),
  // The generated catalog.
  generated('plain', 'vyshi batch changes', 'looker-dashboard-515'),
  generated('typo', 'vyshi bach chnages', 'looker-dashboard-515'),
  generated('order', 'batch changes vyshi', 'looker-dashboard-515'),
  generated('plain', 'rosillo batch changes uk', 'amplitude-dashboard-rwsd41s'),
  generated('short', 'dapel code intel', 'amplitude-chart-e18i7ng'),
  generated('order', 'code intelligence dapel instance', 'amplitude-chart-e18i7ng'),
  generated('plain', 'axporro incident count', 'looker-dashboard-220'),
  generated('typo', 'axporo incidnet', 'looker-dashboard-220'),
  generated('plain', 'venlin expansion revenue', 'looker-dashboard-261'),
  generated('plain', 'drilopor query volume', 'amplitude-dashboard-qhumo4m'),
  generated('short', 'drilopor volume per source', 'amplitude-dashboard-qhumo4m'),
  generated('typo', 'loka recuring revenue', 'looker-look-1274'),
  generated('plain', 'vendaka attrition', 'looker-dashboard-582'),
  generated('order', 'attrition vendaka team', 'looker-dashboard-582'),
  generated('plain', 'zenfen time to resolution', 'looker-look-1368'),
  generated('order', 'zenfen resolution language', 'looker-look-1368'),
  generated('plain', 'corqua gross revenue retention', 'amplitude-notebook-6rtax5s'),
  generated('typo', 'revenue forcast raqua', 'looker-look-1461'),
  generated('order', 'vendri bank error rate', 'amplitude-chart-n8hvt4m'),
  generated('plain', 'talsil group cloud spend', 'looker-dashboard-895'),
  generated('plain', 'noxlindri group uptime', 'looker-dashboard-1015'),
  generated('short', 'peltrilo code intel', 'looker-dashboard-842'),
  generated('customer', 'operations trial conversion acme', 'looker-dashboard-132'),
  generated('customer', 'onboarding funnel by segment chime', 'looker-dashboard-253'),
  generated('customer', 'quota attainment vs extension installs globex', 'looker-dashboard-241'),
  generated('customer', 'gross revenue retention by csm initech', 'looker-dashboard-604'),
  generated('customer', 'average deal size by campaign hooli', 'looker-dashboard-934'),
  generated('customer', 'upsell opportunities by campaign stark', 'looker-dashboard-1005'),
  generated('customer', 'daily active users by partner wayne', 'looker-dashboard-975'),
  generated('customer', 'wen time to resolution north america umbrella', 'looker-dashboard-1042'),
  generated('short', 'nps nordics', 'looker-dashboard-214'),
  generated('short', 'sql fy24', 'looker-look-1049'),
  generated('short', 'q3 sql', 'amplitude-dashboard-gippe97'),
  generated('short', 'ltv daily', 'looker-dashboard-1027'),
  generated('short', 'df qtd', 'amplitude-dashboard-bhrjsuu'),
  generated('short', 'rc 2025', 'looker-look-1253'),
  generated('typo', 'inactive users by sorce', 'looker-look-1508'),
  generated('typo', 'sesion length by campain', 'looker-dashboard-543'),
  generated('typo', 'invoice aging deploymnet', 'looker-dashboard-655'),
  generated('typo', 'email campains platform', 'looker-dashboard-734'),
  generated('typo', 'cach collections weekly', 'looker-look-1479'),
  generated('typo', 'feature adoptoin japan', 'looker-look-1216'),
  generated('typo', 'bookings by quarter and regoin', 'looker-look-1239'),
  generated('plain', 'churn cohort japan', 'looker-look-1347'),
  generated('plain', 'revenue churn cohort anz', 'looker-dashboard-749'),
  generated('plain', 'sales cycle length nordics', 'looker-look-1442'),
  generated('plain', 'net revenue retention france', 'looker-look-1361'),
  generated('order', 'japan feature adoption', 'looker-look-1216'),
  generated('order', 'latam deployment frequency cohort', 'looker-dashboard-419'),
  generated('order', 'anz attrition cohort', 'looker-dashboard-667'),
  generated('order', 'segment license usage v4', 'looker-dashboard-358'),
  generated('order', 'source search queries', 'amplitude-dashboard-7wbfww5'),
]
