// The tray adapter: the menu data of tray-menu.ts becomes Electron's menu, with click handlers
// that dispatch the actions. It is given Electron's objects, so tests hand it small fakes.
import { join } from 'node:path'
import type { Menu, MenuItemConstructorOptions } from 'electron'
import type { OpenRequest } from '../shared/ipc'
import type { TrayAction, TrayItem } from './tray-menu'

/**
 * On Windows and Linux `&` marks the next letter as the item's access key; `&&` is a literal `&`
 * (macOS drops a lone `&` the same way). Customer names such as "AT&T" must survive.
 */
export const menuLabel = (label: string): string => label.replaceAll('&', '&&')

/** Electron's menu template for the menu data; `dispatch` runs an item's action on click. */
export function menuTemplate(
  items: readonly TrayItem[],
  dispatch: (action: TrayAction) => void,
): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.type) {
      case 'separator':
        return { type: 'separator' }
      case 'note':
        return { label: menuLabel(item.label), enabled: false }
      case 'submenu':
        return { label: menuLabel(item.label), submenu: menuTemplate(item.items, dispatch) }
      case 'action':
        return {
          label: menuLabel(item.label),
          click: () => dispatch(item.action),
          // Shown only: the keys are global shortcuts already, registered by the hotkey managers.
          ...(item.accelerator
            ? { accelerator: item.accelerator, registerAccelerator: false }
            : {}),
        }
    }
  })
}

/**
 * The icon for the platform. macOS takes a template image (black with alpha; the `Template`
 * suffix tells macOS to paint it in the menu bar's colour, and `@2x` is found beside it);
 * Windows and Linux a coloured one that reads on light and dark panels.
 */
export function trayIconPath(trayDir: string, platform: NodeJS.Platform): string {
  return join(trayDir, platform === 'darwin' ? 'trayTemplate.png' : 'tray.png')
}

/**
 * Where resources/tray may be, first choice first: beside the app in development
 * (`app.getAppPath()` is the checkout); when packaged, in the app's resources folder as an extra
 * resource (like catalog/), else inside the app archive, where a packager that ships the whole
 * app folder leaves it (nativeImage reads from asar).
 */
export function trayIconDirs(
  isPackaged: boolean,
  appPath: string,
  resourcesPath: string,
): string[] {
  const inApp = join(appPath, 'resources', 'tray')
  return isPackaged ? [join(resourcesPath, 'tray'), inApp] : [inApp]
}

/**
 * The first icon that loads (Electron gives an empty image for a missing file), or null when
 * none does: then the tray shows a blank icon, and the caller logs it.
 */
export function loadTrayIcon<Image extends { isEmpty(): boolean }>(
  dirs: readonly string[],
  platform: NodeJS.Platform,
  load: (path: string) => Image,
): Image | null {
  for (const dir of dirs) {
    const image = load(trayIconPath(dir, platform))
    if (!image.isEmpty()) return image
  }
  return null
}

/** The parts of Electron's Tray the adapter drives. */
export interface TrayLike {
  setContextMenu(menu: Menu | null): void
  setToolTip(toolTip: string): void
  on(event: 'click', listener: () => void): unknown
}

/**
 * Keeps the tray's context menu current: `update` is called on every change of the state, the
 * catalog and the hotkeys, and sets the whole menu again. A click on the icon shows the window
 * where platforms deliver one (Windows); nothing depends on it.
 */
export class TrayMenu {
  constructor(
    private readonly tray: TrayLike,
    private readonly buildMenu: (template: MenuItemConstructorOptions[]) => Menu,
    private readonly dispatch: (action: TrayAction) => void,
    platform: NodeJS.Platform,
  ) {
    tray.setToolTip('Dashkey')
    // macOS opens the menu on a click, and Linux may send no click at all.
    if (platform === 'win32') tray.on('click', () => dispatch({ kind: 'show' }))
  }

  update(items: readonly TrayItem[]): void {
    this.tray.setContextMenu(this.buildMenu(menuTemplate(items, this.dispatch)))
  }
}

/** What the tray's actions reach in the rest of the app. */
export interface TrayActionDeps {
  /** createAppApi's openReport: main builds and checks the URL from the id and values. */
  open(request: OpenRequest): Promise<unknown>
  show(): void
  settings(): void
  quit(): void
  /** A report that could not be opened: the person is told (a notification), it is logged. */
  fail(message: string): void
}

/** Runs one tray action. An open that fails is reported through `fail`, never thrown. */
export function dispatchTrayAction(action: TrayAction, deps: TrayActionDeps): void {
  switch (action.kind) {
    case 'show':
      return deps.show()
    case 'settings':
      return deps.settings()
    case 'quit':
      return deps.quit()
    case 'open': {
      const { report, customer, set, expr } = action
      deps
        .open({ reportId: report, values: { customer, set, expr } })
        .catch((error: unknown) =>
          deps.fail(
            `Dashkey could not open ${report}: ${error instanceof Error ? error.message : String(error)}`,
          ),
        )
      return
    }
  }
}
