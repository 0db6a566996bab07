import type * as Electron from 'electron'
import type { Session, WebContents } from 'electron'

/**
 * The quick-find window: frameless, on top, hidden until the hotkey. The security settings are
 * written out here, inline, so a reader and a scanner see them (SECURITY.md row 10).
 */
export function createLauncherWindow(
  // Named as Electron's class so electronegativity recognises the constructor and checks options.
  BrowserWindow: typeof Electron.BrowserWindow,
  preload: string,
  devTools: boolean,
): Electron.BrowserWindow {
  return new BrowserWindow({
    width: 720,
    height: 460,
    show: false,
    frame: false,
    alwaysOnTop: true,
    skipTaskbar: true,
    resizable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    title: 'Dashkey',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // A middle click must not open anything; new windows are denied as well.
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: false,
      devTools,
    },
  })
}

type Listener = (event: { preventDefault(): void }, ...rest: unknown[]) => void

/** The parts of WebContents the hardening touches. */
export interface HardenableContents {
  on(event: 'will-navigate' | 'will-redirect' | 'will-attach-webview', listener: Listener): unknown
  setWindowOpenHandler: WebContents['setWindowOpenHandler']
}

/**
 * The window never leaves its page: navigation, redirects, new windows and webviews are denied
 * (SECURITY.md row 8). Links open only through main's openReport, which builds and checks them.
 */
export function hardenContents(contents: HardenableContents, log: (line: string) => void): void {
  for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview'] as const) {
    contents.on(event, (e, ...rest) => {
      e.preventDefault()
      log(`denied ${event} ${typeof rest[0] === 'string' ? rest[0] : ''}`.trim())
    })
  }
  contents.setWindowOpenHandler(({ url }) => {
    log(`denied window.open ${url}`)
    return { action: 'deny' }
  })
}

/** Dashkey needs no camera, notifications from pages, geolocation…: every request is denied. */
export function denyPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
