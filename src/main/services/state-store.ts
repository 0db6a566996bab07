/**
 * The one state service: `state.json` in the data folder, read and written by the CLI (through
 * conf) and the app (through electron-store, see ../state-backend-electron.ts) alike.
 *
 * - Every read is fresh from disk, checked against StateSchema after migrations.
 * - A file that is not JSON or not a valid state is copied, byte for byte, to
 *   `state.json.<timestamp>.bak` and replaced by the defaults; the store says so (`recovered`,
 *   `onRecovered`) so that the window or the CLI's stderr can tell the user. Such a file never
 *   makes the store throw.
 * - Writes are whole-file and atomic (conf writes a temporary file and renames it over the
 *   state), so a process killed half-way leaves the old file or the new one, never a mix.
 * - Every change is a read-modify-write under `state.json.lock` (see state-lock.ts), so the CLI
 *   and the app writing at once lose no update.
 * - With `watch`, a change on disk — from the CLI, another window, an editor — reaches `onChange`
 *   within a few tens of milliseconds.
 */
import Conf, { type Options as ConfOptions } from 'conf'
import { randomBytes } from 'node:crypto'
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
  watch,
  writeSync,
  type FSWatcher,
} from 'node:fs'
import { join, resolve } from 'node:path'
import type { z } from 'zod'
import { fieldPath } from '../../shared/catalog/problems'
import { migrate, stateVersionOf } from '../../shared/state/migrations'
import {
  STATE_SCHEMA_VERSION,
  StateSchema,
  defaultState,
  type State,
} from '../../shared/state/schema'
import { DEFAULT_LOCK_STALE_MS, FileLock, type LockOptions } from './state-lock'

export const STATE_FILE_NAME = 'state.json'

/**
 * What the store needs of conf or electron-store: where the file is, and `store`, whose setter
 * writes the whole file atomically. The store does its own reading (to keep a bad file's exact
 * bytes) and its own watching (conf polls every 5 s on Linux).
 */
export interface StoreBackend {
  readonly path: string
  store: Record<string, unknown>
}

/** Makes the backend; it must use `<dataDir>/state.json`. Called with the store's lock held. */
export type StoreBackendFactory = (options: { dataDir: string }) => StoreBackend

/** What went wrong with the state file, and where its old bytes are now. */
export interface StateRecovery {
  /**
   * The copy of the bad file. Null when it could not be written: then the bad file is left as it
   * is, `read()` gives the defaults, and `update()` fails until the file is fixed or removed.
   */
  backup: string | null
  /** E.g. `state.json is not valid JSON (Unexpected end of JSON input)`. */
  reason: string
}

export interface StateStore {
  /** `<dataDir>/state.json`. */
  readonly path: string
  /** What was wrong with the file when the store was opened, or null when nothing was. */
  readonly recovered: StateRecovery | null
  /**
   * The state as it is on disk now; the defaults while there is no file. A bad file gives the
   * defaults too, and is backed up and reset soon after (reported through `onRecovered`). Throws
   * StateFileError only when the file cannot be read at all (permissions, a folder in its place).
   */
  read(): State
  /**
   * Changes the state: with the lock held, reads it fresh from disk, applies `mutate` (which may
   * change its argument in place and return it), checks the result against StateSchema and
   * writes it. Resolves to the state written. Rejects with StateValidationError when the result
   * is not a valid state, and then the file is unchanged; so it is when `mutate` throws.
   */
  update(mutate: (state: State) => State): Promise<State>
  /**
   * Called with the new state after every change: this store's own updates at once, and — with
   * `watch` — changes made on disk by others. Returns a function that stops the calls.
   */
  onChange(listener: (state: State) => void): () => void
  /** Called each time a bad file is found after opening and has been backed up and reset. */
  onRecovered(listener: (recovery: StateRecovery) => void): () => void
  /** Stops watching and waits for updates under way. Updates after this reject. */
  close(): Promise<void>
}

export interface OpenStateStoreOptions {
  /** The data folder; made if missing. */
  dataDir: string
  /** conf by default (the CLI and tests); the app passes electronStoreBackend. */
  backend?: StoreBackendFactory
  /** Watch the file for changes made by other processes. */
  watch?: boolean
  /** The clock for backup names. */
  now?: () => number
  lock?: LockOptions
  /** Quiet time after a file event before the file is read again. */
  debounceMs?: number
  /** Problems that are not the caller's to handle: a listener that threw, a failed repair. */
  log?: (line: string) => void
}

