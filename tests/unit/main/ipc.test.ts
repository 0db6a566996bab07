import { describe, expect, it } from 'vitest'
import {
  checkSender,
  invokeListener,
  registerIpc,
  sendEvent,
  type CallEvent,
  type Handlers,
} from '../../../src/main/ipc-handlers'
import { INVOKE_METHODS, invokeChannel } from '../../../src/shared/ipc'
import { defaultState } from '../../../src/shared/state/schema'

const WINDOW_ID = 7
const check = checkSender({ webContentsId: () => WINDOW_ID, pagePrefixes: ['app://dashkey/'] })

function event(frame: { url: string; parent: unknown } | null, senderId = WINDOW_ID): CallEvent {
  return { senderFrame: frame, sender: { id: senderId } } as unknown as CallEvent
}
const ownPage = event({ url: 'app://dashkey/index.html', parent: null })

function handlers(opened: unknown[] = []): Handlers {
  return {
    getCatalog: () => ({ version: 1, reports: [], customers: [] }),
    getNotices: () => [],
    openReport: async (request) => {
      opened.push(request)
      return { url: 'https://sourcegraph.looker.com/looks/1', warnings: [] }
    },
    copyLink: () => ({ text: 'x', warnings: [] }),
    hideWindow: () => null,
    getState: () => defaultState(),
    toggleFavouriteReport: async () => defaultState(),
    pinReport: async () => defaultState(),
    setCustomerFavourite: async () => defaultState(),
    updateSettings: async () => defaultState(),
    setHotkey: async () => defaultState(),
    setPinHotkey: async () => defaultState(),
    importCustomers: async () => ({ imported: 0, state: defaultState() }),
    reorderFavourites: async () => defaultState(),
    removeFavourite: async () => defaultState(),
    reorderPins: async () => defaultState(),
    removePin: async () => defaultState(),
  }
}

const logged: string[] = []
const log = (line: string) => logged.push(line)
const open = (opened: unknown[] = []) =>
  invokeListener('openReport', handlers(opened).openReport, check, log)

describe('calls from the window', () => {
  it('reach the handler from the top frame of the launcher window on its own page', async () => {
    const opened: unknown[] = []
    const reply = await open(opened)(ownPage, {
      reportId: 'looker-dashboard-409',
      values: { customer: 'Acme, Inc.' },
    })
    expect(reply).toEqual({
      ok: true,
      value: { url: 'https://sourcegraph.looker.com/looks/1', warnings: [] },
    })
    expect(opened).toEqual([
      { reportId: 'looker-dashboard-409', values: { customer: 'Acme, Inc.', set: {}, expr: {} } },
    ])
  })

  it.each([
    ['a null sender frame', event(null), /frame is gone/],
    ['a subframe', event({ url: 'app://dashkey/index.html', parent: {} }), /subframe/],
    [
      'another webContents',
      event({ url: 'app://dashkey/index.html', parent: null }, 99),
      /not the Dashkey window/,
    ],
    ['a foreign page', event({ url: 'https://evil.example/', parent: null }), /not Dashkey's own/],
    ['a file page', event({ url: 'file:///tmp/x.html', parent: null }), /not Dashkey's own/],
  ])('are refused from %s, without reaching the handler', async (_what, from, why) => {
    const opened: unknown[] = []
    const reply = await open(opened)(from, { reportId: 'looker-dashboard-409' })
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(why) })
    expect(opened).toEqual([])
  })

  it.each([
    ['no argument', undefined],
    ['a string', 'looker-dashboard-409'],
    ['a URL instead of a report id', { reportId: 'https://evil.example/x' }],
    ['a URL beside the id', { reportId: 'looker-dashboard-409', url: 'https://evil.example/' }],
    ['a javascript: id', { reportId: 'javascript:alert(1)' }],
    ['a customer that is not text', { reportId: 'looker-dashboard-409', values: { customer: {} } }],
    [
      'a huge customer',
      { reportId: 'looker-dashboard-409', values: { customer: 'x'.repeat(5000) } },
    ],
    ['a prototype key', JSON.parse('{"reportId":"looker-dashboard-409","__proto__":{"x":1}}')],
  ])('refuse a malformed request: %s', async (_what, payload) => {
    const opened: unknown[] = []
    const reply = await open(opened)(ownPage, payload)
    expect(reply).toEqual({
      ok: false,
      error: expect.stringMatching(/^malformed openReport request: /),
    })
    expect(opened).toEqual([])
  })

  it.each([
    ['updateSettings', { hotkey: 'Ctrl+Alt+1' }],
    ['updateSettings', { catalogFolders: 'C:\\catalog' }],
    ['updateSettings', { theme: 'neon' }],
    ['setHotkey', { accelerator: 'x'.repeat(101) }],
    ['setHotkey', {}],
    ['setPinHotkey', { label: '', hotkey: 'Ctrl+Alt+1' }],
    ['importCustomers', { name: 'a.csv', text: 'x'.repeat(5_000_001) }],
    ['reorderFavourites', { ids: ['https://evil.example/'] }],
    ['removeFavourite', { reportId: 'javascript:alert(1)' }],
    ['reorderPins', { labels: 'Chime' }],
    ['removePin', { label: 'x'.repeat(201) }],
  ] as const)('refuse a malformed settings call: %s %j', async (method, payload) => {
    const called: unknown[] = []
    const listener = invokeListener(
      method,
      async (args: unknown) => {
        called.push(args)
        return defaultState() as never
      },
      check,
      log,
    )
    const reply = await listener(ownPage, payload)
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^malformed /) })
    expect(called).toEqual([])
  })

  it('answer a failing handler with its message, and main goes on', async () => {
    const listener = invokeListener(
      'openReport',
      async () => {
        throw new Error('could not open the default browser: no browser')
      },
      check,
      log,
    )
    const reply = await listener(ownPage, { reportId: 'looker-dashboard-409' })
    expect(reply).toEqual({ ok: false, error: 'could not open the default browser: no browser' })
  })

  it('are registered for exactly the contract, on named channels, and removed again', () => {
    const channels: string[] = []
    const removed: string[] = []
    const dispose = registerIpc(
      {
        handle: (channel: string) => void channels.push(channel),
        removeHandler: (c: string) => void removed.push(c),
      },
      handlers(),
      check,
      log,
    )
    expect(channels).toEqual(INVOKE_METHODS.map(invokeChannel))
    dispose()
    expect(removed).toEqual(channels)
  })
})

describe('events to the window', () => {
  it('are checked against the contract and skipped for a destroyed window', () => {
    const sent: unknown[][] = []
    const contents = {
      send: (...args: unknown[]) => void sent.push(args),
      isDestroyed: () => false,
    }
    sendEvent(contents, 'windowShown', null)
    expect(sent).toEqual([['dashkey:event:windowShown', null]])
    expect(() =>
      sendEvent(contents, 'noticesChanged', [{ level: 'fatal', source: 'x', message: 1 }] as never),
    ).toThrow()
    sendEvent({ ...contents, isDestroyed: () => true }, 'windowShown', null)
    expect(sent).toHaveLength(1)
  })
})
