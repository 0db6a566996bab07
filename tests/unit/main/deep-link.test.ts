import { describe, expect, it } from 'vitest'
import {
  DeepLinkInbox,
  deepLinkFromArgv,
  dispatchDeepLink,
  parseDeepLink,
  protocolClientRequest,
  type DeepLinkAction,
  type DeepLinkResult,
} from '../../../src/main/deep-link'
import { forwardedArgv, secondLaunch } from '../../../src/main/lifecycle'
import type { OpenRequest } from '../../../src/shared/ipc'

const open = (
  report: string,
  customer: string | null = null,
  set: Record<string, string[]> = {},
  expr: Record<string, string> = {},
): DeepLinkAction => ({ action: 'open', report, customer, set, expr })

describe('parseDeepLink: links that open', () => {
  it.each([
    [
      'dashkey://open?report=looker-dashboard-409&customer=Chime',
      open('looker-dashboard-409', 'Chime'),
    ],
    [
      'dashkey://open/?report=looker-dashboard-409&customer=Chime',
      open('looker-dashboard-409', 'Chime'),
    ],
    ['DASHKEY://OPEN?report=looker-look-1519', open('looker-look-1519')],
    ['dashkey://open?report=looker-dashboard-409&customer=', open('looker-dashboard-409')],
    [
      'dashkey://open?report=looker-dashboard-382&customer=Acme%2C%20Inc.',
      open('looker-dashboard-382', 'Acme, Inc.'),
    ],
    [
      'dashkey://open?report=looker-dashboard-409&customer=AT%26T',
      open('looker-dashboard-409', 'AT&T'),
    ],
    [
      'dashkey://open?report=looker-dashboard-409&customer=Z%C3%BCrich+%E6%9D%B1%E4%BA%AC',
      open('looker-dashboard-409', 'Zürich 東京'),
    ],
    [
      'dashkey://open?report=looker-dashboard-382&set=Account%20Type=Customer&set=Account%20Type=Trial&set=%20Week=2026-W01',
      open('looker-dashboard-382', null, {
        'Account Type': ['Customer', 'Trial'],
        ' Week': ['2026-W01'],
      }),
    ],
    [
      'dashkey://open?report=looker-dashboard-382&expr=Date=90%20day&expr=Count=%5B0,2000%5D',
      open('looker-dashboard-382', null, {}, { Date: '90 day', Count: '[0,2000]' }),
    ],
    [
      'dashkey://open?report=looker-dashboard-model::name&set=Filter=a=b',
      open('looker-dashboard-model::name', null, { Filter: ['a=b'] }),
    ],
  ])('%s', (link, expected) => {
    expect(parseDeepLink(link)).toEqual(expected)
  })

  it('toggles', () => {
    expect(parseDeepLink('dashkey://toggle')).toEqual({ action: 'toggle' })
    expect(parseDeepLink('dashkey://toggle/')).toEqual({ action: 'toggle' })
  })
})

describe('parseDeepLink: refusals', () => {
  it.each([
    ['another scheme', 'https://sourcegraph.looker.com/dashboards/409', /not a dashkey:\/\/ link/],
    ['javascript:', 'javascript:alert(1)', /not a dashkey:\/\/ link/],
    ['file:', 'file:///etc/passwd', /not a dashkey:\/\/ link/],
    ['not a URL', 'dashkey', /not a link/],
    [
      'an unknown action',
      'dashkey://delete?report=looker-dashboard-409',
      /unknown action "delete"/,
    ],
    ['an encoded action', 'dashkey://%6Fpen?report=looker-dashboard-409', /unknown action/],
    ['no action', 'dashkey:///open?report=looker-dashboard-409', /names no action/],
    ['no action, no slashes', 'dashkey:open?report=looker-dashboard-409', /names no action/],
    ['a path', 'dashkey://open/evil?report=looker-dashboard-409', /unknown path \/evil/],
    ['a user', 'dashkey://me@open?report=looker-dashboard-409', /user name or password/],
    ['a password', 'dashkey://me:pw@open?report=looker-dashboard-409', /user name or password/],
    ['a port', 'dashkey://open:8080?report=looker-dashboard-409', /port/],
    ['a fragment', 'dashkey://open?report=looker-dashboard-409#x', /fragment/],
    ['no report', 'dashkey://open?customer=Chime', /exactly one report/],
    [
      'two reports',
      'dashkey://open?report=looker-look-1&report=looker-look-2',
      /exactly one report/,
    ],
    ['a URL as report', 'dashkey://open?report=https://evil.example/', /not a report id/],
    ['a report id with a slash', 'dashkey://open?report=..%2F..%2Fetc', /not a report id/],
    [
      'two customers',
      'dashkey://open?report=looker-look-1&customer=a&customer=b',
      /at most one customer/,
    ],
    [
      'an unknown parameter',
      'dashkey://open?report=looker-look-1&url=https://evil.example',
      /unknown parameter "url"/,
    ],
    [
      'a flag as parameter',
      'dashkey://open?report=looker-look-1&--inspect=1',
      /unknown parameter "--inspect"/,
    ],
    [
      'a set without a filter',
      'dashkey://open?report=looker-look-1&set=Chime',
      /set=<filter>=<value>/,
    ],
    [
      'a set with an empty filter',
      'dashkey://open?report=looker-look-1&set==Chime',
      /set=<filter>=<value>/,
    ],
    ['an expr twice', 'dashkey://open?report=looker-look-1&expr=D=1&expr=D=2', /"D" twice/],
    [
      'a customer over 200 characters',
      `dashkey://open?report=looker-look-1&customer=${'x'.repeat(201)}`,
      /customer/,
    ],
    ['parameters on toggle', 'dashkey://toggle?report=looker-look-1', /takes no parameters/],
    ['a space', 'dashkey://open?report=looker-look-1 --inspect', /spaces or control characters/],
    [
      'a line break',
      'dashkey://open?report=looker-look-1\n--inspect',
      /spaces or control characters/,
    ],
    ['a tab', 'dashkey://open?report=looker-\tlook-1', /spaces or control characters/],
    ['a NUL', 'dashkey://open?report=looker-look-1\u0000', /spaces or control characters/],
    [
      'a quote breaking out (CVE-2018-1000006)',
      'dashkey://open?report=x" --gpu-launcher="cmd',
      /spaces/,
    ],
    [
      'an over-long link',
      `dashkey://open?report=looker-look-1&customer=${'x'.repeat(4100)}`,
      /longer than 4096/,
    ],
    ['empty', '', /not a link/],
  ])('%s', (_what, link, why) => {
    const result = parseDeepLink(link)
    expect(result).toEqual({ error: expect.stringMatching(why) })
  })
})

