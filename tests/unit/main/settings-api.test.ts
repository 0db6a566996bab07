import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MainHotkey } from '../../../src/main/hotkey'
import { PinHotkeys } from '../../../src/main/pin-hotkeys'
import { parseCustomerFile } from '../../../src/main/services/customer-import'
import { loginItemRequest, type LoginItemRequest } from '../../../src/main/services/login-item'
import { createSettingsApi } from '../../../src/main/services/settings-api'
import { openStateStore, type StateStore } from '../../../src/main/services/state-store'
import { addPin } from '../../../src/shared/state/operations'
import { DEFAULT_HOTKEY } from '../../../src/shared/state/schema'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir'
import { FakeShortcuts } from './fakes'

let data: TempDir
let store: StateStore
beforeEach(async () => {
  data = makeTempDir()
  store = await openStateStore({ dataDir: data.path })
})
afterEach(async () => {
  await store.close()
  data.remove()
})

/** The real handlers over a real store, with a fake globalShortcut where Ctrl+Alt+T is taken. */
function setup(options: { packaged?: boolean; platform?: NodeJS.Platform } = {}) {
  const shortcuts = new FakeShortcuts(['Ctrl+Alt+T'])
  const main = new MainHotkey(shortcuts, () => {})
  const pins = new PinHotkeys(shortcuts, () => {})
  main.sync(store.read().settings.hotkey)
  pins.sync(store.read().pins, main.current())
  const loginItems: LoginItemRequest[] = []
  const api = createSettingsApi({
    state: store,
    hotkeys: { main, pins },
    login: {
      platform: options.platform ?? 'darwin',
      isPackaged: options.packaged ?? true,
      execPath: '/Applications/Dashkey.app/Contents/MacOS/Dashkey',
      apply: (request) => void loginItems.push(request),
    },
  })
  return { api, shortcuts, main, pins, loginItems }
}

async function withPins(): Promise<void> {
  await store.update((s) =>
    addPin(
      addPin(s, {
        report: 'looker-dashboard-409',
        reportTitle: 'Server instances',
        customer: 'Chime',
        hotkey: 'Ctrl+Alt+1',
      }),
      { report: 'looker-dashboard-382', reportTitle: 'Batch changes', customer: 'Acme' },
    ),
  )
}

describe('setHotkey', () => {
  it('registers a free key, lets the old one go and saves it', async () => {
    const { api, shortcuts, main } = setup()
    const state = await api.setHotkey({ accelerator: ' Ctrl+Alt+Space ' })
    expect(state.settings.hotkey).toBe('Ctrl+Alt+Space')
    expect(store.read().settings.hotkey).toBe('Ctrl+Alt+Space')
    expect(main.current()).toBe('Ctrl+Alt+Space')
    expect(shortcuts.keys()).toEqual(['Ctrl+Alt+Space'])
  })

  it('refuses a key another program holds: the old key stays registered and saved', async () => {
    const { api, shortcuts } = setup()
    await expect(api.setHotkey({ accelerator: 'Ctrl+Alt+T' })).rejects.toThrow(
      `Ctrl+Alt+T is taken by another program; ${DEFAULT_HOTKEY} stays active`,
    )
    expect(shortcuts.keys()).toEqual([DEFAULT_HOTKEY])
    expect(store.read().settings.hotkey).toBe(DEFAULT_HOTKEY)
  })

  it('refuses an invalid accelerator before registering anything', async () => {
    const { api, shortcuts } = setup()
    shortcuts.calls.length = 0
    await expect(api.setHotkey({ accelerator: 'Ctrl+Shift' })).rejects.toThrow(
      `"Ctrl+Shift" needs a key after its modifiers; ${DEFAULT_HOTKEY} stays active`,
    )
    expect(shortcuts.calls).toEqual([])
    expect(store.read().settings.hotkey).toBe(DEFAULT_HOTKEY)
  })

  it("refuses a pin's key", async () => {
    await withPins()
    const { api, shortcuts } = setup()
    await expect(api.setHotkey({ accelerator: 'Alt+Ctrl+1' })).rejects.toThrow(
      `Alt+Ctrl+1 is already the hotkey of the pin "Server instances — Chime"; ${DEFAULT_HOTKEY} stays active`,
    )
    expect(shortcuts.keys()).toEqual([DEFAULT_HOTKEY, 'Ctrl+Alt+1'])
  })

  it('says so when no hotkey was working to begin with', async () => {
    const shortcuts = new FakeShortcuts([DEFAULT_HOTKEY, 'Ctrl+Alt+T'])
    const main = new MainHotkey(shortcuts, () => {})
    main.sync(DEFAULT_HOTKEY)
    const api = createSettingsApi({
      state: store,
      hotkeys: { main, pins: new PinHotkeys(shortcuts, () => {}) },
      login: { platform: 'linux', isPackaged: false, execPath: '/x', apply: () => {} },
    })
    await expect(api.setHotkey({ accelerator: 'Ctrl+Alt+T' })).rejects.toThrow(
      /taken by another program; Dashkey has no working hotkey/,
    )
    expect((await api.setHotkey({ accelerator: 'Ctrl+Alt+K' })).settings.hotkey).toBe('Ctrl+Alt+K')
    expect(shortcuts.keys()).toEqual(['Ctrl+Alt+K'])
  })
})

