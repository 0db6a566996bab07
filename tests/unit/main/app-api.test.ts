import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openStateStore, type StateStore } from '../../../src/main/services/state-store'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir'
import { createAppApi, type AppApiDeps } from '../../../src/main/services/app-api'
import { ReportSchema } from '../../../src/shared/catalog/schema'

const serverInstances = ReportSchema.parse({
  id: 'looker-dashboard-409',
  title: 'Server instances',
  tool: 'looker',
  kind: 'dashboard',
  url: 'https://sourcegraph.looker.com/dashboards/409?Account%20name=Chime&Installer%20email=',
  scope: 'single customer',
  hosts: ['sourcegraph.looker.com'],
  filters: [
    { name: 'Account name', customer: 'name', example: 'Chime' },
    { name: 'Installer email', customer: 'installerEmail' },
  ],
})
const monthlyUsers = ReportSchema.parse({
  id: 'looker-look-1519',
  title: 'Monthly users [by instance]',
  tool: 'looker',
  kind: 'look',
  url: 'https://sourcegraph.looker.com/looks/1519',
  hosts: ['sourcegraph.looker.com'],
})

let data: TempDir
let store: StateStore
beforeEach(async () => {
  data = makeTempDir()
  store = await openStateStore({ dataDir: data.path })
})
afterEach(async () => {
  await store.close()
  data.remove()
})

function setup(overrides: Partial<AppApiDeps> = {}) {
  const opened: { url: string; command?: string }[] = []
  const clipboard: string[] = []
  let hidden = 0
  const api = createAppApi({
    catalog: () => ({
      version: 3,
      reports: [serverInstances, monthlyUsers],
      customers: [
        {
          name: 'Chime',
          aliases: ['chime financial'],
          attributes: { installerEmail: 'ops@chime.com' },
        },
      ],
    }),
    notices: () => [],
    openUrl: async (url, command) => void opened.push({ url, ...(command ? { command } : {}) }),
    browserCommand: () => undefined,
    writeClipboard: (text) => void clipboard.push(text),
    hideWindow: () => void hidden++,
    state: store,
    now: () => NOW,
    ...overrides,
  })
  return { api, opened, clipboard, hidden: () => hidden }
}

const NOW = Date.UTC(2026, 10, 28)
const params = (url: string) => Object.fromEntries(new URL(url).searchParams)

describe('opening a report from the window', () => {
  it('builds the URL in main from the id and a known customer, opens it, hides the window', async () => {
    const { api, opened, hidden } = setup()
    const result = await api.openReport({
      reportId: 'looker-dashboard-409',
      values: { customer: 'CHIME FINANCIAL', set: {}, expr: {} },
    })
    expect(opened).toEqual([{ url: result.url }])
    expect(params(result.url)).toEqual({
      'Account name': 'Chime',
      'Installer email': 'ops@chime.com',
    })
    expect(hidden()).toBe(1)
  })

  it('quotes a new customer with a comma and a quote as one Looker value', async () => {
    const { api, opened } = setup()
    await api.openReport({
      reportId: 'looker-dashboard-409',
      values: { customer: 'Acme, "Inc."', set: {}, expr: {} },
    })
    expect(params(opened[0]!.url)['Account name']).toBe('"Acme, \\"Inc.\\""')
  })

  it('uses the browser command when one is set', async () => {
    const { api, opened } = setup({ browserCommand: () => 'firefox -P work' })
    await api.openReport({
      reportId: 'looker-look-1519',
      values: { customer: null, set: {}, expr: {} },
    })
    expect(opened).toEqual([
      { url: 'https://sourcegraph.looker.com/looks/1519', command: 'firefox -P work' },
    ])
  })

  it('refuses an unknown report, a customer where none fits, and reports a browser that fails', async () => {
    const { api, opened, hidden } = setup()
    await expect(
      api.openReport({
        reportId: 'looker-dashboard-1',
        values: { customer: null, set: {}, expr: {} },
      }),
    ).rejects.toThrow('there is no report looker-dashboard-1 in the catalog')
    await expect(
      api.openReport({
        reportId: 'looker-look-1519',
        values: { customer: 'Chime', set: {}, expr: {} },
      }),
    ).rejects.toThrow(/no customer filter/)
    expect(opened).toEqual([])
    const failing = setup({
      openUrl: async () => {
        throw new Error('no browser')
      },
    })
    await expect(
      failing.api.openReport({
        reportId: 'looker-look-1519',
        values: { customer: null, set: {}, expr: {} },
      }),
    ).rejects.toThrow('could not open the default browser: no browser')
    expect(hidden()).toBe(0)
  })
})

