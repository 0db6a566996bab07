// The one wiring file of the main process: it builds the services, then hands Electron's objects
// to the thin adapters. Everything with logic lives elsewhere and is tested without Electron.
import { join } from 'node:path'
import {
  app,
  BrowserWindow,
  clipboard,
  globalShortcut,
  ipcMain,
  Menu,
  nativeImage,
  Notification,
  protocol,
  screen,
  shell,
  Tray,
} from 'electron'
import type { Notice } from '../shared/ipc'
import { formatProblem } from '../shared/catalog/problems'
import { APP_PAGE_PREFIX, APP_SCHEME, handleAppProtocol } from './app-protocol'
import {
  DeepLinkInbox,
  deepLinkFromArgv,
  dispatchDeepLink,
  parseDeepLink,
  protocolClientRequest,
} from './deep-link'
import { MainHotkey, type HotkeyResult } from './hotkey'
import { checkSender, registerIpc, sendEvent } from './ipc-handlers'
import { createLauncherWindow, denyPermissions, hardenContents } from './launcher-window'
import { forwardedArgv, secondLaunch } from './lifecycle'
import { PinHotkeys, type PinHotkeyProblem } from './pin-hotkeys'
import { isWayland, platformSwitches, WAYLAND_NOTICE } from './platform'
import { createAppApi } from './services/app-api'
import { startCatalogFeed } from './services/catalog-feed'
import { watchCatalog, type CatalogUpdate } from './services/catalog-watcher'
import { startControlServer } from './services/control-server'
import { openInBrowser } from './services/launcher'
import { createLogger } from './services/logger'
import { Notices } from './services/notices'
import { resolvePaths } from './services/paths'
import { savedCustomersTracker } from './services/saved-customers'
import { createSettingsApi } from './services/settings-api'
import { formatRecovery, openStateStore, type StateRecovery } from './services/state-store'
import { electronStoreBackend } from './state-backend-electron'
import { dispatchTrayAction, loadTrayIcon, trayIconDirs, TrayMenu } from './tray'
import { buildTrayMenu, type TrayAction } from './tray-menu'
import { mergeCustomers } from '../shared/state/customers'
import { findPin } from '../shared/state/operations'
import type { State } from '../shared/state/schema'
import { hideOnBlur, WindowToggler } from './window-toggler'

const here = import.meta.dirname
const devServer = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined

const paths = resolvePaths({
  env: process.env,
  platform: process.platform,
  bundledCatalogDir: app.isPackaged
    ? join(process.resourcesPath, 'catalog')
    : join(app.getAppPath(), 'catalog'),
})

// The single-instance lock lives in userData, so DASHKEY_DATA_DIR must be applied before it.
app.setPath('userData', paths.dataDir)
const wayland = isWayland(process.env, process.platform)
for (const [name, value] of platformSwitches(wayland)) app.commandLine.appendSwitch(name, value)
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
])

// `dashkey://` links wait here until the app can act on them.
const deepLinks = new DeepLinkInbox()

// A second launch hands the first its own argv as is: Chromium reorders the event's argv.
if (!app.requestSingleInstanceLock({ argv: process.argv })) {
  app.quit()
} else {
  // macOS sends the link that launched the app before `ready`: listen now.
  app.on('open-url', (event, url) => {
    event.preventDefault()
    deepLinks.receive(parseDeepLink(url))
  })
  // Windows and Linux launch the app with the link on its command line.
  const launchLink = deepLinkFromArgv(process.argv, process.platform)
  if (launchLink) deepLinks.receive(launchLink)
  void app.whenReady().then(start)
}

function catalogNotices(update: CatalogUpdate): Omit<Notice, 'source'>[] {
  return update.problems.map((problem) => ({
    level: problem.severity,
    message: formatProblem(problem),
  }))
}

function hotkeyNotices(main: HotkeyResult, pins: PinHotkeyProblem[]): Omit<Notice, 'source'>[] {
  return [
    ...(main.ok ? [] : [{ level: 'error' as const, message: main.message }]),
    ...pins.map((problem) => ({ level: 'warning' as const, message: problem.message })),
  ]
}