describe('setPinHotkey', () => {
  it('gives a pin a key, changes it (new first, then the old goes) and takes it away', async () => {
    await withPins()
    const { api, shortcuts, pins } = setup()
    shortcuts.calls.length = 0
    let state = await api.setPinHotkey({ label: 'batch changes — acme', hotkey: 'Ctrl+Alt+2' })
    expect(state.pins[1]!.hotkey).toBe('Ctrl+Alt+2')
    state = await api.setPinHotkey({ label: 'Server instances — Chime', hotkey: 'Ctrl+Alt+3' })
    expect(state.pins[0]!.hotkey).toBe('Ctrl+Alt+3')
    expect(shortcuts.calls).toEqual(['+Ctrl+Alt+2', '+Ctrl+Alt+3', '-Ctrl+Alt+1'])
    state = await api.setPinHotkey({ label: 'Server instances — Chime', hotkey: null })
    expect(state.pins[0]!.hotkey).toBeNull()
    expect(shortcuts.keys()).toEqual([DEFAULT_HOTKEY, 'Ctrl+Alt+2'])
    expect(pins.active()).toEqual(new Map([['Batch changes — Acme', 'Ctrl+Alt+2']]))
  })

  it.each([
    ['Ctrl+Alt+T', 'Ctrl+Alt+T is taken by another program; Ctrl+Alt+1 stays active'],
    [
      'Ctrl+Alt+',
      '"Ctrl+Alt+" has an empty part (write the + key as Plus); Ctrl+Alt+1 stays active',
    ],
    [
      'CmdOrCtrl+Shift+Space',
      'CmdOrCtrl+Shift+Space is already the Dashkey hotkey; Ctrl+Alt+1 stays active',
    ],
  ])('refuses %s and the old key keeps working, saved', async (key, message) => {
    await withPins()
    const { api, shortcuts } = setup()
    await expect(
      api.setPinHotkey({ label: 'Server instances — Chime', hotkey: key }),
    ).rejects.toThrow(message)
    expect(shortcuts.keys()).toContain('Ctrl+Alt+1')
    expect(store.read().pins[0]!.hotkey).toBe('Ctrl+Alt+1')
  })

  it("refuses another pin's key, and an unknown pin", async () => {
    await withPins()
    const { api } = setup()
    await expect(
      api.setPinHotkey({ label: 'Batch changes — Acme', hotkey: 'Ctrl+Alt+1' }),
    ).rejects.toThrow(
      'Ctrl+Alt+1 is already the hotkey of the pin "Server instances — Chime"; the pin keeps no hotkey',
    )
    await expect(api.setPinHotkey({ label: 'Nope', hotkey: 'Ctrl+Alt+4' })).rejects.toThrow(
      'no pin labelled "Nope"',
    )
  })
})

