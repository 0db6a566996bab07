// The one wiring file of the main process: it builds the services, then hands Electron's objects
// to the thin adapters. Everything with logic lives elsewhere and is tested without Electron.
import { join } from 'node:path'
import {
  app,
  BrowserWindow,
  clipboard,
  globalShortcut,
  ipcMain,
  Notification,
  protocol,
  screen,
  shell,
} from 'electron'
import type { Notice } from '../shared/ipc'
import { formatProblem } from '../shared/catalog/problems'
import { APP_PAGE_PREFIX, APP_SCHEME, handleAppProtocol } from './app-protocol'
import { registerHotkey } from './hotkey'
import { checkSender, registerIpc, sendEvent } from './ipc-handlers'
import { createLauncherWindow, denyPermissions, hardenContents } from './launcher-window'
import { onSecondInstance } from './lifecycle'
import { isWayland, platformSwitches, WAYLAND_NOTICE } from './platform'
import { createAppApi } from './services/app-api'
import { watchCatalog, type CatalogUpdate } from './services/catalog-watcher'
import { startControlServer } from './services/control-server'
import { openInBrowser } from './services/launcher'
import { createLogger } from './services/logger'
import { Notices } from './services/notices'
import { resolvePaths } from './services/paths'
import { formatRecovery, openStateStore, type StateRecovery } from './services/state-store'
import { electronStoreBackend } from './state-backend-electron'
import { mergeCustomers } from '../shared/state/customers'
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

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  void app.whenReady().then(start)
}

function catalogNotices(update: CatalogUpdate): Omit<Notice, 'source'>[] {
  return update.problems.map((problem) => ({
    level: problem.severity,
    message: formatProblem(problem),
  }))
}

async function start(): Promise<void> {
  const log = createLogger(paths.logsDir)
  const notices = new Notices()
  handleAppProtocol(protocol, join(here, '../renderer'))

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

  const watcher = await watchCatalog(
    {
      bundledDir: paths.bundledCatalogDir,
      userDir: paths.userCatalogDir,
      extra: settings.catalogFolders,
    },
    (update) => {
      notices.set('catalog', catalogNotices(update))
      sendEvent(window.webContents, 'catalogChanged', snapshot())
    },
    { log: (line) => log.info(line) },
  )
  // Customers come from the catalog files and the saved state; the saved one wins.
  let stateVersion = 0
  function snapshot() {
    const { catalog } = watcher.current()
    return {
      version: watcher.version() + stateVersion,
      reports: catalog.reports,
      customers: mergeCustomers(catalog.customers, store.read().customers),
    }
  }
  // The CLI's changes (and the window's own) reach the window at once.
  store.onChange((state) => {
    stateVersion++
    sendEvent(window.webContents, 'stateChanged', state)
    sendEvent(window.webContents, 'catalogChanged', snapshot())
  })
  notices.set('catalog', catalogNotices({ ...watcher.current(), version: 0, keptPrevious: false }))
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
  registerIpc(
    ipcMain,
    api,
    checkSender({
      webContentsId: () => (window.isDestroyed() ? undefined : window.webContents.id),
      pagePrefixes: devServer ? [APP_PAGE_PREFIX, devServer] : [APP_PAGE_PREFIX],
    }),
    (line) => log.warn(line),
  )

  const hotkey = registerHotkey(globalShortcut, settings.hotkey, () => toggler.toggle())
  if (!hotkey.ok) {
    log.warn(hotkey.message)
    notices.set('hotkey', [{ level: 'error', message: hotkey.message }])
    if (Notification.isSupported())
      new Notification({ title: 'Dashkey', body: hotkey.message }).show()
  }
  if (wayland) notices.set('platform', [{ level: 'info', message: WAYLAND_NOTICE }])

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

  app.on('second-instance', (_event, argv) => onSecondInstance(argv, toggler))
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
    void watcher.close()
    void control?.close()
    void store.close()
  })
  log.info(`Dashkey started; data folder ${paths.dataDir}`)
}
