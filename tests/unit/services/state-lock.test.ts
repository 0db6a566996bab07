// The state lock on real files: taken over at once from a process that is gone, waited for while
// its owner lives, given up on with a clear error, and never removed by anyone but its owner.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FileLock, LockTimeoutError } from '../../../src/main/services/state-lock'
import { openStateStore } from '../../../src/main/services/state-store'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir'

let temp: TempDir
let lockPath: string

beforeEach(() => {
  temp = makeTempDir()
  lockPath = join(temp.path, 'state.json.lock')
})
afterEach(() => temp.remove())

/** The id of a process that has exited (and been reaped). */
function deadPid(): number {
  const done = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'])
  return Number(done.stdout.toString())
}

function leaveLock(owner: { pid: number; host?: string }, ageMs = 0): void {
  writeFileSync(lockPath, JSON.stringify({ host: hostname(), token: 'theirs', ...owner }))
  const when = new Date(Date.now() - ageMs)
  utimesSync(lockPath, when, when)
}

describe('the state lock', () => {
  it('is taken and released; a second taker waits for the release', async () => {
    const lock = new FileLock(lockPath)
    const held = await lock.acquire()
    expect(JSON.parse(readFileSync(lockPath, 'utf8'))).toMatchObject({ pid: process.pid })
    expect(new FileLock(lockPath).tryAcquire()).toBeNull()

    const second = new FileLock(lockPath).acquire()
    setTimeout(() => held.release(), 50)
    ;(await second).release()
    expect(existsSync(lockPath)).toBe(false)
  })

  it('is taken over at once from a process of this machine that no longer exists', async () => {
    leaveLock({ pid: deadPid() })
    const started = Date.now()
    const held = await new FileLock(lockPath).acquire()
    expect(Date.now() - started).toBeLessThan(500)
    expect(JSON.parse(readFileSync(lockPath, 'utf8'))).toMatchObject({ pid: process.pid })
    held.release()
    // Nothing is left of the taken-over lock.
    expect(readdirSync(temp.path)).toEqual([])
  })

  it('is waited for while its owner lives, and given up on with a clear error', async () => {
    leaveLock({ pid: process.ppid })
    const waiting = new FileLock(lockPath, { staleMs: 5_000, timeoutMs: 300 }).acquire()
    await expect(waiting).rejects.toBeInstanceOf(LockTimeoutError)
    await expect(waiting).rejects.toThrow(`held by process ${process.ppid} on ${hostname()}`)
    expect(JSON.parse(readFileSync(lockPath, 'utf8'))).toMatchObject({ token: 'theirs' })
  })

  it('counts as abandoned once older than the stale time, whoever holds it', async () => {
    leaveLock({ pid: process.ppid, host: 'another-machine' }, 20_000)
    const held = await new FileLock(lockPath, { staleMs: 10_000, timeoutMs: 300 }).acquire()
    held.release()
  })

  it('waits out the stale time for a lock of another machine', () => {
    const lock = new FileLock(lockPath, { staleMs: 10_000 })
    leaveLock({ pid: deadPid(), host: 'another-machine' }, 3_000)
    expect(lock.tryAcquire()).toBeNull()
    leaveLock({ pid: deadPid(), host: 'another-machine' }, 11_000)
    expect(lock.tryAcquire()).not.toBeNull()
  })

  it('takes over a lock without an owner (its maker died making it) after a moment', () => {
    const lock = new FileLock(lockPath, { staleMs: 10_000 })
    writeFileSync(lockPath, '')
    expect(lock.tryAcquire()).toBeNull()
    const before = new Date(Date.now() - 3_000)
    utimesSync(lockPath, before, before)
    expect(lock.tryAcquire()).not.toBeNull()
  })

  it('is not removed by a holder whose lock was taken over meanwhile', () => {
    const held = new FileLock(lockPath).tryAcquire()!
    leaveLock({ pid: process.ppid })
    held.release()
    expect(JSON.parse(readFileSync(lockPath, 'utf8'))).toMatchObject({ token: 'theirs' })
  })

  it('makes a state update wait, and the update then builds on the holder’s write', async () => {
    const store = await openStateStore({ dataDir: temp.path })
    const other = await new FileLock(lockPath).acquire()
    let done = false
    const update = store
      .update((state) => ({ ...state, favouriteReports: [...state.favouriteReports, 'mine'] }))
      .then(() => (done = true))
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(done).toBe(false)
    // What the holder wrote meanwhile is what the update starts from.
    const file = join(temp.path, 'state.json')
    const state = JSON.parse(readFileSync(file, 'utf8'))
    writeFileSync(file, JSON.stringify({ ...state, favouriteReports: ['theirs'] }))
    other.release()
    await update
    expect(JSON.parse(readFileSync(file, 'utf8')).favouriteReports).toEqual(['theirs', 'mine'])
    await store.close()
  })
})
