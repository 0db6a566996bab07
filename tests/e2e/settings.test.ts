// The settings view: opened by the tray's "Settings…" (settingsRequested) or Ctrl+, and left
// with Escape or Back; the hotkey recorder against the real settings API and a fake
// globalShortcut (Ctrl+Alt+T "taken by another program"), browser command, launch at login,
// theme, catalog folders, customer import, and the order of favourites and pins.
import AxeBuilder from '@axe-core/playwright'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_HOTKEY } from '../../src/shared/state/schema'
import { makeTempDir, type TempDir } from '../helpers/temp-dir'
import { SCREENSHOTS, useLauncher } from './harness/launcher'
import { SCHEMES, withSavedState } from './harness/states'
import { POLL, isFocused, tabTo, text, ui } from './harness/ui'

const launcher = useLauncher()

const saved = () => launcher().store.read()
const calls = (method: string) =>
  launcher().bridge.records.calls.filter((c) => c.method === method).length

const SERVER_PIN = 'Server instances — Chime'
const BATCH_PIN = 'Batch changes — single customer — Acme, Inc.'

/** The settings view as a person finds it: by role and name. */
function view(page: Page) {
  const region = (name: string) => page.getByRole('region', { name })
  return {
    heading: page.getByRole('heading', { level: 1, name: 'Settings' }),
    back: page.getByRole('button', { name: /Back/ }),
    hotkey: region('Hotkey'),
    browser: region('Browser'),
    start: region('Start'),
    theme: region('Theme'),
    folders: region('Catalog folders'),
    customers: region('Customers'),
    favourites: region('Favourites'),
    pins: region('Pins'),
  }
}

/** Ctrl+, from the quick-find, and the view's sections loaded. */
async function openSettings(page: Page) {
  await page.keyboard.press('Control+Comma')
  await view(page).hotkey.waitFor()
}

/** Tabs to the recorder, presses it with Enter, then presses `keys`. */
async function record(page: Page, recorder: ReturnType<Page['getByRole']>, keys: string) {
  await tabTo(page, recorder, 40)
  await page.keyboard.press('Enter')
  await expect.poll(() => recorder.getAttribute('aria-pressed'), POLL).toBe('true')
  await page.keyboard.press(keys)
}

const currentHotkey = (page: Page) => text(view(page).hotkey.getByText(/^Current hotkey:/))

describe('opening and leaving the settings', () => {
  it('opens on settingsRequested (the tray), focused on its heading; Escape goes back', async () => {
    const { page, bridge } = launcher()
    await bridge.emit('settingsRequested', null)
    const { heading } = view(page)
    await heading.waitFor()
    await expect.poll(() => isFocused(heading), POLL).toBe(true)
    await expect.poll(() => currentHotkey(page), POLL).toContain(DEFAULT_HOTKEY)
    await page.keyboard.press('Escape')
    await expect.poll(() => isFocused(ui(page).search), POLL).toBe(true)
    expect(await heading.count()).toBe(0)
    expect(bridge.records.hides).toBe(0)
  })

  it('opens with Ctrl+, from the quick-find; Back goes back', async () => {
    const { page } = launcher()
    await page.keyboard.type('server', { delay: 10 })
    await openSettings(page)
    await view(page).back.click()
    await expect.poll(() => isFocused(ui(page).search), POLL).toBe(true)
  })
})

