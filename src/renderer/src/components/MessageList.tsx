import type { Notice } from '../../../shared/ipc'
import type { Message } from '../hooks/useMessages'

interface Props {
  notices: readonly Notice[]
  messages: readonly Message[]
  /** Problems of the window itself that last (the search not working). */
  problems: readonly string[]
  onDismiss: (id: number) => void
}

/** Main's notices, then the window's own messages; errors are alerts. */
export function MessageList({ notices, messages, problems, onDismiss }: Props) {
  return (
    <ul aria-label="Messages" className="messages">
      {notices.map((notice) => (
        <li key={`${notice.source}:${notice.message}`} data-level={notice.level}>
          <span role={notice.level === 'error' ? 'alert' : undefined}>{notice.message}</span>
        </li>
      ))}
      {problems.map((problem) => (
        <li key={problem} data-level="error">
          <span role="alert">{problem}</span>
        </li>
      ))}
      {messages.map((message) => (
        <li key={message.id} data-level={message.level}>
          <span role={message.level === 'error' ? 'alert' : 'status'}>{message.text}</span>
          <button
            type="button"
            className="dismiss"
            aria-label="Dismiss"
            onClick={() => onDismiss(message.id)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  )
}
