// The settings view's methods of the contract (src/shared/ipc.ts): settings, hotkeys, customer
// import, and the order of favourites and pins. Node only; the hotkey registrars and the login
// item are passed in, so tests and the Chromium harness hand in fakes.
import { stat } from 'node:fs/promises'
import { extname, isAbsolute, resolve } from 'node:path'
import type { InvokeResult, SettingsChange } from '../../shared/ipc'
import {
  StateError,
  changeSettings,
  findPin,
  removeFavouriteReport,
  removePin,
  reorderFavouriteReports,
  reorderPins,
  setMainHotkey,
  setPinHotkey,
  upsertCustomer,
  type SettingsPatch,
} from '../../shared/state/operations'
import type { State } from '../../shared/state/schema'
import { parseBrowserCommand } from './browser-command'
import { parseCustomerFile } from './customer-import'
import { loginItemRequest, type LoginItemRequest } from './login-item'

/** The hotkey that shows Dashkey (src/main/hotkey.ts MainHotkey). */
export interface MainHotkeyControl {
  /** The key registered now, or null. */
  current(): string | null
  /** Registers `next`, then lets the old key go; throws saying which key stays; returns an undo. */
  claim(next: string): () => void
}

/** The pins' hotkeys (src/main/pin-hotkeys.ts PinHotkeys). */
export interface PinHotkeyControl {
  hotkeyOf(label: string): string | null
  claim(label: string, hotkey: string, state: State): () => void
  release(label: string): void
}

export type PathKind = 'folder' | 'file' | null

export interface SettingsApiDeps {
  state: {
    read(): State
    update(mutate: (state: State) => State): Promise<State>
  }
  hotkeys: { main: MainHotkeyControl; pins: PinHotkeyControl }
  /** Where "launch at login" goes: `apply` is given the request loginItemRequest computed. */
  login: {
    platform: NodeJS.Platform
    isPackaged: boolean
    execPath: string
    apply(request: LoginItemRequest): void
  }
  /** Whether a path is a folder, a file or missing; node:fs unless a test says otherwise. */
  pathKind?: (path: string) => Promise<PathKind>
}

export interface SettingsApi {
  updateSettings(change: SettingsChange): Promise<State>
  setHotkey(request: { accelerator: string }): Promise<State>
  setPinHotkey(request: { label: string; hotkey: string | null }): Promise<State>
  importCustomers(request: { name: string; text: string }): Promise<InvokeResult<'importCustomers'>>
  reorderFavourites(request: { ids: string[] }): Promise<State>
  removeFavourite(request: { reportId: string }): Promise<State>
  reorderPins(request: { labels: string[] }): Promise<State>
  removePin(request: { label: string }): Promise<State>
}

async function fsPathKind(path: string): Promise<PathKind> {
  try {
    const info = await stat(path)
    return info.isDirectory() ? 'folder' : info.isFile() ? 'file' : null
  } catch {
    return null
  }
}

/** Catalog folders as the watcher will use them: absolute, existing, each once. */
async function checkCatalogFolders(
  folders: readonly string[],
  pathKind: (path: string) => Promise<PathKind>,
): Promise<string[]> {
  const checked: string[] = []
  for (const raw of folders) {
    const folder = raw.trim()
    if (!isAbsolute(folder)) {
      throw new Error(
        `the catalog folder "${folder}" is not an absolute path: give the whole path, from the root`,
      )
    }
    const kind = await pathKind(folder)
    if (kind === null) throw new Error(`the catalog folder ${folder} does not exist`)
    if (kind === 'file' && !['.yaml', '.yml'].includes(extname(folder).toLowerCase())) {
      throw new Error(`${folder} is neither a folder nor a catalog file (.yaml, .yml)`)
    }
    const normalised = resolve(folder)
    if (!checked.includes(normalised)) checked.push(normalised)
  }
  return checked
}

export function createSettingsApi(deps: SettingsApiDeps): SettingsApi {
  const pathKind = deps.pathKind ?? fsPathKind
  const { main, pins } = deps.hotkeys

  /** Runs the pure change first, to refuse it with a message that says what stays. */
  function precheck(change: () => unknown, stays: string): void {
    try {
      change()
    } catch (error) {
      if (error instanceof StateError) throw new Error(`${error.message}; ${stays}`)
      throw error
    }
  }

  return {
    async updateSettings(change) {
      const patch: SettingsPatch = {}
      if (change.browserCommand !== undefined) {
        // Empty means the system's default browser; anything else must be a program and its
        // arguments, never shell syntax (SECURITY.md row 23).
        const command = change.browserCommand.trim()
        if (command) {
          const parsed = parseBrowserCommand(command)
          if (!parsed.ok) throw new Error(parsed.error)
        }
        patch.browserCommand = command
      }
      if (change.catalogFolders !== undefined) {
        patch.catalogFolders = await checkCatalogFolders(change.catalogFolders, pathKind)
      }
      if (change.theme !== undefined) patch.theme = change.theme
      if (change.launchAtLogin !== undefined) patch.launchAtLogin = change.launchAtLogin
      const state = await deps.state.update((s) => changeSettings(s, patch))
      if (change.launchAtLogin !== undefined) {
        const { platform, isPackaged, execPath } = deps.login
        deps.login.apply(
          loginItemRequest(state.settings.launchAtLogin, platform, isPackaged, execPath),
        )
      }
      return state
    },

    async setHotkey({ accelerator }) {
      const next = accelerator.trim()
      const old = main.current()
      const stays = old
        ? `${old} stays active`
        : 'Dashkey has no working hotkey: the tray and `dashkey toggle` still show it'
      // Invalid, or a pin's key: refused before anything is registered.
      precheck(() => setMainHotkey(deps.state.read(), next), stays)
      // The new key is registered first; a key another program holds throws, the old one working.
      const undo = main.claim(next)
      try {
        return await deps.state.update((s) => setMainHotkey(s, next))
      } catch (error) {
        undo()
        throw error
      }
    },

    async setPinHotkey({ label, hotkey }) {
      const state = deps.state.read()
      const pin = findPin(state, label)
      if (!pin) throw new Error(`no pin labelled "${label}"`)
      const next = hotkey?.trim() || null
      if (next === null) {
        const saved = await deps.state.update((s) => setPinHotkey(s, label, null))
        pins.release(pin.label)
        return saved
      }
      const old = pins.hotkeyOf(pin.label)
      const stays = old ? `${old} stays active` : 'the pin keeps no hotkey'
      precheck(() => setPinHotkey(state, label, next), stays)
      const undo = pins.claim(pin.label, next, state)
      try {
        return await deps.state.update((s) => setPinHotkey(s, label, next))
      } catch (error) {
        undo()
        throw error
      }
    },

    async importCustomers({ name, text }) {
      const customers = parseCustomerFile(text, name.trim() || 'the file')
      if (!customers.length) throw new Error(`${name.trim() || 'the file'} holds no customers`)
      const state = await deps.state.update((s) => customers.reduce(upsertCustomer, s))
      return { imported: customers.length, state }
    },

    reorderFavourites: ({ ids }) => deps.state.update((s) => reorderFavouriteReports(s, ids)),
    removeFavourite: ({ reportId }) => deps.state.update((s) => removeFavouriteReport(s, reportId)),
    reorderPins: ({ labels }) => deps.state.update((s) => reorderPins(s, labels)),

    async removePin({ label }) {
      const pin = findPin(deps.state.read(), label)
      const state = await deps.state.update((s) => removePin(s, label))
      if (pin) pins.release(pin.label)
      return state
    },
  }
}
