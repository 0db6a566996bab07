import { watch, type FSWatcher } from 'node:fs'
import { stat } from 'node:fs/promises'
import { basename, dirname, resolve } from 'node:path'
import { formatProblem, type CatalogProblem } from '../../shared/catalog/problems'
import type { Catalog } from '../../shared/catalog/schema'
import {
  isCatalogFile,
  loadCatalog,
  type CatalogSources,
  type LastGoodFiles,
  type LoadedCatalog,
} from './catalog-loader'

/** What the app is given each time the catalog changes. */
export interface CatalogUpdate {
  catalog: Catalog
  problems: CatalogProblem[]
  /** 1 for the first change after start, then one more for each update. */
  version: number
  /**
   * Some file no longer parses and its last good version is shown instead; its problems end with
   * "(showing the last good version of this file)".
   */
  keptPrevious: boolean
}

export interface CatalogWatcher {
  /** The catalog as last loaded; a file half-way through an edit counts with its last good version. */
  current(): LoadedCatalog
  /** The version of the last update emitted: 0 until the catalog first changes after start. */
  version(): number
  /** Re-reads everything now, without waiting for a file event; resolves once that is done. */
  reload(): Promise<void>
  /** Stops watching. No update is emitted once this resolves. */
  close(): Promise<void>
}

export interface CatalogWatchOptions {
  /** Quiet time after the last file event before reloading, so that one save is one reload. */
  debounceMs?: number
  log?: (line: string) => void
}

/** How often to reload anyway while some folder cannot be watched (e.g. out of inotify watches). */
const POLL_WHILE_UNWATCHED_MS = 2_000

/** Which entries of one watched folder matter. */
interface Interest {
  /** Entry names that matter: a watched file, or the next folder on the way to a target. */
  names: Set<string>
  /** Whether any catalog file in the folder matters: the folder is a target itself. */
  contents: boolean
}