describe('the hotkey recorder', () => {
  it('shows a key another program holds as taken, and keeps the old one', async () => {
    const { page, bridge } = launcher()
    await openSettings(page)
    const { hotkey } = view(page)
    await record(page, hotkey.getByRole('button', { name: 'Record hotkey' }), 'Control+Alt+KeyT')
    await expect
      .poll(() => text(hotkey.getByRole('alert')), POLL)
      .toMatch(/Ctrl\+Alt\+T is taken by another program; .*Shift\+Space stays active/)
    expect(await currentHotkey(page)).toContain(DEFAULT_HOTKEY)
    expect(saved().settings.hotkey).toBe(DEFAULT_HOTKEY)
    expect(bridge.heldKeys()).toContain(DEFAULT_HOTKEY)
    expect(bridge.heldKeys()).not.toContain('Ctrl+Alt+T')
  })

  it('records a free key: shown, saved, held, and the old one let go', async () => {
    const { page, bridge } = launcher()
    await openSettings(page)
    const { hotkey } = view(page)
    await record(page, hotkey.getByRole('button', { name: 'Record hotkey' }), 'Control+Alt+KeyK')
    await expect.poll(() => currentHotkey(page), POLL).toContain('Ctrl+Alt+K')
    expect(await text(hotkey.getByRole('status'))).toContain('The hotkey is now Ctrl+Alt+K')
    expect(saved().settings.hotkey).toBe('Ctrl+Alt+K')
    expect(bridge.heldKeys()).toContain('Ctrl+Alt+K')
    expect(bridge.heldKeys()).not.toContain(DEFAULT_HOTKEY)
  })

  it('refuses a lone letter in the view, without asking main', async () => {
    const { page } = launcher()
    await openSettings(page)
    const { hotkey } = view(page)
    await record(page, hotkey.getByRole('button', { name: 'Record hotkey' }), 'KeyK')
    await expect.poll(() => text(hotkey.getByRole('alert')), POLL).toContain('needs a modifier')
    expect(calls('setHotkey')).toBe(0)
    expect(await currentHotkey(page)).toContain(DEFAULT_HOTKEY)
  })

  it('Escape while recording cancels the recording, not the view', async () => {
    const { page } = launcher()
    await openSettings(page)
    const recorder = view(page).hotkey.getByRole('button', { name: 'Record hotkey' })
    await record(page, recorder, 'Escape')
    await expect.poll(() => recorder.getAttribute('aria-pressed'), POLL).toBe('false')
    expect(await view(page).heading.count()).toBe(1)
    expect(calls('setHotkey')).toBe(0)
  })
})

describe('browser, start and theme', () => {
  it('saves a browser command, and refuses shell syntax with the reason', async () => {
    const { page } = launcher()
    await openSettings(page)
    const { browser } = view(page)
    const field = browser.getByRole('textbox', { name: 'Browser command' })
    await tabTo(page, field, 40)
    await page.keyboard.type('firefox --new-window', { delay: 5 })
    await page.keyboard.press('Enter')
    await expect.poll(() => saved().settings.browserCommand, POLL).toBe('firefox --new-window')
    await expect.poll(() => text(browser.getByRole('status')), POLL).toContain('firefox')

    await field.fill('firefox; rm -rf ~')
    await browser.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => text(browser.getByRole('alert')), POLL).toContain('shell syntax')
    expect(saved().settings.browserCommand).toBe('firefox --new-window')
  })

  it('turns on launch at login: saved, and asked of the system', async () => {
    const { page, bridge } = launcher()
    await openSettings(page)
    const box = view(page).start.getByRole('checkbox', { name: 'Launch at login' })
    await tabTo(page, box, 40)
    await page.keyboard.press('Space')
    await expect.poll(() => saved().settings.launchAtLogin, POLL).toBe(true)
    await expect.poll(() => box.isChecked(), POLL).toBe(true)
    expect(bridge.records.loginItems).toHaveLength(1)
    expect(await text(view(page).start.getByRole('status'))).toContain('starts at login')
  })

  it('applies the Dark theme to the whole window, and System again', async () => {
    const { page } = launcher()
    await openSettings(page)
    const html = page.locator('html')
    await view(page).theme.getByRole('radio', { name: 'Dark' }).check()
    await expect.poll(() => html.getAttribute('data-theme'), POLL).toBe('dark')
    expect(saved().settings.theme).toBe('dark')
    await page.keyboard.press('Escape')
    await ui(page).search.waitFor()
    expect(await html.getAttribute('data-theme')).toBe('dark')
    await openSettings(page)
    await view(page).theme.getByRole('radio', { name: 'System' }).check()
    await expect.poll(() => html.getAttribute('data-theme'), POLL).toBeNull()
    expect(saved().settings.theme).toBe('system')
  })
})

