import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startCatalogFeed, type OpenWatcher } from '../../../src/main/services/catalog-feed'
import type { LoadedCatalog } from '../../../src/main/services/catalog-loader'
import {
  watchCatalog,
  type CatalogUpdate,
  type CatalogWatcher,
} from '../../../src/main/services/catalog-watcher'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir'

/** A watcher whose catalog is the list of its extra folders, and which a test can make change. */
class FakeWatcher implements CatalogWatcher {
  closed = false
  private v = 0
  constructor(
    readonly extra: readonly string[],
    private readonly onChange: (update: CatalogUpdate) => void,
  ) {}
  current(): LoadedCatalog {
    return {
      catalog: {
        reports: [],
        customers: this.extra.map((name) => ({ name, aliases: [], attributes: {} })),
      },
      problems: [],
      files: [],
      keptFiles: [],
    }
  }
  version = () => this.v
  reload = async () => {}
  close = async () => void (this.closed = true)
  change(): void {
    this.v++
    this.onChange({ ...this.current(), version: this.v, keptPrevious: false })
  }
}

function fakes() {
  const watchers: FakeWatcher[] = []
  const updates: CatalogUpdate[] = []
  const open: OpenWatcher = async (extra, onChange) => {
    if (extra.includes('/broken')) throw new Error('cannot watch /broken')
    const watcher = new FakeWatcher(extra, onChange)
    watchers.push(watcher)
    return watcher
  }
  return { watchers, updates, open, onUpdate: (u: CatalogUpdate) => void updates.push(u) }
}

const names = (u: CatalogUpdate | LoadedCatalog) => u.catalog.customers.map((c) => c.name)

describe('the catalog feed', () => {
  it('starts a new watcher for new folders, closes the old, sends the new catalog; versions only go up', async () => {
    const f = fakes()
    const feed = await startCatalogFeed(f.open, ['/a'], f.onUpdate)
    f.watchers[0]!.change()
    f.watchers[0]!.change()
    expect(feed.version()).toBe(2)
    await feed.setFolders(['/a', '/b'])
    expect(f.watchers[0]!.closed).toBe(true)
    expect(names(feed.current())).toEqual(['/a', '/b'])
    expect(f.updates.map((u) => [u.version, names(u)])).toEqual([
      [1, ['/a']],
      [2, ['/a']],
      [3, ['/a', '/b']],
    ])
    f.watchers[1]!.change()
    expect(f.updates.at(-1)?.version).toBe(4)
    expect(feed.version()).toBe(4)
  })

  it('does nothing for the same folders, and ignores an old watcher', async () => {
    const f = fakes()
    const feed = await startCatalogFeed(f.open, ['/a'], f.onUpdate)
    await feed.setFolders(['/a'])
    expect(f.watchers).toHaveLength(1)
    await feed.setFolders([])
    f.watchers[0]!.change()
    expect(f.updates.map((u) => names(u))).toEqual([[]])
  })

  it('keeps the old watcher when the new one fails, and runs changes one at a time', async () => {
    const f = fakes()
    const feed = await startCatalogFeed(f.open, [], f.onUpdate)
    await expect(feed.setFolders(['/broken'])).rejects.toThrow('cannot watch /broken')
    expect(f.watchers[0]!.closed).toBe(false)
    await Promise.all([feed.setFolders(['/x']), feed.setFolders(['/y'])])
    expect(names(feed.current())).toEqual(['/y'])
    expect(f.watchers.map((w) => w.closed)).toEqual([true, true, false])
    await feed.close()
    expect(f.watchers[2]!.closed).toBe(true)
  })
})

describe('the catalog feed over the real watcher', () => {
  let dir: TempDir
  beforeEach(() => {
    dir = makeTempDir()
  })
  afterEach(() => dir.remove())

  it('picks up a catalog folder added in settings', async () => {
    const bundled = join(dir.path, 'bundled')
    const team = join(dir.path, 'team')
    mkdirSync(bundled)
    mkdirSync(team)
    writeFileSync(
      join(team, 'team.yaml'),
      'version: 1\nhosts: [sourcegraph.looker.com]\nreports:\n  - id: looker-dashboard-7\n    title: Team board\n    url: https://sourcegraph.looker.com/dashboards/7\n',
    )
    const updates: CatalogUpdate[] = []
    const feed = await startCatalogFeed(
      (extra, onChange) =>
        watchCatalog({ bundledDir: bundled, userDir: join(dir.path, 'user'), extra }, onChange),
      [],
      (u) => void updates.push(u),
    )
    try {
      expect(feed.current().catalog.reports).toEqual([])
      await feed.setFolders([team])
      expect(feed.current().catalog.reports.map((r) => r.title)).toEqual(['Team board'])
      expect(updates.at(-1)?.catalog.reports.map((r) => r.id)).toEqual(['looker-dashboard-7'])
    } finally {
      await feed.close()
    }
  })
})
