import { describe, expect, it } from 'vitest'
import { buildUrl, type BuildResult, type FilterValues } from '../../../src/shared/url'
import { ReportSchema, type Report } from '../../../src/shared/catalog/schema'
import { customer, dashboard409, dashboard413, params, rawQuery, report } from './fixtures'

function urlOf(result: BuildResult): string {
  if (!result.ok) throw new Error(result.error)
  return result.url
}

function build(r: Report, values?: FilterValues): string {
  return urlOf(buildUrl(r, values))
}

function errorOf(r: Report, values?: FilterValues): string {
  const result = buildUrl(r, values)
  if (result.ok) throw new Error(`expected an error, got ${result.url}`)
  return result.error
}

const base409 = 'https://sourcegraph.looker.com/dashboards/409'

describe('buildUrl: the encoding table of ARCHITECTURE.md', () => {
  it.each([
    ['Chime', 'Chime', 'Chime'],
    ['Acme, Inc.', '"Acme, Inc."', '%22Acme%2C%20Inc.%22'],
    ['AT&T', 'AT&T', 'AT%26T'],
    ['a+b', 'a+b', 'a%2Bb'],
    ["O'Brien", `"O'Brien"`, "%22O'Brien%22"],
    ['100%', '"100%"', '%22100%25%22'],
    ['-neg', '"-neg"', '%22-neg%22'],
    ['NULL', '"NULL"', '%22NULL%22'],
    ['Say "hi"', '"Say \\"hi\\""', '%22Say%20%5C%22hi%5C%22%22'],
    ['Zürich 東京', 'Zürich 東京', 'Z%C3%BCrich%20%E6%9D%B1%E4%BA%AC'],
  ])('%j -> %j -> %s', (value, expression, inUrl) => {
    for (const values of [{ set: { 'Account name': [value] } }, { customer: customer(value) }]) {
      const url = build(dashboard409, values)
      expect(url).toBe(`${base409}?Account%20name=${inUrl}&Installer%20email=`)
      expect(params(url)).toEqual([
        ['Account name', expression],
        ['Installer email', ''],
      ])
    }
  })
})

describe('buildUrl: SECURITY.md row 1, hostile customer values', () => {
  it.each([
    ['Acme&x=1', 'Acme&x=1'],
    ['a#b', 'a#b'],
    ['100%', '"100%"'],
    ['a+b', 'a+b'],
    ['Say "hi"', '"Say \\"hi\\""'],
    ["O'Brien", `"O'Brien"`],
    ['Acme\r\nSet-Cookie: x=1', 'Acme\r\nSet-Cookie: x=1'],
    ['Acme\u202Efdp.exe', 'Acme\u202Efdp.exe'],
    ['Rocket 🚀 Co', 'Rocket 🚀 Co'],
    ['../../admin?', '../../admin?'],
  ])('%j stays inside its parameter', (name, expression) => {
    const url = build(dashboard409, { customer: customer(name) })
    const parsed = new URL(url)
    expect(parsed.origin).toBe('https://sourcegraph.looker.com')
    expect(parsed.pathname).toBe('/dashboards/409')
    expect(parsed.hash).toBe('')
    expect(params(url)).toEqual([
      ['Account name', expression],
      ['Installer email', ''],
    ])
    expect(url).toMatch(/^[\x21-\x7e]+$/)
  })

  it('writes spaces as %20 and a plus as %2B, never +', () => {
    const url = build(dashboard409, { customer: customer('a b+c') })
    expect(rawQuery(url)).toBe('Account%20name=a%20b%2Bc&Installer%20email=')
  })

  it('refuses text with a lone surrogate instead of throwing', () => {
    expect(errorOf(dashboard409, { customer: customer('Broken \uD83D') })).toBe(
      '"Customer usage": the value for "Account name" is not valid text (it holds a lone UTF-16 surrogate)',
    )
  })
})

