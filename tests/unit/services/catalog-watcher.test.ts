import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  watchCatalog,
  type CatalogUpdate,
  type CatalogWatcher,
} from '../../../src/main/services/catalog-watcher'
import { formatProblem } from '../../../src/shared/catalog/problems'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir'

/** How long a change may take to show up: the debounce plus a reload, with room for a busy CI. */
const WITHIN_MS = 2_000
/** Long enough that a reload the watcher had in mind would have come through. */
const QUIET_MS = 600

const BUNDLED = `version: 1
hosts: [sourcegraph.looker.com]
reports:
  - id: looker-look-1519
    title: Monthly users by instance type
    url: https://sourcegraph.looker.com/looks/1519
`

const userFile = (title: string) => `version: 1
hosts: [sourcegraph.looker.com]
reports:
  - id: looker-dashboard-409
    title: ${title}
    url: https://sourcegraph.looker.com/dashboards/409
`

/** Collects updates; `next` waits for the next one that matches, or fails after a timeout. */
function updateRecorder() {
  const all: CatalogUpdate[] = []
  const listeners = new Set<() => void>()
  let seen = 0
  return {
    all,
    push(update: CatalogUpdate): void {
      all.push(update)
      for (const listener of listeners) listener()
    },
    next(matches: (update: CatalogUpdate) => boolean = () => true): Promise<CatalogUpdate> {
      return new Promise((resolve, reject) => {
        const check = () => {
          while (seen < all.length) {
            const update = all[seen++]!
            if (matches(update)) {
              done()
              resolve(update)
              return
            }
          }
        }
        const timer = setTimeout(() => {
          done()
          const got = all.map((u) => ({ version: u.version, titles: titles(u) }))
          reject(new Error(`no matching update within ${WITHIN_MS} ms; got ${JSON.stringify(got)}`))
        }, WITHIN_MS)
        const done = () => {
          clearTimeout(timer)
          listeners.delete(check)
        }
        listeners.add(check)
        check()
      })
    },
  }
}

const titles = (update: Pick<CatalogUpdate, 'catalog'>) =>
  Object.fromEntries(update.catalog.reports.map((r) => [r.id, r.title]))
const titleOf = (update: Pick<CatalogUpdate, 'catalog'>, id = 'looker-dashboard-409') =>
  update.catalog.reports.find((r) => r.id === id)?.title

let dir: TempDir
let updates: ReturnType<typeof updateRecorder>
let watcher: CatalogWatcher | undefined
let logged: string[]

beforeEach(() => {
  dir = makeTempDir()
  dir.write('bundled/handbook.yaml', BUNDLED)
  updates = updateRecorder()
  logged = []
})
afterEach(async () => {
  await watcher?.close()
  watcher = undefined
  dir.remove()
})

async function start(extra: string[] = []): Promise<CatalogWatcher> {
  watcher = await watchCatalog(
    {
      bundledDir: join(dir.path, 'bundled'),
      userDir: join(dir.path, 'data', 'catalog'),
      extra,
    },
    updates.push,
    { log: (line) => logged.push(line) },
  )
  return watcher
}

