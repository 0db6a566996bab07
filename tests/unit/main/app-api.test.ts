import { describe, expect, it } from 'vitest'
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
    ...overrides,
  })
  return { api, opened, clipboard, hidden: () => hidden }
}

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
