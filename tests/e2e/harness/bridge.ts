// The test-process side of `window.dashkey`: every contract method is a page binding that goes
// through main's own invokeListener (sender check, argument check, result check) to the REAL
// handlers of createAppApi, with the Electron parts (browser, clipboard, window) recorded.
import type { Page } from 'playwright-core'
import { createAppApi } from '../../../src/main/services/app-api'
import { createSettingsApi } from '../../../src/main/services/settings-api'
import type { LoginItemRequest } from '../../../src/main/services/login-item'
import { MainHotkey, type ShortcutRegistrar } from '../../../src/main/hotkey'
import { PinHotkeys } from '../../../src/main/pin-hotkeys'
import { sameAccelerator } from '../../../src/shared/state/operations'
import {
  checkSender,
  invokeListener,
  type CallEvent,
  type Handlers,
  type SenderCheck,
} from '../../../src/main/ipc-handlers'
import {
  EVENTS,
  EVENT_CONTRACT,
  INVOKE_METHODS,
  subscriberName,
  type CatalogSnapshot,
  type EventData,
  type EventName,
  type InvokeMethod,
  type Notice,
} from '../../../src/shared/ipc'
import type { StateStore } from '../../../src/main/services/state-store'
import { mergeCustomers } from '../../../src/shared/state/customers'
import { savedCustomersTracker } from '../../../src/main/services/saved-customers'
import type { HarnessCatalog } from './catalog'
import { installPageBridge } from './page-bridge'

type BindingSource = Parameters<Parameters<Page['exposeBinding']>[1]>[0]

const BINDING_PREFIX = '__dashkeyHarness_'
const EMIT_KEY = 'dashkey.harness.emit'

export interface Records {
  /** What the opener dep was asked to open (after main built and checked the URL). */
  opened: { url: string; browserCommand?: string }[]
  /** What copyLink put on the clipboard. */
  copied: string[]
  /** How many times main hid the window (openReport, hideWindow). */
  hides: number
  /** Every call as main saw it, with its reply: for failure messages. */
  calls: { method: InvokeMethod; args: unknown; reply: unknown }[]
  /** main's log lines (refused and failed calls). */
  log: string[]
  /** What the settings asked of "launch at login" (loginItemRequest; never applied here). */
  loginItems: LoginItemRequest[]
}

export interface Bridge {
  records: Records
  /** Makes the browser fail to open (like a missing browser) until called again with null. */
  failOpen(reason: string | null): void
  setCatalog(snapshot: CatalogSnapshot): void
  setNotices(notices: Notice[]): void
  /** Sends an event to the page as main's sendEvent does: checked against the contract. */
  emit<E extends EventName>(event: E, data: EventData<E>): Promise<void>
  /** Waits for the next URL opened since the last call, and returns it. */
  nextOpened(timeoutMs?: number): Promise<string>
  /** Waits for the next clipboard text since the last call, and returns it. */
  nextCopied(timeoutMs?: number): Promise<string>
  /** One line per call and log line, to explain a failure. */
  describe(): string
  /**
   * Keys "another program" holds: the fake globalShortcut refuses them, as Electron's does.
   * Ctrl+Alt+T at first; add or delete keys to change that.
   */
  takenKeys: Set<string>
  /** The keys the fake globalShortcut holds for Dashkey now (the main hotkey and pin hotkeys). */
  heldKeys(): string[]
}

/** The parts of an Electron invoke event that checkSender reads, for a call from `page`. */
function callEvent(page: Page): (source: BindingSource) => CallEvent {
  return (source) =>
    ({
      sender: { id: source.page === page ? 1 : 2 },
      senderFrame: { url: source.frame.url(), parent: source.frame.parentFrame() ? {} : null },
    }) as unknown as CallEvent
}