describe('buildUrl: customer filters', () => {
  it('fills every customer filter: the name and the installerEmail attribute', () => {
    const url = build(dashboard409, {
      customer: customer('Acme', { installerEmail: 'ops@acme.com' }),
    })
    expect(url).toBe(`${base409}?Account%20name=Acme&Installer%20email=ops%40acme.com`)
  })

  it('quotes an attribute with a Looker wildcard in it', () => {
    const url = build(dashboard409, {
      customer: customer('Acme', { installerEmail: 'it_ops@acme.com' }),
    })
    expect(params(url)).toEqual([
      ['Account name', 'Acme'],
      ['Installer email', '"it_ops@acme.com"'],
    ])
  })

  it('leaves a filter at its default, quietly, when the customer lacks the attribute', () => {
    const r = report({
      url: `${base409}?Account%20name=Chime&Installer%20email=`,
      filters: [
        { name: 'Account name', customer: 'name' },
        { name: 'Installer email', customer: 'installerEmail', default: '-%@sourcegraph.com' },
        { name: 'Server', customer: 'constructor' },
      ],
    })
    const result = buildUrl(r, { customer: customer('Acme') })
    expect(result.ok && params(result.url)).toEqual([
      ['Account name', 'Acme'],
      ['Installer email', '-%@sourcegraph.com'],
    ])
    expect(result.ok && result.warnings).toEqual([])
  })

  it('passes a customer value as it is to a non-string filter', () => {
    const r = report({
      url: base409,
      filters: [{ name: 'Server', kind: 'raw', customer: 'serverId' }],
    })
    expect(params(build(r, { customer: customer('Acme', { serverId: '-1,2' }) }))).toEqual([
      ['Server', '-1,2'],
    ])
  })

  it('treats a null customer as none', () => {
    expect(build(dashboard409, { customer: null })).toBe(
      `${base409}?Account%20name=&Installer%20email=`,
    )
  })

  it('refuses a customer for a report without a customer filter', () => {
    const r = report({
      title: 'Support tickets',
      url: 'https://sourcegraph.looker.com/dashboards/421?Organization=&Ticket%20priority=None,p1,p2',
      filters: [{ name: 'Organization' }, { name: 'Ticket priority', default: 'None,p1,p2' }],
    })
    expect(errorOf(r, { customer: customer('Acme') })).toBe(
      '"Support tickets" has no customer filter; --customer does not apply',
    )
  })
})

describe('buildUrl: set and expr', () => {
  const r = report({
    title: 'Health',
    url: 'https://sourcegraph.looker.com/dashboards/389?Customer%20Name=&Customer%20Tenure%20(days)=%5B0,2000%5D&Date=',
    filters: [
      { name: 'Customer Name', customer: 'name' },
      { name: 'Customer Tenure (days)', kind: 'number', default: '[0,2000]' },
      { name: 'Date', kind: 'date', default: '90 day' },
    ],
  })
  const value = (url: string, name: string): string | null => new URL(url).searchParams.get(name)

  it('writes set values of a string filter as literals, several ORed with ","', () => {
    const url = build(r, { set: { 'Customer Name': ['Chime', 'Acme, Inc.', '-x'] } })
    expect(value(url, 'Customer Name')).toBe('Chime,"Acme, Inc.","-x"')
  })

  it('writes an expression for a string filter as it is', () => {
    const url = build(r, { expr: { 'Customer Name': 'Acme%,-Acme Test' } })
    expect(value(url, 'Customer Name')).toBe('Acme%,-Acme Test')
  })

  it('writes set values of date and number filters as they are', () => {
    const url = build(r, {
      set: { Date: ['7 day', 'this year'], 'Customer Tenure (days)': ['[0,90]'] },
    })
    expect(params(url)).toEqual([
      ['Customer Name', ''],
      ['Customer Tenure (days)', '[0,90]'],
      ['Date', '7 day,this year'],
    ])
    expect(rawQuery(url)).toBe(
      'Customer%20Name=&Customer%20Tenure%20(days)=%5B0%2C90%5D&Date=7%20day%2Cthis%20year',
    )
  })

  it('writes expressions of date and number filters as they are', () => {
    const url = build(r, { expr: { Date: 'after 2024/01/01', 'Customer Tenure (days)': '>=30' } })
    expect(value(url, 'Date')).toBe('after 2024/01/01')
    expect(value(url, 'Customer Tenure (days)')).toBe('>=30')
  })

  it('prefers set and expr over the customer, and expr over set (with a warning)', () => {
    const result = buildUrl(r, {
      customer: customer('Acme'),
      set: { 'Customer Name': ['Chime'], Date: ['1 day'] },
      expr: { Date: '2 day' },
    })
    expect(result.ok && params(result.url)).toEqual([
      ['Customer Name', 'Chime'],
      ['Customer Tenure (days)', '[0,2000]'],
      ['Date', '2 day'],
    ])
    expect(result.ok && result.warnings).toEqual([
      '"Date": both values and an expression were given; the expression is used',
    ])
  })

  it('emits stored defaults unchanged', () => {
    expect(rawQuery(build(r))).toBe(
      'Customer%20Name=&Customer%20Tenure%20(days)=%5B0%2C2000%5D&Date=90%20day',
    )
  })

  it('refuses a filter the report does not have, listing the ones it has', () => {
    expect(errorOf(dashboard409, { set: { Foo: ['x'] } })).toBe(
      '"Customer usage" has no filter "Foo"; its filters are: Account name, Installer email',
    )
    expect(errorOf(dashboard409, { expr: { constructor: 'x' } })).toMatch(
      /^"Customer usage" has no filter "constructor"/,
    )
  })
})

