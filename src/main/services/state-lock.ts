/**
 * A lock file shared by every Dashkey process that writes the state: `state.json.lock`, made
 * atomically (a link that fails if the lock exists) and holding its owner
 * (`{"pid":…,"host":…,"token":…}`).
 *
 * A lock left behind by a process that died (SIGKILL, a crash, power off) does not block the
 * others for long: it is taken over at once when its owner ran on this machine and no longer
 * exists, and otherwise once it is `staleMs` old. Holders keep the lock for a few milliseconds (a
 * synchronous read, change and write), so a lock that old is abandoned.
 *
 * Why not proper-lockfile: its only sign of an abandoned lock is the age of the lock, at least
 * 2 s, so every command after a killed CLI would wait out the whole stale time; it also needs a
 * timer refreshing the lock while held and throws from that timer by default when it finds the
 * lock compromised.
 */
import { randomBytes } from 'node:crypto'
import {
  closeSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
  linkSync,
} from 'node:fs'
import { hostname } from 'node:os'
import { setTimeout as sleep } from 'node:timers/promises'

export interface LockOptions {
  /** A lock this old is abandoned, whoever holds it. */
  staleMs?: number
  /** How long to wait for the lock before giving up; longer than `staleMs` by default. */
  timeoutMs?: number
}

export interface HeldLock {
  /** Removes the lock if it is still ours; never throws. */
  release(): void
}

export const DEFAULT_LOCK_STALE_MS = 10_000
const UNWRITTEN_LOCK_MS = 2_000

interface Owner {
  pid: number
  host: string
  token: string
}

/** What was found in the way: the lock file's bytes and age, to recognise it again later. */
interface Holder {
  text: string
  mtimeMs: number
  owner: Owner | null
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined
}

function parseOwner(text: string): Owner | null {
  try {
    const value: unknown = JSON.parse(text)
    if (typeof value !== 'object' || value === null) return null
    const { pid, host, token } = value as Record<string, unknown>
    if (typeof pid !== 'number' || typeof host !== 'string' || typeof token !== 'string') {
      return null
    }
    return { pid, host, token }
  } catch {
    return null
  }
}

/** Whether a process of this machine exists; EPERM means it does, as another user's. */
function processExists(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return errorCode(error) !== 'ESRCH'
  }
}

export class LockTimeoutError extends Error {
  override readonly name = 'LockTimeoutError'
}

/** The lock file at `lockPath`, taken for one process at a time. */
export class FileLock {
  private readonly staleMs: number
  private readonly timeoutMs: number

  constructor(
    readonly lockPath: string,
    options: LockOptions = {},
  ) {
    this.staleMs = options.staleMs ?? DEFAULT_LOCK_STALE_MS
    this.timeoutMs = options.timeoutMs ?? this.staleMs + 5_000
  }

  /** Waits for the lock, with backoff, for up to `timeoutMs`. */
  async acquire(): Promise<HeldLock> {
    const started = Date.now()
    let delay = 2
    for (;;) {
      const held = this.tryAcquire()
      if (held) return held
      const waited = Date.now() - started
      if (waited >= this.timeoutMs) {
        const holder = this.readHolder()
        const who = holder?.owner
          ? ` (held by process ${holder.owner.pid} on ${holder.owner.host})`
          : ''
        throw new LockTimeoutError(
          `${this.lockPath} is still locked by another Dashkey process after ${Math.round(waited / 1000)} s${who}`,
        )
      }
      // Jitter keeps two waiters from retrying in step.
      await sleep(Math.min(delay, this.timeoutMs - waited) * (0.5 + Math.random()))
      delay = Math.min(delay * 2, 100)
    }
  }

  /** Takes the lock if it is free or abandoned, without waiting; null when someone holds it. */
  tryAcquire(): HeldLock | null {
    // Two rounds: the second after taking an abandoned lock away.
    for (let round = 0; round < 2; round += 1) {
      const owner: Owner = {
        pid: process.pid,
        host: hostname(),
        token: randomBytes(12).toString('hex'),
      }
      const text = JSON.stringify(owner)
      if (this.create(text, owner.token)) return this.heldBy(text)
      const holder = this.readHolder()
      // Released in the meantime: try again at once.
      if (!holder) continue
      if (!this.isAbandoned(holder)) return null
      this.takeAway(holder)
    }
    return null
  }

  /**
   * Creates the lock with its whole text at once: written to a file of its own first, then linked
   * under the lock's name, which fails if the lock exists. So no process ever sees a lock without
   * its owner, even one whose maker was killed half-way. Where links are not supported, the lock
   * is created empty with O_EXCL and then written.
   */
  private create(text: string, token: string): boolean {
    const draft = `${this.lockPath}.${token}`
    try {
      writeFileSync(draft, text, { mode: 0o600, flag: 'wx' })
    } catch {
      return this.createInPlace(text)
    }
    try {
      linkSync(draft, this.lockPath)
      return true
    } catch (error) {
      const code = errorCode(error)
      if (code === 'EEXIST') return false
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS' || code === 'EXDEV') {
        return this.createInPlace(text)
      }
      throw error
    } finally {
      try {
        unlinkSync(draft)
      } catch {
        // Gone already.
      }
    }
  }

  private createInPlace(text: string): boolean {
    let fd: number
    try {
      fd = openSync(this.lockPath, 'wx', 0o600)
    } catch (error) {
      if (errorCode(error) === 'EEXIST') return false
      throw error
    }
    try {
      writeSync(fd, text)
    } finally {
      closeSync(fd)
    }
    return true
  }

  private heldBy(text: string): HeldLock {
    let released = false
    return {
      release: () => {
        if (released) return
        released = true
        try {
          // Taken away as abandoned and held by someone else now: that lock is not ours to remove.
          if (readFileSync(this.lockPath, 'utf8') === text) unlinkSync(this.lockPath)
        } catch {
          // Already gone.
        }
      },
    }
  }

  private readHolder(): Holder | null {
    try {
      const text = readFileSync(this.lockPath, 'utf8')
      const { mtimeMs } = statSync(this.lockPath)
      return { text, mtimeMs, owner: parseOwner(text) }
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null
      throw error
    }
  }

  private isAbandoned(holder: Holder): boolean {
    const age = Date.now() - holder.mtimeMs
    if (age > this.staleMs) return true
    const { owner } = holder
    // A lock without an owner can only come from a maker killed between creating and writing
    // it (where links are not supported), which takes microseconds: after a moment it is
    // abandoned.
    if (!owner) return age > UNWRITTEN_LOCK_MS
    // A lock of another machine sharing the folder waits out the stale time.
    if (owner.host !== hostname() || owner.pid === process.pid) return false
    return !processExists(owner.pid)
  }

  /**
   * Removes an abandoned lock. It is renamed away first, which only one process can do, and then
   * checked: if it is not the lock judged abandoned (its owner was replaced in between by a new
   * one), it is put back.
   */
  private takeAway(holder: Holder): void {
    const aside = `${this.lockPath}.abandoned-${randomBytes(6).toString('hex')}`
    try {
      renameSync(this.lockPath, aside)
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return
      throw error
    }
    try {
      const text = readFileSync(aside, 'utf8')
      if (text !== holder.text || statSync(aside).mtimeMs !== holder.mtimeMs) {
        try {
          linkSync(aside, this.lockPath)
        } catch {
          // A third process took the lock meanwhile; nothing left to put back.
        }
      }
    } finally {
      try {
        unlinkSync(aside)
      } catch {
        // Gone already.
      }
    }
  }
}
