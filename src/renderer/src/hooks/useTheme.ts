import { useEffect } from 'react'
import type { Settings } from '../../../shared/state/schema'
import { call } from '../api/call'

/** Puts the theme on <html>: `data-theme` light or dark overrides prefers-color-scheme. */
export function applyTheme(theme: Settings['theme'], root = document.documentElement): void {
  if (theme === 'system') root.removeAttribute('data-theme')
  else root.dataset.theme = theme
}

/** The saved theme, applied to the whole window (quick-find and settings) and kept up to date. */
export function useTheme(): void {
  useEffect(() => {
    let live = true
    let changed = false
    const stop = window.dashkey.onStateChanged((state) => {
      changed = true
      applyTheme(state.settings.theme)
    })
    void call(() => window.dashkey.getState()).then((reply) => {
      // A change that arrived first is newer than this answer; a failure leaves the system's.
      if (live && !changed && reply.ok) applyTheme(reply.value.settings.theme)
    })
    return () => {
      live = false
      stop()
    }
  }, [])
}
