import { useEffect, useState } from 'react'
import { QuickFind } from './components/QuickFind'
import { useTheme } from './hooks/useTheme'
import { Settings } from './settings/Settings'

/**
 * The launcher window. Without the preload's bridge (a page opened outside the app) it says so
 * instead of failing on the first call.
 */
export function App() {
  if (typeof window.dashkey !== 'object' || window.dashkey === null) {
    return (
      <main className="quick-find">
        <ul aria-label="Messages" className="messages">
          <li data-level="error">
            <span role="alert">
              This window is not connected to Dashkey (window.dashkey is missing).
            </span>
          </li>
        </ul>
      </main>
    )
  }
  return <Views />
}

/** The quick-find, or the settings (the tray's "Settings…", or Ctrl/Cmd+, in the quick-find). */
function Views() {
  const [view, setView] = useState<'quick-find' | 'settings'>('quick-find')
  useTheme()
  useEffect(() => window.dashkey.onSettingsRequested(() => setView('settings')), [])
  if (view === 'settings') return <Settings onBack={() => setView('quick-find')} />
  return <QuickFind onOpenSettings={() => setView('settings')} />
}