interface ArmedFolder {
  watcher: FSWatcher
  /** Device and inode: a folder deleted and made again is a new folder and needs a new watch. */
  identity: string
  interest: Interest
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

async function folderIdentity(path: string): Promise<string | null> {
  try {
    const info = await stat(path)
    return info.isDirectory() ? `${info.dev}:${info.ino}` : null
  } catch {
    return null
  }
}

function interestIn(wanted: Map<string, Interest>, dir: string): Interest {
  let interest = wanted.get(dir)
  if (!interest) {
    interest = { names: new Set(), contents: false }
    wanted.set(dir, interest)
  }
  return interest
}

/**
 * Where to watch for one target (a catalog folder, or a `--catalog` file or folder). A watch on
 * the target alone goes deaf when the target is deleted, made again, or replaced by a rename
 * (how vim and VS Code save), and cannot start while it does not exist yet. So the target's own
 * name is also watched in the nearest folder above it that exists: the user's catalog folder is
 * watched for in the data folder, or further up while even that is missing.
 */
async function addWatchPoints(target: string, wanted: Map<string, Interest>): Promise<void> {
  if ((await folderIdentity(target)) !== null) interestIn(wanted, target).contents = true
  let name = basename(target)
  let dir = dirname(target)
  while ((await folderIdentity(dir)) === null && dirname(dir) !== dir) {
    name = basename(dir)
    dir = dirname(dir)
  }
  interestIn(wanted, dir).names.add(name)
}

function matters(interest: Interest, filename: string | null): boolean {
  // Some platforms do not say which entry changed: then anything may have.
  if (filename === null) return true
  const name = basename(filename)
  return interest.names.has(name) || (interest.contents && isCatalogFile(name))
}

/**
 * The file system side: a set of folder watches that `arm()` brings in line with the targets as
 * they are now. Every event that matters calls `onEvent`; the caller re-arms before each reload.
 */
function folderWatches(
  targets: readonly string[],
  onEvent: () => void,
  log: (line: string) => void,
) {
  const armed = new Map<string, ArmedFolder>()
  // Logged once per folder and reason, not on every re-arm.
  const failures = new Map<string, string>()
  let closed = false

  function drop(dir: string): void {
    armed.get(dir)?.watcher.close()
    armed.delete(dir)
  }

  function open(dir: string, identity: string, interest: Interest): boolean {
    try {
      const watcher = watch(dir, { persistent: false }, (_event, filename) => {
        const entry = armed.get(dir)
        if (!closed && entry?.watcher === watcher && matters(entry.interest, filename)) onEvent()
      })
      watcher.on('error', (error) => {
        log(`catalog watch: ${dir}: ${describe(error)}; watching it again`)
        if (armed.get(dir)?.watcher === watcher) drop(dir)
        onEvent()
      })
      armed.set(dir, { watcher, identity, interest })
      failures.delete(dir)
      return true
    } catch (error) {
      const reason = describe(error)
      if (failures.get(dir) !== reason) {
        log(`catalog watch: cannot watch ${dir} (${reason}); checking it every few seconds instead`)
        failures.set(dir, reason)
      }
      return false
    }
  }

  /** Watches what the targets need now; false when some folder could not be watched. */
  async function arm(): Promise<boolean> {
    const wanted = new Map<string, Interest>()
    for (const target of targets) await addWatchPoints(target, wanted)
    const identities = new Map<string, string | null>()
    for (const dir of wanted.keys()) identities.set(dir, await folderIdentity(dir))
    if (closed) return true
    for (const dir of [...armed.keys()]) if (!wanted.has(dir)) drop(dir)
    let complete = true
    for (const [dir, interest] of wanted) {
      const identity = identities.get(dir) ?? null
      const existing = armed.get(dir)
      if (existing && existing.identity === identity) {
        existing.interest = interest
        continue
      }
      drop(dir)
      // Gone since it was looked for: the folder above it is watched and says when it is back.
      if (identity === null) continue
      if (!open(dir, identity, interest)) complete = false
    }
    return complete
  }

  function close(): void {
    closed = true
    for (const dir of [...armed.keys()]) drop(dir)
  }

  return { arm, close }
}

/**
 * Loads the catalog, then keeps it current: the bundled folder, the user's catalog folder (which
 * may not exist yet) and every `--catalog` path are watched, and a burst of file events gives one
 * reload after `debounceMs` of quiet. `onChange` is called only when the catalog or its problems
 * changed. A file that stops parsing keeps its last good version in the catalog while its
 * problems say what is wrong where, so a half-finished edit never loses the user's reports.
 * Nothing is thrown from a file event: failures go to `log`.
 */
export async function watchCatalog(
  sources: CatalogSources,
  onChange: (update: CatalogUpdate) => void,
  options: CatalogWatchOptions = {},
): Promise<CatalogWatcher> {
  const debounceMs = options.debounceMs ?? 150
  const log = options.log ?? (() => {})
  const targets = [sources.bundledDir, sources.userDir, ...(sources.extra ?? [])].map((p) =>
    resolve(p),
  )
  const lastGood: LastGoodFiles = new Map()
  let closed = false
  let version = 0
  let debounce: NodeJS.Timeout | undefined
  let poll: NodeJS.Timeout | undefined

  function schedule(): void {
    if (closed) return
    clearTimeout(debounce)
    debounce = setTimeout(() => {
      debounce = undefined
      void reload()
    }, debounceMs)
    debounce.unref()
  }

  const folders = folderWatches(targets, schedule, log)

  /** Watches again where needed, before reading, so that no change falls between the two. */
  async function rearm(): Promise<void> {
    const complete = await folders.arm()
    if (complete || closed || poll) return
    poll = setTimeout(() => {
      poll = undefined
      void reload()
    }, POLL_WHILE_UNWATCHED_MS)
    poll.unref()
  }

  const fingerprint = (loaded: LoadedCatalog) => JSON.stringify([loaded.catalog, loaded.problems])

  await rearm()
  let last: LoadedCatalog
  try {
    last = await loadCatalog(sources, { lastGood })
  } catch (error) {
    closed = true
    folders.close()
    clearTimeout(poll)
    throw error
  }
  let lastFingerprint = fingerprint(last)

  async function reloadOnce(): Promise<void> {
    if (closed) return
    try {
      await rearm()
      if (closed) return
      const loaded = await loadCatalog(sources, { lastGood })
      if (closed) return
      last = loaded
      const next = fingerprint(loaded)
      if (next === lastFingerprint) return
      lastFingerprint = next
      version += 1
      const update: CatalogUpdate = {
        catalog: loaded.catalog,
        problems: loaded.problems,
        version,
        keptPrevious: loaded.keptFiles.length > 0,
      }
      const counts = `${update.catalog.reports.length} reports, ${update.problems.length} problems`
      log(`catalog: update ${version}: ${counts}`)
      for (const problem of update.problems) log(`catalog: ${formatProblem(problem)}`)
      try {
        onChange(update)
      } catch (error) {
        log(`catalog watch: the change handler failed: ${describe(error)}`)
      }
    } catch (error) {
      log(`catalog watch: reload failed, the last catalog stays: ${describe(error)}`)
    }
  }

  // One reload at a time; calls made while one waits to start share it.
  let tail: Promise<void> = Promise.resolve()
  let waiting: Promise<void> | null = null
  function reload(): Promise<void> {
    if (waiting) return waiting
    const run = tail.then(() => {
      waiting = null
      return reloadOnce()
    })
    waiting = run
    tail = run
    return run
  }

  async function close(): Promise<void> {
    closed = true
    clearTimeout(debounce)
    clearTimeout(poll)
    folders.close()
    await tail
  }

  return { current: () => last, version: () => version, reload, close }
}