async function start(): Promise<void> {
  const log = createLogger(paths.logsDir)
  const notices = new Notices()
  handleAppProtocol(protocol, join(here, '../renderer'))

  /** Something the person must hear about now: a notification where there are any, and the log. */
  const tell = (message: string) => {
    log.warn(message)
    if (Notification.isSupported()) new Notification({ title: 'Dashkey', body: message }).show()
  }

  const window = createLauncherWindow(
    BrowserWindow,
    join(here, '../preload/index.cjs'),
    !app.isPackaged,
  )
  hardenContents(window.webContents, (line) => log.warn(line))
  denyPermissions(window.webContents.session)
  const toggler = new WindowToggler(window, screen, () =>
    sendEvent(window.webContents, 'windowShown', null),
  )
  hideOnBlur(window, toggler)
  void window.loadURL(devServer ?? `${APP_PAGE_PREFIX}index.html`)

  const store = await openStateStore({
    dataDir: paths.dataDir,
    backend: electronStoreBackend,
    watch: true,
    log: (line) => log.warn(line),
  })
  const stateNotice = (recovery: StateRecovery) =>
    notices.set('state', [{ level: 'warning', message: formatRecovery(recovery) }])
  if (store.recovered) stateNotice(store.recovered)
  store.onRecovered(stateNotice)
  const settings = store.read().settings

  // The catalog, watched; started again with the new extra folders when the settings change.
  const feed = await startCatalogFeed(
    (extra, onChange) =>
      watchCatalog(
        { bundledDir: paths.bundledCatalogDir, userDir: paths.userCatalogDir, extra },
        onChange,
        { log: (line) => log.info(line) },
      ),
    settings.catalogFolders,
    (update) => {
      notices.set('catalog', catalogNotices(update))
      sendEvent(window.webContents, 'catalogChanged', snapshot())
      refreshTray()
    },
  )
  // Customers come from the catalog files and the saved state; the saved one wins.
  let stateVersion = 0
  function snapshot() {
    const { catalog } = feed.current()
    return {
      version: feed.version() + stateVersion,
      reports: catalog.reports,
      customers: mergeCustomers(catalog.customers, store.read().customers),
    }
  }
  notices.set('catalog', catalogNotices({ ...feed.current(), version: 0, keptPrevious: false }))
  notices.subscribe((all) => sendEvent(window.webContents, 'noticesChanged', all))

  const api = createAppApi({
    catalog: snapshot,
    notices: () => notices.all(),
    // The system browser through Electron; the URL was built and checked by launchReport.
    openUrl: (url, command) => (command ? openInBrowser(url, command) : shell.openExternal(url)),
    browserCommand: () =>
      process.env.DASHKEY_BROWSER || store.read().settings.browserCommand || undefined,
    writeClipboard: (text) => clipboard.writeText(text),
    hideWindow: () => toggler.hide(),
    state: store,
  })

  // Tray menu actions, pin hotkeys and links all open through openReport: main builds the URL.
  const runAction = (action: TrayAction) =>
    dispatchTrayAction(action, {
      open: (request) => api.openReport(request),
      show: () => toggler.show(),
      settings: () => {
        toggler.show()
        sendEvent(window.webContents, 'settingsRequested', null)
      },
      quit: () => app.quit(),
      fail: tell,
    })

  const mainHotkey = new MainHotkey(globalShortcut, () => toggler.toggle())
  const pinHotkeys = new PinHotkeys(globalShortcut, (label) => {
    const pin = findPin(store.read(), label)
    if (pin) {
      const { report, customer, set, expr } = pin
      runAction({ kind: 'open', report, customer, set, expr })
    }
  })
  /** Registers what the state asks for; says what could not be had. */
  function syncHotkeys(state: State): HotkeyResult {
    const main = mainHotkey.sync(state.settings.hotkey)
    const pins = pinHotkeys.sync(state.pins, mainHotkey.current())
    notices.set('hotkey', hotkeyNotices(main, pins))
    return main
  }

  const settingsApi = createSettingsApi({
    state: store,
    hotkeys: { main: mainHotkey, pins: pinHotkeys },
    login: {
      platform: process.platform,
      isPackaged: app.isPackaged,
      execPath: process.execPath,
      apply: (request) => {
        if (request.apply) app.setLoginItemSettings(request.settings)
        else log.info(request.reason)
      },
    },
  })
  registerIpc(
    ipcMain,
    { ...api, ...settingsApi },
    checkSender({
      webContentsId: () => (window.isDestroyed() ? undefined : window.webContents.id),
      pagePrefixes: devServer ? [APP_PAGE_PREFIX, devServer] : [APP_PAGE_PREFIX],
    }),
    (line) => log.warn(line),
  )

  const trayDirs = trayIconDirs(app.isPackaged, app.getAppPath(), process.resourcesPath)
  const trayIcon = loadTrayIcon(trayDirs, process.platform, (path) =>
    nativeImage.createFromPath(path),
  )
  if (!trayIcon) log.warn(`no tray icon in ${trayDirs.join(' or ')}`)
  const tray = new Tray(trayIcon ?? nativeImage.createEmpty())
  const trayMenu = new TrayMenu(
    tray,
    (template) => Menu.buildFromTemplate(template),
    runAction,
    process.platform,
  )
  function refreshTray(): void {
    trayMenu.update(
      buildTrayMenu({
        reports: feed.current().catalog.reports,
        state: store.read(),
        mainHotkey: mainHotkey.current(),
        pinHotkeys: pinHotkeys.active(),
      }),
    )
  }

  const hotkey = syncHotkeys(store.read())
  if (!hotkey.ok) tell(hotkey.message)
  if (wayland) notices.set('platform', [{ level: 'info', message: WAYLAND_NOTICE }])
  refreshTray()

  // The CLI's changes (and the window's own) reach the window, the hotkeys, the catalog folders
  // and the tray at once.
  const customersChanged = savedCustomersTracker(store.read())
  store.onChange((state) => {
    const catalogToo = customersChanged(state)
    if (catalogToo) stateVersion++
    syncHotkeys(state)
    void feed
      .setFolders(state.settings.catalogFolders)
      .catch((error: unknown) => log.error(`catalog folders not applied: ${String(error)}`))
    sendEvent(window.webContents, 'stateChanged', state)
    if (catalogToo) sendEvent(window.webContents, 'catalogChanged', snapshot())
    refreshTray()
  })

  const control = await startControlServer(
    paths.controlEndpoint,
    async (command) => {
      if (command.command === 'toggle') toggler.toggle()
      else if (command.command === 'show') toggler.show()
      else {
        const customer = command.customer ?? null
        await api.openReport({ reportId: command.report, values: { customer, set: {}, expr: {} } })
      }
      return { ok: true }
    },
    (line) => log.warn(line),
  ).catch((error: unknown) => {
    // Without the endpoint `dashkey toggle` cannot reach us; the hotkey and a second launch still do.
    const reason = error instanceof Error ? error.message : String(error)
    const message = `\`dashkey toggle\` cannot reach this app: its control endpoint did not start (${reason})`
    log.error(message)
    notices.set('control', [{ level: 'warning', message }])
    return null
  })

  // `dashkey://` links: registered in packaged builds, carried out from here on.
  const client = protocolClientRequest(process.platform, app.isPackaged, process.execPath)
  if (client && !app.setAsDefaultProtocolClient(client.protocol, client.path, client.args)) {
    log.warn(`could not register Dashkey as the handler of ${client.protocol}:// links`)
  }
  deepLinks.start((link) =>
    dispatchDeepLink(link, {
      open: (request) => api.openReport(request),
      toggle: () => toggler.toggle(),
      fail: tell,
    }),
  )
  app.on('second-instance', (_event, argv, _workingDirectory, data) => {
    const launch = secondLaunch(forwardedArgv(data, argv), process.platform)
    if (launch.kind === 'link') deepLinks.receive(launch.link)
    else if (launch.kind === 'toggle') toggler.toggle()
    else toggler.show()
  })
  // The launcher lives in the background: closing its window hides it, it does not quit.
  let quitting = false
  window.on('close', (event) => {
    if (!quitting) {
      event.preventDefault()
      toggler.hide()
    }
  })
  app.on('before-quit', () => {
    quitting = true
    globalShortcut.unregisterAll()
    tray.destroy()
    void feed.close()
    void control?.close()
    void store.close()
  })
  log.info(`Dashkey started; data folder ${paths.dataDir}`)
}
