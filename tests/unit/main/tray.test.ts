import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Menu, MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import {
  dispatchTrayAction,
  menuTemplate,
  loadTrayIcon,
  trayIconDirs,
  trayIconPath,
  TrayMenu,
  type TrayActionDeps,
} from '../../../src/main/tray'
import type { TrayAction, TrayItem } from '../../../src/main/tray-menu'
import type { OpenRequest } from '../../../src/shared/ipc'
import { FakeEmitter } from './fakes'

const open: TrayAction = {
  kind: 'open',
  report: 'looker-dashboard-409',
  customer: 'AT&T',
  set: {},
  expr: {},
}
const items: TrayItem[] = [
  {
    type: 'action',
    label: 'Open Dashkey',
    action: { kind: 'show' },
    accelerator: 'Ctrl+Shift+Space',
  },
  { type: 'separator' },
  { type: 'note', label: 'Pinned' },
  {
    type: 'submenu',
    label: 'AT&T',
    items: [{ type: 'action', label: 'Server instances — AT&T', action: open }],
  },
]

describe('the tray adapter', () => {
  it('turns the data into a template: notes disabled, & escaped, keys shown but not registered', () => {
    const dispatched: TrayAction[] = []
    const template = menuTemplate(items, (a) => void dispatched.push(a))
    const plain = JSON.parse(JSON.stringify(template)) as unknown
    expect(plain).toEqual([
      { label: 'Open Dashkey', accelerator: 'Ctrl+Shift+Space', registerAccelerator: false },
      { type: 'separator' },
      { label: 'Pinned', enabled: false },
      { label: 'AT&&T', submenu: [{ label: 'Server instances — AT&&T' }] },
    ])
    const submenu = template[3]!.submenu as MenuItemConstructorOptions[]
    const click = (item: MenuItemConstructorOptions) => (item.click as () => void)()
    click(submenu[0]!)
    click(template[0]!)
    expect(dispatched).toEqual([open, { kind: 'show' }])
  })

  it('sets the whole menu again on every update, and shows the window on a click on Windows', () => {
    const tray = Object.assign(new FakeEmitter(), {
      menus: [] as unknown[],
      tip: '',
      setContextMenu(menu: Menu | null) {
        this.menus.push(menu)
      },
      setToolTip(tip: string) {
        this.tip = tip
      },
    })
    const dispatched: TrayAction[] = []
    const built: MenuItemConstructorOptions[][] = []
    const trayMenu = new TrayMenu(
      tray,
      (template) => (built.push(template), { fake: built.length } as unknown as Menu),
      (a) => void dispatched.push(a),
      'win32',
    )
    trayMenu.update(items)
    trayMenu.update(items.slice(0, 1))
    expect(tray.tip).toBe('Dashkey')
    expect(tray.menus).toEqual([{ fake: 1 }, { fake: 2 }])
    expect(built[1]).toHaveLength(1)
    tray.emit('click')
    expect(dispatched).toEqual([{ kind: 'show' }])
  })

  it('leaves the click alone where the menu is everything (Linux may never send one; macOS opens the menu)', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const tray = Object.assign(new FakeEmitter(), {
        setContextMenu() {},
        setToolTip() {},
      })
      new TrayMenu(
        tray,
        () => ({}) as Menu,
        () => {},
        platform,
      )
      expect(tray.listeners.has('click')).toBe(false)
    }
  })

  it('picks the template icon on macOS and the coloured one elsewhere, in dev and packaged', () => {
    expect(trayIconDirs(false, '/src/dashkey', '/opt/electron/resources')).toEqual([
      '/src/dashkey/resources/tray',
    ])
    expect(trayIconDirs(true, '/opt/Dashkey/resources/app.asar', '/opt/Dashkey/resources')).toEqual(
      ['/opt/Dashkey/resources/tray', '/opt/Dashkey/resources/app.asar/resources/tray'],
    )
    expect(trayIconPath('/r/tray', 'darwin')).toBe('/r/tray/trayTemplate.png')
    expect(trayIconPath('/r/tray', 'linux')).toBe('/r/tray/tray.png')
    expect(trayIconPath('/r/tray', 'win32')).toBe('/r/tray/tray.png')
  })

  it('loads the first icon that exists, and the committed icons exist', () => {
    const present = (paths: string[]) => (path: string) => ({
      path,
      isEmpty: () => !paths.includes(path),
    })
    const dirs = ['/res/tray', '/app.asar/resources/tray']
    expect(loadTrayIcon(dirs, 'linux', present(['/app.asar/resources/tray/tray.png']))?.path).toBe(
      '/app.asar/resources/tray/tray.png',
    )
    expect(loadTrayIcon(dirs, 'darwin', present([]))).toBeNull()
    const checkout = trayIconDirs(false, join(import.meta.dirname, '../../..'), '/nowhere')
    for (const platform of ['darwin', 'linux', 'win32'] as const) {
      const icon = loadTrayIcon(checkout, platform, (path) => ({
        path,
        isEmpty: () => !existsSync(path),
      }))
      expect(icon, platform).not.toBeNull()
      expect(existsSync(icon!.path.replace('.png', '@2x.png'))).toBe(true)
    }
  })
})

describe('tray actions', () => {
  function deps(openResult: Promise<unknown> = Promise.resolve()) {
    const done: string[] = []
    const opened: OpenRequest[] = []
    const failures: string[] = []
    const d: TrayActionDeps = {
      open: (request) => (opened.push(request), openResult),
      show: () => void done.push('show'),
      settings: () => void done.push('settings'),
      quit: () => void done.push('quit'),
      fail: (message) => void failures.push(message),
    }
    return { d, done, opened, failures }
  }

  it('open through openReport with the customer and values; show, settings and quit', () => {
    const { d, done, opened } = deps()
    dispatchTrayAction(
      { ...open, set: { 'Account Type': ['Customer'] }, expr: { Date: '30 day' } },
      d,
    )
    for (const kind of ['show', 'settings', 'quit'] as const) dispatchTrayAction({ kind }, d)
    expect(opened).toEqual([
      {
        reportId: 'looker-dashboard-409',
        values: {
          customer: 'AT&T',
          set: { 'Account Type': ['Customer'] },
          expr: { Date: '30 day' },
        },
      },
    ])
    expect(done).toEqual(['show', 'settings', 'quit'])
  })

  it('report a report that would not open, without throwing', async () => {
    const { d, failures } = deps(Promise.reject(new Error('could not open the default browser')))
    expect(() => dispatchTrayAction(open, d)).not.toThrow()
    await new Promise((r) => setTimeout(r, 0))
    expect(failures).toEqual([
      'Dashkey could not open looker-dashboard-409: could not open the default browser',
    ])
  })
})