describe('updateSettings', () => {
  it('saves a browser command, and empty means the default browser', async () => {
    const { api } = setup()
    let state = await api.updateSettings({
      browserCommand: ' google-chrome --profile-directory="Profile 1" ',
    })
    expect(state.settings.browserCommand).toBe('google-chrome --profile-directory="Profile 1"')
    state = await api.updateSettings({ browserCommand: '' })
    expect(state.settings.browserCommand).toBe('')
  })

  it.each([
    'firefox; rm -rf ~',
    'firefox | tee /tmp/x',
    'firefox > /tmp/x',
    'firefox $(id)',
    'firefox &',
  ])('refuses a browser command with shell syntax: %s', async (command) => {
    const { api } = setup()
    await expect(api.updateSettings({ browserCommand: command })).rejects.toThrow(/shell syntax/)
    expect(store.read().settings.browserCommand).toBe('')
  })

  it('saves catalog folders that exist (and YAML files), each once', async () => {
    const { api } = setup()
    const folder = join(data.path, 'team-catalog')
    mkdirSync(folder)
    const file = data.write('more.yaml', 'version: 1\n')
    const state = await api.updateSettings({ catalogFolders: [folder, `${folder}/`, file] })
    expect(state.settings.catalogFolders).toEqual([folder, file])
  })

  it.each([
    ['missing', () => join(data.path, 'nowhere'), /the catalog folder .*nowhere does not exist/],
    ['relative', () => 'catalogs/team', /"catalogs\/team" is not an absolute path/],
    ['not YAML', () => data.write('notes.txt', 'x'), /neither a folder nor a catalog file/],
  ])('refuses a %s catalog folder and saves nothing', async (_what, path, why) => {
    const { api } = setup()
    await expect(api.updateSettings({ catalogFolders: [path()], theme: 'dark' })).rejects.toThrow(
      why,
    )
    expect(store.read().settings).toMatchObject({ catalogFolders: [], theme: 'system' })
  })

  it('saves launch at login and the theme, and asks for the login item', async () => {
    const { api, loginItems } = setup()
    const state = await api.updateSettings({ launchAtLogin: true, theme: 'dark' })
    expect(state.settings).toMatchObject({ launchAtLogin: true, theme: 'dark' })
    expect(loginItems).toEqual([{ apply: true, settings: { openAtLogin: true } }])
    await api.updateSettings({ theme: 'light' })
    expect(loginItems).toHaveLength(1)
  })

  it('saves launch at login in a development build without registering it', async () => {
    const { api, loginItems } = setup({ packaged: false })
    await api.updateSettings({ launchAtLogin: true })
    expect(store.read().settings.launchAtLogin).toBe(true)
    expect(loginItems).toEqual([
      { apply: false, reason: expect.stringMatching(/development build/) },
    ])
  })
})

describe('loginItemRequest', () => {
  it.each([
    [true, 'darwin', true, { apply: true, settings: { openAtLogin: true } }],
    [false, 'darwin', true, { apply: true, settings: { openAtLogin: false } }],
    [
      true,
      'win32',
      true,
      { apply: true, settings: { openAtLogin: true, path: 'C:\\Dashkey\\Dashkey.exe', args: [] } },
    ],
    [true, 'linux', true, { apply: false, reason: expect.stringMatching(/startup applications/) }],
    [true, 'darwin', false, { apply: false, reason: expect.stringMatching(/development build/) }],
    [true, 'win32', false, { apply: false, reason: expect.stringMatching(/development build/) }],
  ] as const)('launch %s on %s, packaged %s', (launch, platform, packaged, expected) => {
    expect(loginItemRequest(launch, platform, packaged, 'C:\\Dashkey\\Dashkey.exe')).toEqual(
      expected,
    )
  })
})

