import { useEffect, useEffectEvent, useState, useSyncExternalStore } from 'react'
import type { CatalogSnapshot } from '../../../shared/ipc'
import { createWindowIndex, type BuiltSearch, type PageHost } from '../search/window-index'

/**
 * The window's own search over the newest catalog, once it is built (see window-index.ts for
 * when that is); null until then, when the worker answers instead.
 */
export function useWindowSearch(
  snapshot: CatalogSnapshot | null,
  onError: (message: string) => void,
): BuiltSearch | null {
  const reportError = useEffectEvent(onError)
  const [index] = useState(() => createWindowIndex(documentHost(document)))
  useEffect(
    () => index.start((message) => reportError(`The window's search index failed: ${message}`)),
    [index],
  )
  useEffect(() => {
    if (snapshot !== null) index.offer(snapshot)
  }, [index, snapshot])
  return useSyncExternalStore(index.subscribe, index.current)
}

/** The page's visibility, as the window index needs it. */
function documentHost(document: Document): PageHost {
  return {
    hidden: () => document.visibilityState === 'hidden',
    onHidden(callback) {
      const listener = () => {
        if (document.visibilityState === 'hidden') callback()
      }
      document.addEventListener('visibilitychange', listener)
      return () => document.removeEventListener('visibilitychange', listener)
    },
    later(callback) {
      // A message, not a timer: a hidden window's timers are throttled to a second or more, and
      // a build held up that long could land just as the window is shown.
      const channel = new MessageChannel()
      let cancelled = false
      channel.port1.onmessage = () => {
        channel.port1.close()
        if (!cancelled) callback()
      }
      channel.port2.postMessage(null)
      return () => {
        cancelled = true
        channel.port1.close()
      }
    },
  }
}
