import { useEffect, useMemo, useRef, useState } from 'react'
import { useAppState } from '../hooks/useAppState'
import { useCatalog } from '../hooks/useCatalog'
import { CatalogFoldersSection } from './CatalogFoldersSection'
import { CustomersSection } from './CustomersSection'
import { FavouritesSection } from './FavouritesSection'
import { makeSend } from './feedback'
import { BrowserSection, StartSection, ThemeSection } from './GeneralSections'
import { HotkeySection } from './HotkeySection'
import { PinsSection } from './PinsSection'

/**
 * The settings view (the tray's "Settings…", or Ctrl/Cmd+, in the quick-find): the hotkey,
 * browser, start, theme, catalog folders, customers, and the order of favourites and pins.
 * Escape or Back returns to the quick-find.
 */
export function Settings({ onBack }: { onBack: () => void }) {
  const [problem, setProblem] = useState<string | null>(null)
  const app = useAppState(setProblem)
  const snapshot = useCatalog(setProblem)
  const heading = useRef<HTMLHeadingElement>(null)
  const { accept, changes } = app
  const send = useMemo(() => makeSend(accept, changes), [accept, changes])
  const byId = useMemo(
    () => new Map((snapshot?.reports ?? []).map((report) => [report.id, report])),
    [snapshot],
  )
  const state = app.state

  useEffect(() => {
    heading.current?.focus()
  }, [])

  return (
    <main
      className="settings"
      onKeyDown={(event) => {
        const plain = !event.ctrlKey && !event.altKey && !event.shiftKey && !event.metaKey
        if (event.key === 'Escape' && plain && !event.defaultPrevented) {
          event.preventDefault()
          onBack()
        }
      }}
    >
      <header className="settings-header">
        <button type="button" onClick={onBack} title="Back to the quick-find (Esc)">
          ← Back
        </button>
        <h1 ref={heading} tabIndex={-1}>
          Settings
        </h1>
      </header>
      {problem !== null && <p role="alert">{problem}</p>}
      {state === null ? (
        <p role="status">Loading the settings…</p>
      ) : (
        <div className="settings-body">
          <HotkeySection state={state} send={send} />
          <BrowserSection state={state} send={send} />
          <StartSection state={state} send={send} />
          <ThemeSection state={state} send={send} />
          <CatalogFoldersSection state={state} send={send} />
          <CustomersSection state={state} accept={accept} changes={changes} />
          <FavouritesSection state={state} send={send} byId={byId} />
          <PinsSection state={state} send={send} byId={byId} />
        </div>
      )}
    </main>
  )
}