describe('buildUrl: a leading-space filter name', () => {
  it('keeps " Week" with its space, in its stored place', () => {
    const url = build(dashboard413, {
      customer: customer('Acme'),
      expr: { ' Week': '8 week ago for 8 week' },
    })
    expect(params(url)).toEqual([
      ['Account Type', 'Customer'],
      ['Account name', 'Acme'],
      [' Week', '8 week ago for 8 week'],
      ['Telemetry Status', ''],
    ])
    expect(rawQuery(url)).toBe(
      'Account%20Type=Customer&Account%20name=Acme&%20Week=8%20week%20ago%20for%208%20week&Telemetry%20Status=',
    )
  })

  it('refuses "Week" without the space, and points at " Week"', () => {
    expect(errorOf(dashboard413, { set: { Week: ['1 week'] } })).toBe(
      '"Telemetry status" has no filter "Week"; its filters are: Account Type, Account name, " Week", Telemetry Status; did you mean " Week"?',
    )
  })
})

describe('buildUrl: parameters, order and duplicates', () => {
  it('keeps stored non-filter parameters and their places', () => {
    const r = report({
      url: 'https://sourcegraph.looker.com/dashboards/382?Account%20Type=Customer&Account%20name=Chime&Installer%20email=&Date=3%20month#tile',
      filters: [{ name: 'Account name', customer: 'name' }],
    })
    const url = build(r, { customer: customer('Acme') })
    expect(url).toBe(
      'https://sourcegraph.looker.com/dashboards/382?Account%20Type=Customer&Account%20name=Acme&Installer%20email=&Date=3%20month#tile',
    )
  })

  it('reads a stored + as a space, as a server would, and writes it as %20', () => {
    const r = report({
      url: `${base409}?q=a+b&Account%20name=`,
      filters: [{ name: 'Account name' }],
    })
    expect(rawQuery(build(r))).toBe('q=a%20b&Account%20name=')
  })

  it('appends filters missing from the stored link, in filter order, only with a value or a default', () => {
    const r = report({
      url: `${base409}?Installer%20email=`,
      filters: [
        { name: 'Zone', default: 'EU' },
        { name: 'Account name', customer: 'name', example: 'Chime' },
        { name: 'Installer email' },
        { name: 'Plan', example: 'Enterprise' },
        { name: 'Region' },
      ],
    })
    expect(params(build(r))).toEqual([
      ['Installer email', ''],
      ['Zone', 'EU'],
    ])
    expect(params(build(r, { customer: customer('Acme'), expr: { Region: '' } }))).toEqual([
      ['Installer email', ''],
      ['Zone', 'EU'],
      ['Account name', 'Acme'],
      ['Region', ''],
    ])
  })

  it('never uses the example as a default', () => {
    expect(build(dashboard409)).toBe(`${base409}?Account%20name=&Installer%20email=`)
  })

  it('emits no key twice', () => {
    const r = report({
      url: `${base409}?Account%20name=Chime&x=1&Account%20name=Other&x=2&Installer%20email=`,
      filters: dashboard409.filters,
    })
    const result = buildUrl(r, { customer: customer('Acme') })
    expect(result.ok && params(result.url)).toEqual([
      ['Account name', 'Acme'],
      ['x', '1'],
      ['Installer email', ''],
    ])
    expect(result.ok && result.warnings).toContain(
      'the stored link repeats "x"; its first value is kept',
    )
  })

  it('cannot be handed two filters for one parameter: the catalog model refuses them', () => {
    const parsed = ReportSchema.safeParse({
      id: 'looker-look-1',
      title: 'Test look',
      tool: 'looker',
      kind: 'look',
      url: 'https://sourcegraph.looker.com/looks/1',
      filters: [
        { name: 'Account', field: 'account.name' },
        { name: 'Name', field: 'account.name' },
        { name: 'Name', field: 'account.other' },
      ],
    })
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        'filters.1.name',
        'a second filter for the URL parameter "f[account.name]" (the other is "Account")',
      ],
      ['filters.2.name', 'a second filter named "Name"'],
    ])
  })
})

