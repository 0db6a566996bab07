import { useEffect, useEffectEvent, useState } from 'react'
import type { CatalogSnapshot } from '../../../shared/ipc'
import { call } from '../api/call'

/**
 * The catalog main sends: asked for once, then replaced on every change. Each snapshot has a
 * version, so a slow first answer never overwrites a newer change.
 */
export function useCatalog(onError: (message: string) => void): CatalogSnapshot | null {
  const [snapshot, setSnapshot] = useState<CatalogSnapshot | null>(null)
  const reportError = useEffectEvent(onError)

  useEffect(() => {
    let live = true
    const keepNewest = (next: CatalogSnapshot) =>
      setSnapshot((current) =>
        current !== null && current.version > next.version ? current : next,
      )
    const stop = window.dashkey.onCatalogChanged(keepNewest)
    void call(() => window.dashkey.getCatalog()).then((reply) => {
      if (!live) return
      if (reply.ok) keepNewest(reply.value)
      else reportError(`The catalog could not be loaded: ${reply.error}`)
    })
    return () => {
      live = false
      stop()
    }
  }, [])

  return snapshot
}
