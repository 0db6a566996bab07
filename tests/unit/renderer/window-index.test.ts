import { describe, expect, it } from 'vitest'
import type { Catalog } from '../../../src/shared/catalog/schema'
import type { CatalogSnapshot } from '../../../src/shared/ipc'
import { createSearch } from '../../../src/shared/search'
import { createWindowIndex, type PageHost } from '../../../src/renderer/src/search/window-index'
import { TECH_HEALTH, catalog } from './catalog'

/** A page whose visibility the test sets, and whose "after this task" queue it runs by hand. */
function fakePage() {
  let hidden = false
  const hiddenListeners = new Set<() => void>()
  let queue: (() => void)[] = []
  const host: PageHost = {
    hidden: () => hidden,
    onHidden(callback) {
      hiddenListeners.add(callback)
      return () => hiddenListeners.delete(callback)
    },
    later(callback) {
      queue.push(callback)
      return () => void (queue = queue.filter((queued) => queued !== callback))
    },
  }
  return {
    host,
    setHidden(value: boolean) {
      hidden = value
      if (value) for (const listener of hiddenListeners) listener()
    },
    runQueued() {
      const now = queue
      queue = []
      for (const callback of now) callback()
    },
    queued: () => queue.length,
  }
}

function snapshot(version: number, reports = catalog.reports): CatalogSnapshot {
  return { version, reports, customers: catalog.customers }
}

/** A build that counts its calls and fails when told to. */
function countingBuild() {
  const builds: number[] = []
  let failing = false
  return {
    builds,
    fail: () => void (failing = true),
    build: (source: Catalog) => {
      if (failing) throw new Error('out of memory')
      builds.push(source.reports.length)
      return createSearch(source)
    },
  }
}

const firstId = (index: ReturnType<typeof createWindowIndex>, query: string) =>
  index.current()?.search.search(query)[0]?.report.id

describe('the window’s own search index', () => {
  it('builds the first catalog after the current task, then searches it', () => {
    const page = fakePage()
    const index = createWindowIndex(page.host)
    index.start(() => {})
    index.offer(snapshot(1))
    // Not inside the render that offered it.
    expect(index.current()).toBeNull()
    page.runQueued()
    expect(index.current()?.version).toBe(1)
    expect(firstId(index, 'tech health')).toBe(TECH_HEALTH)
  })

  it('waits for the page to be hidden to build a catalog that changed while shown', () => {
    const page = fakePage()
    const counting = countingBuild()
    const index = createWindowIndex(page.host, counting.build)
    const changes: (number | undefined)[] = []
    index.subscribe(() => changes.push(index.current()?.version))
    index.start(() => {})
    index.offer(snapshot(1))
    page.runQueued()

    const fewer = catalog.reports.filter((report) => report.id !== TECH_HEALTH)
    index.offer(snapshot(2, fewer))
    // Not built while shown: the index at hand is still the old catalog's.
    expect(index.current()?.version).toBe(1)
    expect(firstId(index, 'tech health')).toBe(TECH_HEALTH)
    expect(page.queued()).toBe(0)
    page.setHidden(true)
    page.runQueued()
    expect(index.current()?.version).toBe(2)
    expect(firstId(index, 'tech health')).not.toBe(TECH_HEALTH)
    expect(counting.builds).toEqual([catalog.reports.length, fewer.length])
    expect(changes).toEqual([1, 2])
  })

  it('builds at once while the page is hidden, only the newest of several catalogs', () => {
    const page = fakePage()
    const counting = countingBuild()
    const index = createWindowIndex(page.host, counting.build)
    index.start(() => {})
    page.setHidden(true)
    index.offer(snapshot(1))
    index.offer(snapshot(3, catalog.reports.slice(0, 5)))
    index.offer(snapshot(2))
    page.runQueued()
    expect(index.current()?.version).toBe(3)
    expect(counting.builds).toEqual([5])
  })

  it('reports a failed build and keeps no index, so the worker answers', () => {
    const page = fakePage()
    const counting = countingBuild()
    const errors: string[] = []
    const index = createWindowIndex(page.host, counting.build)
    index.start((message) => errors.push(message))
    counting.fail()
    index.offer(snapshot(1))
    page.runQueued()
    expect(index.current()).toBeNull()
    expect(errors).toEqual(['out of memory'])
  })

  it('builds nothing once stopped, and a catalog offered before the start when started', () => {
    const page = fakePage()
    const counting = countingBuild()
    const index = createWindowIndex(page.host, counting.build)
    index.offer(snapshot(1))
    expect(page.queued()).toBe(0)
    const stop = index.start(() => {})
    stop()
    page.runQueued()
    page.setHidden(true)
    page.runQueued()
    expect(counting.builds).toEqual([])
    index.start(() => {})
    page.runQueued()
    expect(index.current()?.version).toBe(1)
  })
})