describe('catalog folders and customers', () => {
  let folder: TempDir | undefined
  afterEach(() => folder?.remove())

  it('adds a folder that exists, refuses a missing one, and removes', async () => {
    folder = makeTempDir('dashkey-e2e-catalog-')
    const { page } = launcher()
    await openSettings(page)
    const { folders } = view(page)
    const field = folders.getByRole('textbox', { name: 'Add catalog folder' })
    await tabTo(page, field, 40)
    await page.keyboard.type(folder.path, { delay: 2 })
    await page.keyboard.press('Enter')
    await expect.poll(() => saved().settings.catalogFolders, POLL).toEqual([folder.path])
    await expect.poll(() => field.inputValue(), POLL).toBe('')
    expect(await text(folders.getByRole('list'))).toContain(folder.path)

    const missing = join(folder.path, 'missing')
    await field.fill(missing)
    await folders.getByRole('button', { name: 'Add' }).click()
    await expect.poll(() => text(folders.getByRole('alert')), POLL).toContain('does not exist')
    expect(saved().settings.catalogFolders).toEqual([folder.path])

    await folders.getByRole('button', { name: `Remove: ${folder.path}` }).click()
    await expect.poll(() => saved().settings.catalogFolders, POLL).toEqual([])
  })

  it('imports customers from a CSV file', async () => {
    const { page } = launcher()
    await openSettings(page)
    const { customers } = view(page)
    await customers.getByLabel('Import customers').setInputFiles({
      name: 'customers.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('name,aliases,installerEmail\n"Acme, Inc.",Acme,ops@acme.com\n'),
    })
    await expect.poll(() => text(customers.getByRole('status')), POLL).toBe('Imported 1 customer.')
    expect(saved().customers).toEqual([
      {
        name: 'Acme, Inc.',
        aliases: ['Acme'],
        attributes: { installerEmail: 'ops@acme.com' },
        favourite: false,
      },
    ])
  })

  it('shows why a file holds no customers', async () => {
    const { page } = launcher()
    await openSettings(page)
    const { customers } = view(page)
    await customers.getByLabel('Import customers').setInputFiles({
      name: 'empty.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('\n'),
    })
    await expect.poll(() => text(customers.getByRole('alert')), POLL).toContain('no customers')
  })
})

