/** Whether the session is Wayland, where global shortcuts go through the desktop portal. */
export function isWayland(
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform,
): boolean {
  if (platform !== 'linux') return false
  return env.XDG_SESSION_TYPE === 'wayland' || Boolean(env.WAYLAND_DISPLAY)
}

/** Chromium switches to set before the app is ready. */
export function platformSwitches(wayland: boolean): [string, string][] {
  // Electron reaches the XDG GlobalShortcuts portal only with this feature on.
  return wayland ? [['enable-features', 'GlobalShortcutsPortal']] : []
}

export const WAYLAND_NOTICE =
  'This is a Wayland session: the global hotkey goes through your desktop, which may ask you to ' +
  'confirm it or may not support it. If the hotkey does nothing, bind a shortcut in your ' +
  "desktop's keyboard settings to the command `dashkey toggle`."
