import { QuickFind } from './components/QuickFind'

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
  return <QuickFind />
}