describe('buildUrl: looks', () => {
  const look = report({
    id: 'looker-look-1519',
    kind: 'look',
    title: 'Accounts',
    url: 'https://sourcegraph.looker.com/looks/1519?f%5Baccount.name%5D=Chime&limit=500',
    filters: [
      { name: 'Account', field: 'account.name', customer: 'name' },
      { name: 'Plan', field: 'account.plan' },
    ],
  })

  it('writes f[view.field] in its stored place, and appends the others', () => {
    const url = build(look, { customer: customer('Acme'), set: { Plan: ['Enterprise'] } })
    expect(params(url)).toEqual([
      ['f[account.name]', 'Acme'],
      ['limit', '500'],
      ['f[account.plan]', 'Enterprise'],
    ])
    expect(rawQuery(url)).toBe('f%5Baccount.name%5D=Acme&limit=500&f%5Baccount.plan%5D=Enterprise')
  })
})

describe('buildUrl: reports that open as stored', () => {
  const amplitude = report({
    id: 'amplitude-dashboard-ya9aoy7',
    tool: 'amplitude',
    title: 'Product usage',
    url: 'https://analytics.amplitude.com/sourcegraph/dashboard/ya9aoy7?source=search',
    hosts: ['analytics.amplitude.com'],
    filters: [{ name: 'Account', customer: 'name' }],
  })
  const plain = report({ title: 'Look 1519', url: 'https://sourcegraph.looker.com/looks/1519' })

  it('opens an Amplitude link exactly as stored', () => {
    expect(buildUrl(amplitude)).toEqual({ ok: true, url: amplitude.url, warnings: [] })
  })

  it('refuses values for an Amplitude link', () => {
    expect(errorOf(amplitude, { set: { Account: ['Acme'] } })).toBe(
      '"Product usage" takes no filters (Amplitude links open as stored)',
    )
    expect(errorOf(amplitude, { customer: customer('Acme') })).toMatch(/--customer does not apply$/)
  })

  it('opens a report without filters as stored, and refuses values for it', () => {
    expect(build(plain, {})).toBe(plain.url)
    expect(errorOf(plain, { expr: { X: '1' } })).toBe('"Look 1519" takes no filters')
    expect(errorOf(plain, { customer: customer('Acme') })).toBe(
      '"Look 1519" has no customer filter; --customer does not apply',
    )
  })

  it('still checks the stored link', () => {
    const evil = report({ tool: 'amplitude', url: 'javascript:alert(1)' })
    expect(errorOf(evil)).toBe(
      'refused javascript:alert(1): only https links open (scheme javascript:)',
    )
  })
})

describe('buildUrl: the built URL is checked', () => {
  it('refuses a stored link on a host its file does not declare', () => {
    expect(errorOf({ ...dashboard409, hosts: ['other.looker.com'] })).toMatch(
      /host sourcegraph\.looker\.com is not among the hosts its catalog file declares \(other\.looker\.com\)$/,
    )
  })

  it('refuses a stored link with a user name, which rebuilding would otherwise drop', () => {
    const r = report({
      url: 'https://sourcegraph.looker.com@evil.io/x?a=',
      filters: [{ name: 'a' }],
      hosts: ['evil.io'],
    })
    expect(errorOf(r)).toMatch(/user name or password/)
  })

  it('warns when the built link is long, and refuses it above the platform limit', () => {
    const long = buildUrl(dashboard409, { set: { 'Account name': ['a'.repeat(2_000)] } })
    expect(long.ok && long.warnings).toEqual([
      expect.stringMatching(
        /^the link is 2,\d{3} characters long; some browsers and chat tools cut links above 2,000$/,
      ),
    ])
    expect(errorOf(dashboard409, { set: { 'Account name': ['a'.repeat(33_000)] } })).toMatch(
      /characters long, above 32,767/,
    )
  })
})
