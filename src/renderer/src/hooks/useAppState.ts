import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react'
import type { State } from '../../../shared/state/schema'
import { call } from '../api/call'

/** The saved state as the window last heard of it, and when (for the decay of use over time). */
export interface AppState {
  state: State | null
  /** Epoch milliseconds of the state's arrival. */
  at: number
  /**
   * Takes the state a call answered with (a star, a pin), unless a change arrived since the call
   * began: that one is at least as new. `since` is `changes()` as read when the call began.
   */
  accept: (state: State, since: number) => void
  /** How many changes have arrived so far. */
  changes: () => number
}

/**
 * The person's saved state (favourites, pins, recents, usage, customers): asked for once, then
 * replaced by every change main announces (the window's own, or the `dashkey` command's).
 */
export function useAppState(onError: (message: string) => void): AppState {
  const [current, setCurrent] = useState<{ state: State | null; at: number }>({
    state: null,
    at: 0,
  })
  const reportError = useEffectEvent(onError)
  const changeCount = useRef(0)

  useEffect(() => {
    let live = true
    const stop = window.dashkey.onStateChanged((next) => {
      changeCount.current += 1
      setCurrent({ state: next, at: Date.now() })
    })
    const asked = changeCount.current
    void call(() => window.dashkey.getState()).then((reply) => {
      if (!live) return
      if (!reply.ok) reportError(`Your favourites and pins could not be loaded: ${reply.error}`)
      // A change that arrived first is newer than this answer.
      else if (changeCount.current === asked) setCurrent({ state: reply.value, at: Date.now() })
    })
    return () => {
      live = false
      stop()
    }
  }, [])

  const accept = useCallback((state: State, since: number) => {
    if (changeCount.current === since) setCurrent({ state, at: Date.now() })
  }, [])
  const changes = useCallback(() => changeCount.current, [])

  return { state: current.state, at: current.at, accept, changes }
}