describe('favourites and pins', () => {
  it('reorders favourites with the buttons and Alt+↑, and removes one', async () => {
    const { page, store } = launcher()
    await withSavedState(store)
    await openSettings(page)
    const list = view(page).favourites.getByRole('list', { name: 'Favourite reports' })
    await expect.poll(() => list.getByRole('listitem').count(), POLL).toBe(2)
    const [first, second] = saved().favouriteReports
    const firstTitle = (await list.getByRole('listitem').first().getAttribute('aria-label'))!

    const down = list.getByRole('button', { name: `Move down: ${firstTitle}` })
    await tabTo(page, down, 60)
    await page.keyboard.press('Enter')
    await expect.poll(() => saved().favouriteReports, POLL).toEqual([second, first])
    // The focus follows the moved row (its Move down is disabled now: Move up).
    const up = list.getByRole('button', { name: `Move up: ${firstTitle}` })
    await expect.poll(() => isFocused(up), POLL).toBe(true)
    await page.keyboard.press('Alt+ArrowUp')
    await expect.poll(() => saved().favouriteReports, POLL).toEqual([first, second])

    const secondTitle = (await list.getByRole('listitem').nth(1).getAttribute('aria-label'))!
    await list.getByRole('button', { name: `Remove: ${firstTitle}` }).click()
    await expect.poll(() => saved().favouriteReports, POLL).toEqual([second])
    await expect.poll(() => list.getByRole('listitem').count(), POLL).toBe(1)
    // The focus goes to the next row, never back to the page.
    const next = list.getByRole('button', { name: `Remove: ${secondTitle}` })
    await expect.poll(() => isFocused(next), POLL).toBe(true)
    await page.keyboard.press('Enter')
    await expect.poll(() => saved().favouriteReports, POLL).toEqual([])
    // The last one gone, Escape still leaves the settings.
    await page.keyboard.press('Escape')
    await expect.poll(() => isFocused(ui(page).search), POLL).toBe(true)
  })

  it('reorders pins, sets a pin hotkey (held), and removing the pin lets its key go', async () => {
    const { page, store, bridge } = launcher()
    await withSavedState(store)
    await openSettings(page)
    const list = view(page).pins.getByRole('list', { name: 'Pins' })
    await expect.poll(() => list.getByRole('listitem').count(), POLL).toBe(2)
    const labels = () => saved().pins.map((p) => p.label)
    expect(labels()).toEqual([SERVER_PIN, BATCH_PIN])

    await list.getByRole('button', { name: `Move down: ${SERVER_PIN}` }).click()
    await expect.poll(labels, POLL).toEqual([BATCH_PIN, SERVER_PIN])

    const row = list.getByRole('listitem', { name: SERVER_PIN })
    await record(
      page,
      row.getByRole('button', { name: `Record hotkey for ${SERVER_PIN}` }),
      'Control+Alt+Digit1',
    )
    await expect
      .poll(() => saved().pins.find((p) => p.label === SERVER_PIN)?.hotkey, POLL)
      .toBe('Ctrl+Alt+1')
    expect(bridge.heldKeys()).toContain('Ctrl+Alt+1')
    await expect.poll(() => text(row), POLL).toContain('Ctrl+Alt+1')

    // A key another program holds is refused for a pin too.
    const batch = list.getByRole('listitem', { name: BATCH_PIN })
    await record(
      page,
      batch.getByRole('button', { name: `Record hotkey for ${BATCH_PIN}` }),
      'Control+Alt+KeyT',
    )
    await expect
      .poll(() => text(view(page).pins.getByRole('alert')), POLL)
      .toContain('Ctrl+Alt+T is taken by another program')
    expect(saved().pins.find((p) => p.label === BATCH_PIN)?.hotkey).toBeNull()

    await row.getByRole('button', { name: `Remove: ${SERVER_PIN}` }).click()
    await expect.poll(labels, POLL).toEqual([BATCH_PIN])
    expect(bridge.heldKeys()).not.toContain('Ctrl+Alt+1')
  })

  it('clears a pin hotkey', async () => {
    const { page, store, bridge } = launcher()
    await withSavedState(store)
    await openSettings(page)
    const row = view(page).pins.getByRole('listitem', { name: SERVER_PIN })
    await record(
      page,
      row.getByRole('button', { name: `Record hotkey for ${SERVER_PIN}` }),
      'Control+Alt+Digit2',
    )
    await expect.poll(() => bridge.heldKeys(), POLL).toContain('Ctrl+Alt+2')
    await row.getByRole('button', { name: `Clear hotkey: ${SERVER_PIN}` }).click()
    await expect
      .poll(() => saved().pins.find((p) => p.label === SERVER_PIN)?.hotkey, POLL)
      .toBeNull()
    expect(bridge.heldKeys()).not.toContain('Ctrl+Alt+2')
  })
})

describe.each(SCHEMES)('the settings view, %s', (colorScheme) => {
  it('has no serious accessibility violation, and is photographed for the README', async () => {
    const { page, store } = launcher()
    await page.emulateMedia({ colorScheme })
    await withSavedState(store)
    await openSettings(page)
    await view(page).pins.getByRole('listitem').first().waitFor()
    const { violations } = await new AxeBuilder({ page }).analyze()
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id} at ${n.target.join(' ')}`))
    expect(serious).toEqual([])
    await page.screenshot({
      path: join(SCREENSHOTS, `settings-${colorScheme}.png`),
      animations: 'disabled',
    })
  })
})