describe('watching the catalog', () => {
  it('shows a good edit, keeps the last good version through a broken one, then takes the fix', async () => {
    const mine = dir.write('data/catalog/mine.yaml', userFile('Server instances'))
    const watching = await start()
    expect(titleOf(watching.current())).toBe('Server instances')
    expect(watching.version()).toBe(0)

    writeFileSync(mine, userFile('Servers'))
    const edited = await updates.next((u) => titleOf(u) === 'Servers')
    expect(edited).toMatchObject({ problems: [], keptPrevious: false })
    expect(titleOf(edited, 'looker-look-1519')).toBe('Monthly users by instance type')

    writeFileSync(mine, 'version: 1\nreports:\n  - id: [unclosed\n')
    const broken = await updates.next((u) => u.problems.length > 0)
    expect(broken.keptPrevious).toBe(true)
    expect(titleOf(broken)).toBe('Servers')
    expect(broken.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /mine\.yaml:\d+:\d+: .*\(showing the last good version of this file\)$/,
      ),
    ])
    expect(broken.version).toBeGreaterThan(edited.version)
    expect(titleOf(watching.current())).toBe('Servers')

    writeFileSync(mine, userFile('Server instances (fixed)'))
    const fixed = await updates.next((u) => titleOf(u) === 'Server instances (fixed)')
    expect(fixed).toMatchObject({ problems: [], keptPrevious: false })
    expect(watching.version()).toBe(fixed.version)
  })

  it('reports a file that never parsed without inventing a last good version', async () => {
    await start()
    dir.write('data/catalog/new.yaml', 'version: 1\nreports: [\n')
    const update = await updates.next()
    expect(update.keptPrevious).toBe(false)
    expect(update.problems.map(formatProblem)).toEqual([
      expect.not.stringMatching(/last good version/),
    ])
  })

  it('picks up the user catalog folder created after start, and again after it is deleted and made anew', async () => {
    await start()
    dir.write('data/catalog/first.yaml', userFile('From the new folder'))
    await updates.next((u) => titleOf(u) === 'From the new folder')

    rmSync(join(dir.path, 'data', 'catalog'), { recursive: true })
    await updates.next((u) => titleOf(u) === undefined)

    dir.write('data/catalog/second.yaml', userFile('From the folder made anew'))
    await updates.next((u) => titleOf(u) === 'From the folder made anew')
    // The folder's new watch works, not only the one on the folder above it.
    dir.write('data/catalog/second.yaml', userFile('Edited in the folder made anew'))
    await updates.next((u) => titleOf(u) === 'Edited in the folder made anew')
  })

  it('follows a catalog folder swapped for another by renames, and edits in the new one', async () => {
    dir.write('data/catalog/mine.yaml', userFile('Old folder'))
    dir.write('data/catalog.next/mine.yaml', userFile('New folder'))
    await start()
    // Renames only: nothing inside the old folder changes, so only a watch above it can tell.
    renameSync(join(dir.path, 'data', 'catalog'), join(dir.path, 'data', 'catalog.old'))
    renameSync(join(dir.path, 'data', 'catalog.next'), join(dir.path, 'data', 'catalog'))
    await updates.next((u) => titleOf(u) === 'New folder')
    dir.write('data/catalog/mine.yaml', userFile('Edited in the new folder'))
    await updates.next((u) => titleOf(u) === 'Edited in the new folder')
  })

  it('follows an editor that saves by writing a new file and renaming it over the old', async () => {
    const mine = dir.write('data/catalog/mine.yaml', userFile('Before'))
    await start()
    const temp = dir.write('data/catalog/.mine.yaml.tmp', userFile('Renamed into place'))
    renameSync(temp, mine)
    await updates.next((u) => titleOf(u) === 'Renamed into place')
    writeFileSync(mine, userFile('Written in place'))
    await updates.next((u) => titleOf(u) === 'Written in place')
  })

  it('watches a --catalog file outside the catalog folders', async () => {
    const extra = dir.write('elsewhere/team.yaml', userFile('Team title'))
    const watching = await start([extra])
    expect(titleOf(watching.current())).toBe('Team title')
    const temp = dir.write('elsewhere/team.yaml.swp', userFile('Team title, renamed'))
    renameSync(temp, extra)
    await updates.next((u) => titleOf(u) === 'Team title, renamed')
  })

  it('gives a burst of quick writes few updates, ending with the last content', async () => {
    const mine = dir.write('data/catalog/mine.yaml', userFile('Start'))
    await start()
    for (let i = 1; i <= 20; i++) {
      writeFileSync(mine, userFile(`Title ${i}`))
      await sleep(2)
    }
    await updates.next((u) => titleOf(u) === 'Title 20')
    await sleep(QUIET_MS)
    expect(updates.all.length).toBeLessThanOrEqual(3)
    expect(titleOf(updates.all.at(-1)!)).toBe('Title 20')
  })

  it('emits nothing when a reload finds nothing changed', async () => {
    const watching = await start()
    await watching.reload()
    dir.write('data/catalog/notes.txt', 'not a catalog file')
    await sleep(QUIET_MS)
    expect(updates.all).toEqual([])
  })

  it('stops updating once closed', async () => {
    const mine = dir.write('data/catalog/mine.yaml', userFile('Open'))
    const watching = await start()
    await watching.close()
    writeFileSync(mine, userFile('After close'))
    await watching.reload()
    await sleep(QUIET_MS)
    expect(updates.all).toEqual([])
    expect(titleOf(watching.current())).toBe('Open')
  })

  it('logs an error thrown by the change handler instead of throwing it', async () => {
    const mine = dir.write('data/catalog/mine.yaml', userFile('One'))
    watcher = await watchCatalog(
      { bundledDir: join(dir.path, 'bundled'), userDir: join(dir.path, 'data', 'catalog') },
      (update) => {
        updates.push(update)
        throw new Error('handler broke')
      },
      { log: (line) => logged.push(line) },
    )
    writeFileSync(mine, userFile('Two'))
    await updates.next((u) => titleOf(u) === 'Two')
    expect(logged).toContainEqual(expect.stringMatching(/change handler failed: handler broke/))
    writeFileSync(mine, userFile('Three'))
    await updates.next((u) => titleOf(u) === 'Three')
  })
})