async function until<T>(
  read: () => T | undefined,
  what: string,
  timeoutMs: number,
  why: () => string,
) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = read()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${why()}`)
    await new Promise((r) => setTimeout(r, 25))
  }
}

export async function installBridge(
  page: Page,
  origin: string,
  catalog: HarnessCatalog,
  store: StateStore,
): Promise<Bridge> {
  let snapshot = catalog.snapshot
  let notices = catalog.notices
  let openFailure: string | null = null
  const records: Records = {
    opened: [],
    copied: [],
    hides: 0,
    calls: [],
    log: [],
    loginItems: [],
  }
  // As main does: customers from the catalog and the saved state, the saved one winning.
  let stateVersion = 0
  const merged = (): CatalogSnapshot => ({
    ...snapshot,
    version: snapshot.version + stateVersion,
    customers: mergeCustomers(snapshot.customers, store.read().customers),
  })
  const api = createAppApi({
    catalog: merged,
    notices: () => notices,
    openUrl: async (url, browserCommand) => {
      if (openFailure) throw new Error(openFailure)
      records.opened.push({ url, ...(browserCommand ? { browserCommand } : {}) })
    },
    browserCommand: () => undefined,
    writeClipboard: (text) => void records.copied.push(text),
    hideWindow: () => void records.hides++,
    state: store,
  })
  // A fake globalShortcut: the real MainHotkey and PinHotkeys register with it, and the real
  // settings handlers run on top, so "taken by another program" can be shown in the page.
  const takenKeys = new Set(['Ctrl+Alt+T'])
  const held = new Map<string, () => void>()
  const shortcuts: ShortcutRegistrar = {
    register: (accelerator, callback) => {
      if ([...takenKeys, ...held.keys()].some((k) => sameAccelerator(k, accelerator))) return false
      held.set(accelerator, callback)
      return true
    },
    unregister: (accelerator) => void held.delete(accelerator),
  }
  const mainHotkey = new MainHotkey(shortcuts, () => {})
  const pinHotkeys = new PinHotkeys(shortcuts, () => {})
  const syncHotkeys = (state = store.read()) => {
    mainHotkey.sync(state.settings.hotkey)
    pinHotkeys.sync(state.pins, mainHotkey.current())
  }
  syncHotkeys()
  const settingsApi = createSettingsApi({
    state: store,
    hotkeys: { main: mainHotkey, pins: pinHotkeys },
    login: {
      platform: process.platform,
      isPackaged: false,
      execPath: process.execPath,
      apply: (request) => void records.loginItems.push(request),
    },
  })
  // main's own check, told that the harness page is the Dashkey window and its server the app's.
  const check: SenderCheck = checkSender({
    webContentsId: () => 1,
    pagePrefixes: [`${origin}/`],
  })
  const eventOf = callEvent(page)
  const log = (line: string) => void records.log.push(line)

  async function expose<M extends InvokeMethod>(method: M, handlers: Handlers) {
    const listener = invokeListener(method, handlers[method], check, log)
    await page.exposeBinding(`${BINDING_PREFIX}${method}`, async (source, raw: unknown) => {
      const reply = await listener(eventOf(source), raw)
      records.calls.push({ method, args: raw, reply })
      return reply
    })
  }
  for (const method of INVOKE_METHODS) await expose(method, { ...api, ...settingsApi })
  await page.addInitScript(installPageBridge, {
    methods: INVOKE_METHODS,
    events: EVENTS.map((event) => [event, subscriberName(event)] as const),
    bindingPrefix: BINDING_PREFIX,
    emitKey: EMIT_KEY,
  })

  const describe = () =>
    [
      ...records.calls.map(
        (c) => `${c.method}(${JSON.stringify(c.args)}) → ${JSON.stringify(c.reply)}`,
      ),
      ...records.log.map((line) => `log: ${line}`),
    ]
      .join('\n')
      .slice(-4000)
  let openedSeen = 0
  let copiedSeen = 0
  const bridge: Bridge = {
    records,
    failOpen: (reason) => void (openFailure = reason),
    setCatalog: (next) => void (snapshot = next),
    setNotices: (next) => void (notices = next),
    async emit(event, data) {
      const checked = EVENT_CONTRACT[event].parse(data)
      await page.evaluate(
        ([key, name, payload]) => {
          const emit = (globalThis as unknown as Record<symbol, (e: string, d: unknown) => void>)[
            Symbol.for(key)
          ]!
          emit(name, payload)
        },
        [EMIT_KEY, event, checked] as const,
      )
    },
    nextOpened: (timeoutMs = 10_000) =>
      until(() => records.opened[openedSeen]?.url, 'a URL to be opened', timeoutMs, describe).then(
        (url) => ((openedSeen += 1), url),
      ),
    nextCopied: (timeoutMs = 10_000) =>
      until(() => records.copied[copiedSeen], 'a copy to the clipboard', timeoutMs, describe).then(
        (text) => ((copiedSeen += 1), text),
      ),
    describe,
    takenKeys,
    heldKeys: () => [...held.keys()],
  }
  // As main does: a change of the state file (this window's or the CLI's) reaches the page at once.
  const customersChanged = savedCustomersTracker(store.read())
  store.onChange((state) => {
    const catalogToo = customersChanged(state)
    if (catalogToo) stateVersion++
    syncHotkeys(state)
    void bridge
      .emit('stateChanged', state)
      .then(() => (catalogToo ? bridge.emit('catalogChanged', merged()) : undefined))
      .catch((error: unknown) => records.log.push(`stateChanged not delivered: ${String(error)}`))
  })
  return bridge
}