/** The change given to `update()` did not produce a valid state; nothing was written. */
export class StateValidationError extends Error {
  override readonly name = 'StateValidationError'
}

/** The state file cannot be read or backed up at all (permissions, a folder in its place…). */
export class StateFileError extends Error {
  override readonly name = 'StateFileError'
}

/** The settings conf and electron-store share, so that both read and write the same file. */
export function stateBackendOptions(dataDir: string) {
  return {
    cwd: dataDir,
    fileExtension: 'json',
    // The store handles bad files itself, after keeping a copy.
    clearInvalidConfig: false,
    // The store watches; conf's own watching polls every 5 s on Linux.
    watch: false,
    // Customers and settings are the user's own business.
    configFileMode: 0o600,
    accessPropertiesByDotNotation: false,
    serialize: (value: Record<string, unknown>) => `${JSON.stringify(value, null, 2)}\n`,
  } satisfies ConfOptions<Record<string, unknown>>
}

/** The CLI's and the tests' backend: conf, on `<dataDir>/state.json`. */
export const confBackend: StoreBackendFactory = ({ dataDir }) =>
  new Conf<Record<string, unknown>>({ ...stateBackendOptions(dataDir), configName: 'state' })

// ---------------------------------------------------------------------------------------------
// Reading and checking the file's bytes

export type StateFileCheck =
  | {
      ok: true
      state: State
      /** False when the file should be written again in today's form (an older version). */
      current: boolean
    }
  | { ok: false; reason: string }

const UTF8_BOM = [0xef, 0xbb, 0xbf]
const MAX_ISSUES_SHOWN = 3

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined
}

/** Error messages can quote the file: keep them printable and short. */
function printable(text: string, max = 160): string {
  const escaped = text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
  return escaped.length > max ? `${escaped.slice(0, max)}…` : escaped
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const lines = issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => `${fieldPath([...issue.path, key])}: unknown field`)
      : [
          issue.path.length > 0
            ? `${fieldPath(issue.path)}: ${issue.message}`
            : printable(issue.message),
        ],
  )
  const shown = lines.slice(0, MAX_ISSUES_SHOWN).join('; ')
  const more = lines.length - MAX_ISSUES_SHOWN
  return more > 0 ? `${shown}; and ${more} more` : shown
}

/**
 * Checks a state file's bytes: UTF-8 (a leading byte order mark is allowed), JSON, migrated to
 * the current version, valid against StateSchema. `name` starts each reason.
 */
export function checkStateFile(bytes: Uint8Array, name = STATE_FILE_NAME): StateFileCheck {
  const bom = UTF8_BOM.every((byte, i) => bytes[i] === byte)
  let text: string
  try {
    // `fatal` refuses bytes that are not UTF-8; the decoder drops a leading BOM.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { ok: false, reason: `${name} is not UTF-8 text` }
  }
  if (text.trim() === '') return { ok: false, reason: `${name} is empty` }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    return { ok: false, reason: `${name} is not valid JSON (${printable(describe(error))})` }
  }
  const version = stateVersionOf(raw)
  if (version !== null && version > STATE_SCHEMA_VERSION) {
    return {
      ok: false,
      reason: `${name} has schemaVersion ${version}, newer than this version of Dashkey reads (${STATE_SCHEMA_VERSION})`,
    }
  }
  const result = StateSchema.safeParse(migrate(raw))
  if (!result.success)
    return { ok: false, reason: `${name}: ${describeIssues(result.error.issues)}` }
  return { ok: true, state: result.data, current: !bom && version === STATE_SCHEMA_VERSION }
}

type Reading =
  | { kind: 'missing' }
  | { kind: 'ok'; state: State; current: boolean; bom: boolean; bytes: Buffer }
  | { kind: 'bad'; reason: string; bytes: Buffer }

/** `2026-11-28T13-05-09-123Z`: an ISO time that is a valid file name everywhere. */
export function backupStamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[:.]/g, '-')
}

