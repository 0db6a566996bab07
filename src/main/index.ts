// The one wiring file of the main process. For now it shows the minimal window; the launcher
// (hotkey, tray, control endpoint) is wired here as it lands.
import { join } from 'node:path'
import { app, BrowserWindow } from 'electron'

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 720,
    height: 480,
    show: false,
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
    },
  })
  window.once('ready-to-show', () => window.show())
  void window.loadFile(join(import.meta.dirname, '../renderer/index.html'))
  return window
}

export function start(): void {
  void app.whenReady().then(createWindow)
  app.on('window-all-closed', () => app.quit())
}

start()