describe('deepLinkFromArgv', () => {
  const link = 'dashkey://open?report=looker-dashboard-409&customer=Chime'
  const parsed = open('looker-dashboard-409', 'Chime')

  it.each([
    ['Windows, as registered', ['C:\\Dashkey\\Dashkey.exe', '--', link], 'win32', parsed],
    [
      'Windows, with the switches Chromium adds before the --',
      [
        'Dashkey.exe',
        '--allow-file-access-from-files',
        '--original-process-start-time=1',
        '--',
        link,
      ],
      'win32',
      parsed,
    ],
    ['Linux (.desktop %u)', ['/opt/Dashkey/dashkey', link], 'linux', parsed],
    ['Linux in development', ['/x/electron', '/src/dashkey', link], 'linux', parsed],
    ['no link', ['/opt/Dashkey/dashkey', '--toggle'], 'linux', null],
    ['no arguments', ['/opt/Dashkey/dashkey'], 'win32', null],
  ] as const)('%s', (_what, argv, platform, expected) => {
    expect(deepLinkFromArgv(argv, platform)).toEqual(expected)
  })

  it.each([
    [
      'a switch smuggled after the link (CVE-2018-1000006)',
      ['Dashkey.exe', '--', 'dashkey://open?report=x', '--gpu-launcher=cmd /c calc', '--'],
      'win32',
      /goes on after the link/,
    ],
    ['--inspect after the link', ['dashkey', link, '--inspect'], 'linux', /goes on after the link/],
    ['a link not after -- on Windows', ['Dashkey.exe', link], 'win32', /must follow "--"/],
    [
      'a switch between -- and the link',
      ['Dashkey.exe', '--', '--inspect', link],
      'win32',
      /more than the link after "--"/,
    ],
    ['two links', ['Dashkey.exe', '--', link, link], 'win32', /more than one link/],
    ['two links, Linux', ['dashkey', link, 'dashkey://toggle'], 'linux', /more than one link/],
    [
      '--gpu-launcher before the link',
      ['dashkey', '--gpu-launcher=xterm', link],
      'linux',
      /also holds --gpu-launcher/,
    ],
    [
      '--inspect before the link',
      ['dashkey', '--inspect=9229', link],
      'linux',
      /also holds --inspect=9229/,
    ],
    [
      '--renderer-cmd-prefix on Windows',
      ['Dashkey.exe', '--renderer-cmd-prefix=calc', '--', link],
      'win32',
      /also holds --renderer-cmd-prefix/,
    ],
    [
      '--remote-debugging-port',
      ['dashkey', '--remote-debugging-port=9222', link],
      'darwin',
      /remote-debugging-port/,
    ],
    ['a bad link', ['dashkey', 'dashkey://rm?report=x'], 'linux', /unknown action "rm"/],
    ['a link in upper case', ['dashkey', 'DASHKEY://evil'], 'linux', /unknown action "evil"/],
  ] as const)('refuses %s', (_what, argv, platform, why) => {
    expect(deepLinkFromArgv(argv, platform)).toEqual({ error: expect.stringMatching(why) })
  })
})

