import { useEffect, useRef, useState } from 'react'
import type { Notice } from '../../shared/ipc'

/**
 * The launcher window's first form: a search box and what main has to say. The quick-find (results,
 * customer field, filters) builds on it; the contract behind it is complete.
 */
export function App() {
  const input = useRef<HTMLInputElement>(null)
  const [notices, setNotices] = useState<Notice[]>([])
  const [reports, setReports] = useState(0)

  useEffect(() => {
    const api = window.dashkey
    void api.getNotices().then((reply) => reply.ok && setNotices(reply.value))
    void api.getCatalog().then((reply) => reply.ok && setReports(reply.value.reports.length))
    const stops = [
      api.onNoticesChanged(setNotices),
      api.onCatalogChanged((catalog) => setReports(catalog.reports.length)),
      api.onWindowShown(() => input.current?.focus()),
    ]
    return () => stops.forEach((stop) => stop())
  }, [])

  return (
    <main
      onKeyDown={(event) => {
        if (event.key === 'Escape') void window.dashkey.hideWindow()
      }}
    >
      <input
        ref={input}
        aria-label="Search reports"
        placeholder={`Search ${reports} reports`}
        autoFocus
      />
      <ul aria-label="Messages">
        {notices.map((notice) => (
          <li key={`${notice.source}:${notice.message}`} data-level={notice.level}>
            {notice.message}
          </li>
        ))}
      </ul>
    </main>
  )
}