/** Writes `bytes` to a new file (never over an existing one) and makes it durable. */
function writeNewFile(path: string, bytes: Uint8Array): void {
  const fd = openSync(path, 'wx', 0o600)
  try {
    let written = 0
    while (written < bytes.length) written += writeSync(fd, bytes, written)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

// ---------------------------------------------------------------------------------------------
// The store

/** Files the store's writers leave behind when killed: conf's temporary files, lock drafts. */
const LEFTOVER = new RegExp(
  `^${STATE_FILE_NAME.replace('.', '\\.')}\\.(tmp-[0-9a-f]+|lock\\.(abandoned-)?[0-9a-f]+)$`,
)
const POLL_MS = 1_000

class FileStateStore implements StateStore {
  readonly path: string
  recovered: StateRecovery | null = null

  private readonly dataDir: string
  private readonly lock: FileLock
  private readonly staleMs: number
  private readonly createBackend: StoreBackendFactory
  private readonly now: () => number
  private readonly debounceMs: number
  private readonly log: (line: string) => void
  private backend: StoreBackend | null = null

  private readonly changeListeners = new Set<(state: State) => void>()
  private readonly recoveryListeners = new Set<(recovery: StateRecovery) => void>()
  /** Notifications held back while the lock is held, sent once it is released. */
  private pending: (() => void)[] = []
  /** The state last given to `onChange` listeners (or read when opening), as JSON. */
  private published = ''

  /** Updates and repairs of this store, one at a time, in the order asked. */
  private queue: Promise<unknown> = Promise.resolve()
  private repairScheduled = false
  /** A bad file that could not be backed up: not tried again until its bytes change. */
  private unrepairable: Buffer | null = null
  private closed = false

  private watcher: FSWatcher | null = null
  /** Device and inode of the folder `watcher` watches. */
  private watchedFolder: string | null = null
  private poll: NodeJS.Timeout | undefined
  private debounce: NodeJS.Timeout | undefined
  private lastSignature = ''

  constructor(options: OpenStateStoreOptions) {
    this.dataDir = resolve(options.dataDir)
    this.path = join(this.dataDir, STATE_FILE_NAME)
    this.staleMs = options.lock?.staleMs ?? DEFAULT_LOCK_STALE_MS
    this.lock = new FileLock(`${this.path}.lock`, options.lock)
    this.createBackend = options.backend ?? confBackend
    this.now = options.now ?? Date.now
    this.debounceMs = options.debounceMs ?? 20
    this.log = options.log ?? (() => {})
  }

  /** Opening: with the lock held, the file is made, repaired or migrated as needed. */
  async open(watching: boolean): Promise<void> {
    await this.locked(() => {
      this.removeLeftovers()
      const reading = this.readFile()
      let state = defaultState()
      if (reading.kind === 'bad') {
        this.recovered = this.recover(reading)
      } else if (reading.kind === 'missing') {
        this.write(state)
      } else {
        state = reading.state
        // conf cannot read a file that starts with a byte order mark: drop it first.
        if (reading.bom) this.replaceBytes(reading.bytes.subarray(UTF8_BOM.length))
        if (!reading.current) this.write(state)
      }
      // Made now, while the file is known to be good, so that it never starts on a bad one.
      if (!this.backend && reading.kind !== 'bad') this.backendForWriting()
      this.published = JSON.stringify(state)
    })
    if (watching) this.startWatching()
  }

  read(): State {
    const reading = this.readFile()
    if (reading.kind === 'ok') return reading.state
    if (reading.kind === 'bad') this.scheduleRepair(reading.bytes)
    return defaultState()
  }

  update(mutate: (state: State) => State): Promise<State> {
    if (this.closed) return Promise.reject(new Error('the state store is closed'))
    return this.serially(() =>
      this.locked(() => {
        const reading = this.readFile()
        let current: State
        if (reading.kind === 'ok') {
          current = reading.state
        } else if (reading.kind === 'missing') {
          current = defaultState()
        } else {
          const recovery = this.recover(reading)
          if (recovery.backup === null) {
            throw new StateFileError(`${this.path} is damaged and could not be backed up`)
          }
          current = defaultState()
        }
        const result = StateSchema.safeParse(mutate(current))
        if (!result.success) {
          throw new StateValidationError(
            `the change was refused and ${STATE_FILE_NAME} left as it was: ${describeIssues(result.error.issues)}`,
          )
        }
        this.write(result.data)
        return result.data
      }),
    )
  }

  onChange(listener: (state: State) => void): () => void {
    this.changeListeners.add(listener)
    return () => this.changeListeners.delete(listener)
  }

  onRecovered(listener: (recovery: StateRecovery) => void): () => void {
    this.recoveryListeners.add(listener)
    return () => this.recoveryListeners.delete(listener)
  }

  async close(): Promise<void> {
    this.closed = true
    clearTimeout(this.debounce)
    clearInterval(this.poll)
    this.watcher?.close()
    this.watcher = null
    await this.queue.catch(() => {})
  }

  // -- reading and writing, the latter always with the lock held ------------------------------

  private readFile(): Reading {
    let bytes: Buffer
    try {
      bytes = readFileSync(this.path)
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return { kind: 'missing' }
      throw new StateFileError(`cannot read ${this.path}: ${describe(error)}`)
    }
    const check = checkStateFile(bytes)
    if (!check.ok) return { kind: 'bad', reason: check.reason, bytes }
    const bom = UTF8_BOM.every((byte, i) => bytes[i] === byte)
    return { kind: 'ok', state: check.state, current: check.current, bom, bytes }
  }

  private backendForWriting(): StoreBackend {
    if (this.backend) return this.backend
    const backend = this.createBackend({ dataDir: this.dataDir })
    if (resolve(backend.path) !== this.path) {
      throw new Error(`the state backend uses ${backend.path}, not ${this.path}`)
    }
    this.backend = backend
    return backend
  }

  private write(state: State): void {
    // The data folder may have been removed since; conf makes it again.
    this.backendForWriting().store = state
    this.publish(state)
  }

  /** Writes bytes over the state file the way conf does: a temporary file renamed over it. */
  private replaceBytes(bytes: Uint8Array): void {
    const temporary = `${this.path}.tmp-${randomBytes(8).toString('hex')}`
    writeNewFile(temporary, bytes)
    renameSync(temporary, this.path)
  }

  /** Keeps a copy of a bad file's bytes, then resets the file to the defaults. */
  private recover(reading: Extract<Reading, { kind: 'bad' }>): StateRecovery {
    let backup: string
    try {
      backup = this.backUp(reading.bytes)
    } catch (error) {
      // Nothing is reset without a copy of what was there.
      this.log(`state: ${reading.reason}; cannot back it up, so it stays: ${describe(error)}`)
      this.unrepairable = reading.bytes
      return { backup: null, reason: reading.reason }
    }
    this.unrepairable = null
    // Removed first: conf carries some keys of the file it replaces over into the new one.
    try {
      unlinkSync(this.path)
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error
    }
    this.write(defaultState())
    const recovery: StateRecovery = { backup, reason: reading.reason }
    this.log(`state: ${formatRecovery(recovery)}`)
    this.pending.push(() => this.emit(this.recoveryListeners, recovery, 'recovery'))
    return recovery
  }

  private backUp(bytes: Uint8Array): string {
    const stamp = backupStamp(this.now())
    for (let n = 1; ; n += 1) {
      const path = join(this.dataDir, `${STATE_FILE_NAME}.${stamp}${n > 1 ? `-${n}` : ''}.bak`)
      try {
        writeNewFile(path, bytes)
        return path
      } catch (error) {
        if (errorCode(error) !== 'EEXIST' || n >= 1000) throw error
      }
    }
  }

  /** Removes what killed writers left: conf's temporary files, taken-away locks. */
  private removeLeftovers(): void {
    let names: string[]
    try {
      names = readdirSync(this.dataDir)
    } catch {
      return
    }
    for (const name of names) {
      if (!LEFTOVER.test(name)) continue
      const path = join(this.dataDir, name)
      try {
        // Only writers holding the lock make these, and the lock is ours: old ones are orphans.
        if (Date.now() - statSync(path).mtimeMs > this.staleMs) unlinkSync(path)
      } catch {
        // Gone already.
      }
    }
  }

  // -- the lock and the queue ------------------------------------------------------------------

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task)
    this.queue = run.catch(() => {})
    return run
  }

  /** Runs `task` (synchronous, so the lock is held for as short as possible) under the lock. */
  private async locked<T>(task: () => T): Promise<T> {
    mkdirSync(this.dataDir, { recursive: true })
    const held = await this.lock.acquire()
    try {
      return task()
    } finally {
      held.release()
      const pending = this.pending
      this.pending = []
      for (const notify of pending) notify()
    }
  }

  private scheduleRepair(bytes: Buffer): void {
    if (this.closed || this.repairScheduled) return
    if (this.unrepairable?.equals(bytes)) return
    this.repairScheduled = true
    this.serially(() =>
      this.locked(() => {
        this.repairScheduled = false
        // Another process may have repaired it, or the user fixed it, in the meantime.
        const reading = this.readFile()
        if (reading.kind === 'bad') this.recover(reading)
      }),
    ).catch((error: unknown) => {
      this.repairScheduled = false
      this.log(`state: could not repair ${this.path}: ${describe(error)}`)
    })
  }

  // -- telling listeners -----------------------------------------------------------------------

  private publish(state: State): void {
    const json = JSON.stringify(state)
    if (json === this.published) return
    this.published = json
    this.pending.push(() => this.emit(this.changeListeners, state, 'change'))
  }

  private emit<T>(listeners: Set<(value: T) => void>, value: T, what: string): void {
    for (const listener of [...listeners]) {
      try {
        listener(structuredClone(value))
      } catch (error) {
        this.log(`state: a ${what} listener failed: ${describe(error)}`)
      }
    }
  }

  // -- watching --------------------------------------------------------------------------------

  /**
   * Watches the data folder (the file itself is replaced by every write, which a watch on it
   * would not survive), with a poll every second as a safety net: for a folder made again, or a
   * file system that sends no events.
   */
  private startWatching(): void {
    this.lastSignature = this.signature()
    this.arm()
    this.poll = setInterval(() => {
      // A folder removed and made again is a new folder, which the old watch does not see.
      if (this.folderIdentity() !== this.watchedFolder) this.arm()
      if (this.signature() !== this.lastSignature) this.schedule()
    }, POLL_MS)
    this.poll.unref()
  }

  private folderIdentity(): string | null {
    try {
      const info = statSync(this.dataDir)
      return `${info.dev}:${info.ino}`
    } catch {
      return null
    }
  }

  private arm(): void {
    this.watcher?.close()
    this.watcher = null
    this.watchedFolder = null
    if (this.closed) return
    const identity = this.folderIdentity()
    // The folder is gone for now: the poll notices when it is back.
    if (identity === null) return
    try {
      const watcher = watch(this.dataDir, { persistent: false }, (_event, filename) => {
        if (filename === null || filename === STATE_FILE_NAME) this.schedule()
      })
      watcher.on('error', (error) => {
        this.log(
          `state: watching ${this.dataDir} failed (${describe(error)}); checking every second`,
        )
        watcher.close()
        if (this.watcher === watcher) {
          this.watcher = null
          this.watchedFolder = null
        }
        this.schedule()
      })
      this.watcher = watcher
      this.watchedFolder = identity
    } catch (error) {
      this.log(`state: cannot watch ${this.dataDir} (${describe(error)}); checking every second`)
    }
  }

  /** Identifies the file's version cheaply: a write replaces the file (a new inode). */
  private signature(): string {
    try {
      const info = statSync(this.path)
      return `${info.ino}:${info.size}:${info.mtimeMs}`
    } catch {
      return 'missing'
    }
  }

  private schedule(): void {
    if (this.closed) return
    clearTimeout(this.debounce)
    this.debounce = setTimeout(() => this.check(), this.debounceMs)
    this.debounce.unref()
  }

  private check(): void {
    if (this.closed) return
    this.lastSignature = this.signature()
    let reading: Reading
    try {
      reading = this.readFile()
    } catch (error) {
      this.log(`state: ${describe(error)}`)
      return
    }
    if (reading.kind === 'bad') {
      this.scheduleRepair(reading.bytes)
      return
    }
    this.publish(reading.kind === 'ok' ? reading.state : defaultState())
    const pending = this.pending
    this.pending = []
    for (const notify of pending) notify()
  }
}

/**
 * Opens the state in `dataDir`: makes the file with the defaults if there is none, migrates an
 * older one, and backs up and resets a bad one (see `recovered`). Throws only when the file
 * cannot be read or written at all.
 */
export async function openStateStore(options: OpenStateStoreOptions): Promise<StateStore> {
  const store = new FileStateStore(options)
  await store.open(options.watch ?? false)
  return store
}

/** One sentence for the user: what was wrong with the state file and what was done about it. */
export function formatRecovery(recovery: StateRecovery): string {
  return recovery.backup
    ? `The saved state could not be used (${recovery.reason}). It was copied to ${recovery.backup} and reset to the defaults.`
    : `The saved state could not be used (${recovery.reason}) and could not be backed up, so it was left as it is; changes cannot be saved until it is fixed or removed.`
}
