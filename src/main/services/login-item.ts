/** What `app.setLoginItemSettings` is given (the subset Dashkey uses). */
export interface LoginItemSettings {
  openAtLogin: boolean
  /** Windows: the program started at login. */
  path?: string
  /** Windows: its arguments. */
  args?: string[]
}

export type LoginItemRequest =
  { apply: true; settings: LoginItemSettings } | { apply: false; reason: string }

/**
 * How "launch at login" reaches the system. Packaged builds only: a development build would
 * register the bare Electron binary of a checkout. Electron sets login items on macOS and Windows;
 * on Linux the desktop's own "startup applications" does it. Dashkey starts hidden anyway (the
 * window waits for the hotkey), so no argument is needed.
 */
export function loginItemRequest(
  launchAtLogin: boolean,
  platform: NodeJS.Platform,
  isPackaged: boolean,
  execPath: string,
): LoginItemRequest {
  if (!isPackaged) {
    return {
      apply: false,
      reason: 'launch at login is saved; a development build does not register itself',
    }
  }
  if (platform === 'darwin') return { apply: true, settings: { openAtLogin: launchAtLogin } }
  if (platform === 'win32') {
    return { apply: true, settings: { openAtLogin: launchAtLogin, path: execPath, args: [] } }
  }
  return {
    apply: false,
    reason:
      "launch at login is saved, but on Linux Dashkey cannot set it itself: add Dashkey to your desktop's startup applications",
  }
}