describe('a second launch', () => {
  const link = 'dashkey://open?report=looker-look-1519'

  it('carries out a link, toggles on --toggle, shows otherwise', () => {
    expect(secondLaunch(['dashkey', link], 'linux')).toEqual({
      kind: 'link',
      link: open('looker-look-1519'),
    })
    expect(secondLaunch(['dashkey', '--toggle'], 'linux')).toEqual({ kind: 'toggle' })
    expect(secondLaunch(['dashkey'], 'linux')).toEqual({ kind: 'show' })
    // A link decides alone: --toggle beside it does nothing.
    expect(secondLaunch(['Dashkey.exe', '--toggle', '--', link], 'win32')).toMatchObject({
      kind: 'link',
    })
    expect(secondLaunch(['Dashkey.exe', link], 'win32')).toEqual({
      kind: 'link',
      link: { error: expect.stringMatching(/must follow "--"/) },
    })
  })

  it('reads the argv the second launch forwarded, checked; anything odd falls back to the event argv', () => {
    const fallback = ['Dashkey.exe', '--allow-file-access-from-files']
    expect(forwardedArgv({ argv: ['Dashkey.exe', '--', link] }, fallback)).toEqual([
      'Dashkey.exe',
      '--',
      link,
    ])
    for (const data of [
      undefined,
      null,
      'argv',
      {},
      { argv: 'Dashkey.exe' },
      { argv: ['a', 1] },
      { argv: Array.from({ length: 100 }, () => 'x') },
      { argv: ['x'.repeat(10_000)] },
    ]) {
      expect(forwardedArgv(data, fallback)).toBe(fallback)
    }
  })
})

describe('dispatchDeepLink', () => {
  function deps(result: Promise<unknown> = Promise.resolve()) {
    const opened: OpenRequest[] = []
    const toggled: number[] = []
    const failures: string[] = []
    return {
      opened,
      toggled,
      failures,
      deps: {
        open: (request: OpenRequest) => (opened.push(request), result),
        toggle: () => void toggled.push(1),
        fail: (message: string) => void failures.push(message),
      },
    }
  }

  it.each([
    [
      open('looker-dashboard-409', 'Chime', { 'Account Type': ['Customer'] }, { Date: '7 day' }),
      {
        opened: [
          {
            reportId: 'looker-dashboard-409',
            values: {
              customer: 'Chime',
              set: { 'Account Type': ['Customer'] },
              expr: { Date: '7 day' },
            },
          },
        ],
        toggled: 0,
        failures: [],
      },
    ],
    [{ action: 'toggle' }, { opened: [], toggled: 1, failures: [] }],
    [
      { error: 'unknown action "rm"' },
      { opened: [], toggled: 0, failures: ['Dashkey refused a link: unknown action "rm"'] },
    ],
  ] as [DeepLinkResult, unknown][])('%j', (link, expected) => {
    const d = deps()
    dispatchDeepLink(link, d.deps)
    expect({ opened: d.opened, toggled: d.toggled.length, failures: d.failures }).toEqual(expected)
  })

  it('reports a report that would not open', async () => {
    const d = deps(Promise.reject(new Error('there is no report looker-look-9 in the catalog')))
    dispatchDeepLink(open('looker-look-9'), d.deps)
    await new Promise((r) => setTimeout(r, 0))
    expect(d.failures).toEqual([
      "Dashkey could not open the link's report looker-look-9: there is no report looker-look-9 in the catalog",
    ])
  })

  it('keeps links that arrive before the app is ready, then handles them in order', () => {
    const inbox = new DeepLinkInbox()
    const seen: DeepLinkResult[] = []
    inbox.receive({ action: 'toggle' })
    inbox.receive({ error: 'x' })
    inbox.start((link) => seen.push(link))
    inbox.receive(open('looker-look-1519'))
    expect(seen).toEqual([{ action: 'toggle' }, { error: 'x' }, open('looker-look-1519')])
  })
})

describe('protocolClientRequest', () => {
  it.each([
    ['win32', true, { protocol: 'dashkey', path: 'C:\\Dashkey\\Dashkey.exe', args: ['--'] }],
    ['darwin', true, { protocol: 'dashkey', path: 'C:\\Dashkey\\Dashkey.exe', args: [] }],
    ['linux', true, { protocol: 'dashkey', path: 'C:\\Dashkey\\Dashkey.exe', args: [] }],
    ['win32', false, null],
    ['linux', false, null],
  ] as const)('%s, packaged %s', (platform, packaged, expected) => {
    expect(protocolClientRequest(platform, packaged, 'C:\\Dashkey\\Dashkey.exe')).toEqual(expected)
  })

  it('ends the Windows registration in --, so the link comes after it', () => {
    const request = protocolClientRequest('win32', true, 'Dashkey.exe')
    expect(request?.args.at(-1)).toBe('--')
    // What Windows then starts: the registered command with the link appended.
    const argv = [request!.path, ...request!.args, 'dashkey://toggle']
    expect(deepLinkFromArgv(argv, 'win32')).toEqual({ action: 'toggle' })
  })
})