describe('copying a link', () => {
  it('puts the URL on the clipboard', () => {
    const { api, clipboard } = setup()
    const { text } = api.copyLink({
      reportId: 'looker-dashboard-409',
      values: { customer: 'Chime', set: {}, expr: {} },
      format: 'url',
    })
    expect(clipboard).toEqual([text])
    expect(params(text)['Account name']).toBe('Chime')
  })

  it('as Markdown, titled with the customer, brackets escaped', () => {
    const { api, clipboard } = setup()
    api.copyLink({
      reportId: 'looker-dashboard-409',
      values: { customer: 'Chime', set: {}, expr: {} },
      format: 'markdown',
    })
    api.copyLink({
      reportId: 'looker-look-1519',
      values: { customer: null, set: {}, expr: {} },
      format: 'markdown',
    })
    expect(clipboard[0]).toMatch(
      /^\[Server instances — Chime\]\(https:\/\/sourcegraph\.looker\.com\/dashboards\/409\?/,
    )
    expect(clipboard[1]).toBe(
      '[Monthly users \\[by instance\\]](https://sourcegraph.looker.com/looks/1519)',
    )
  })
})

describe('the saved state from the window', () => {
  it('remembers an open: recents, and usage for the query typed', async () => {
    const { api } = setup()
    await api.openReport({
      reportId: 'looker-dashboard-409',
      values: { customer: 'Chime', set: {}, expr: {} },
      query: 'servr chime',
    })
    const state = store.read()
    expect(state.recents).toEqual([{ report: 'looker-dashboard-409', customer: 'Chime', at: NOW }])
    expect(state.usage).toEqual([
      { query: 'servr chime', report: 'looker-dashboard-409', weight: 1, at: NOW },
    ])
  })

  it('stars and unstars a report, refusing one the catalog lacks', async () => {
    const { api } = setup()
    expect(
      (await api.toggleFavouriteReport({ reportId: 'looker-look-1519' })).favouriteReports,
    ).toEqual(['looker-look-1519'])
    expect(
      (await api.toggleFavouriteReport({ reportId: 'looker-look-1519' })).favouriteReports,
    ).toEqual([])
    await expect(api.toggleFavouriteReport({ reportId: 'looker-look-9' })).rejects.toThrow(
      /no report looker-look-9/,
    )
  })

  it('pins the selection with its customer and values, under the default label', async () => {
    const { api } = setup()
    const state = await api.pinReport({
      reportId: 'looker-dashboard-409',
      values: { customer: 'chime financial', set: {}, expr: {} },
    })
    expect(state.pins).toEqual([
      {
        label: 'Server instances — Chime',
        report: 'looker-dashboard-409',
        customer: 'Chime',
        set: {},
        expr: {},
        hotkey: null,
      },
    ])
    await expect(
      api.pinReport({
        reportId: 'looker-dashboard-409',
        values: { customer: 'Chime', set: {}, expr: {} },
      }),
    ).rejects.toThrow(/already labelled/)
    await expect(
      api.pinReport({
        reportId: 'looker-look-1519',
        values: { customer: 'Chime', set: {}, expr: {} },
      }),
    ).rejects.toThrow(/no customer filter/)
  })

  it('stars a catalog customer by saving it with its attributes', async () => {
    const { api } = setup()
    const state = await api.setCustomerFavourite({ name: 'chime', favourite: true })
    expect(state.customers).toEqual([
      {
        name: 'Chime',
        aliases: ['chime financial'],
        attributes: { installerEmail: 'ops@chime.com' },
        favourite: true,
      },
    ])
  })
})
