import { useEffect, useEffectEvent, useState } from 'react'
import type { Notice } from '../../../shared/ipc'
import { call } from '../api/call'

/** What main has to say (catalog problems, a taken hotkey…): asked for once, then kept current. */
export function useNotices(onError: (message: string) => void): Notice[] {
  const [notices, setNotices] = useState<Notice[]>([])
  const reportError = useEffectEvent(onError)

  useEffect(() => {
    let live = true
    let changed = false
    const stop = window.dashkey.onNoticesChanged((next) => {
      changed = true
      setNotices(next)
    })
    void call(() => window.dashkey.getNotices()).then((reply) => {
      if (!live) return
      if (!reply.ok) reportError(`The app's messages could not be loaded: ${reply.error}`)
      // A change that arrived first is newer than this answer.
      else if (!changed) setNotices(reply.value)
    })
    return () => {
      live = false
      stop()
    }
  }, [])

  return notices
}