describe('importCustomers', () => {
  it('imports plain lines (names, comments and blanks skipped)', async () => {
    const { api } = setup()
    const result = await api.importCustomers({
      name: 'names.txt',
      text: '\uFEFFChime\r\n\r\n# a comment\nInitech\n',
    })
    expect(result.imported).toBe(2)
    expect(result.state.customers.map((c) => c.name)).toEqual(['Chime', 'Initech'])
  })

  it('imports CSV with aliases and attributes, merging into saved customers', async () => {
    const { api } = setup()
    await api.importCustomers({ name: 'a.txt', text: 'Globex\n' })
    const result = await api.importCustomers({
      name: 'customers.csv',
      text: 'name,aliases,installerEmail,serverId\n"Acme, Inc.",Acme;ACME Corp,ops@acme.com,\n\nGlobex,,,srv-9\n',
    })
    expect(result.imported).toBe(2)
    expect(store.read().customers).toEqual([
      { name: 'Globex', aliases: [], attributes: { serverId: 'srv-9' }, favourite: false },
      {
        name: 'Acme, Inc.',
        aliases: ['Acme', 'ACME Corp'],
        attributes: { installerEmail: 'ops@acme.com' },
        favourite: false,
      },
    ])
  })

  it.each([
    ['name,aliases\nChime,\n,x\n', /^customers\.csv:3: name is empty$/],
    ['name,aliases,install email\nChime,,x\n', /^customers\.csv:1: column "install email"/],
    ['name,aliases\nChime,a,b\n', /^customers\.csv:2: Invalid Record Length/],
    ['name,aliases\n"Chime,a\n', /^customers\.csv:2: Quote Not Closed/],
    [
      `name,aliases\nChime,\n${'x'.repeat(201)},\n`,
      /^customers\.csv:3: the name is longer than 200/,
    ],
  ])('refuses a bad CSV with file:line: %j', async (text, why) => {
    const { api } = setup()
    await expect(api.importCustomers({ name: 'customers.csv', text })).rejects.toThrow(why)
    expect(store.read().customers).toEqual([])
  })

  it('refuses an over-long plain name with its line, and a file with no names', async () => {
    expect(() => parseCustomerFile(`Chime\n\n${'y'.repeat(300)}\n`, 'names.txt')).toThrow(
      'names.txt:3: the name is longer than 200 characters',
    )
    const { api } = setup()
    await expect(api.importCustomers({ name: 'empty.txt', text: '# nothing\n\n' })).rejects.toThrow(
      'empty.txt holds no customers',
    )
  })
})

describe('favourites and pins', () => {
  it('reorders and removes favourites, even one the catalog no longer has', async () => {
    await store.update((s) => ({
      ...s,
      favouriteReports: ['looker-dashboard-409', 'looker-look-1519', 'looker-dashboard-999'],
    }))
    const { api } = setup()
    let state = await api.reorderFavourites({
      ids: ['looker-dashboard-999', 'looker-dashboard-409', 'looker-look-1519'],
    })
    expect(state.favouriteReports).toEqual([
      'looker-dashboard-999',
      'looker-dashboard-409',
      'looker-look-1519',
    ])
    await expect(api.reorderFavourites({ ids: ['looker-dashboard-409'] })).rejects.toThrow(
      /leaves out looker-dashboard-999, looker-look-1519: it must hold all your favourites/,
    )
    state = await api.removeFavourite({ reportId: 'looker-dashboard-999' })
    expect(state.favouriteReports).toEqual(['looker-dashboard-409', 'looker-look-1519'])
    await expect(api.removeFavourite({ reportId: 'looker-dashboard-999' })).rejects.toThrow(
      'looker-dashboard-999 is not a favourite',
    )
  })

  it('reorders pins by label (any case) and removes one, unregistering its hotkey', async () => {
    await withPins()
    const { api, shortcuts } = setup()
    let state = await api.reorderPins({
      labels: ['BATCH CHANGES — ACME', 'server instances — chime'],
    })
    expect(state.pins.map((p) => p.label)).toEqual([
      'Batch changes — Acme',
      'Server instances — Chime',
    ])
    await expect(api.reorderPins({ labels: ['Batch changes — Acme', 'Other'] })).rejects.toThrow(
      /names Other, which is not one of your pins/,
    )
    state = await api.removePin({ label: 'server instances — CHIME' })
    expect(state.pins.map((p) => p.label)).toEqual(['Batch changes — Acme'])
    expect(shortcuts.keys()).toEqual([DEFAULT_HOTKEY])
    await expect(api.removePin({ label: 'Nope' })).rejects.toThrow('no pin labelled "Nope"')
  })
})
