import { useCallback, useRef, useState } from 'react'

export type MessageLevel = 'error' | 'warning' | 'info'

/** A message of the window itself (a refused open, a copied link), as opposed to main's notices. */
export interface Message {
  id: number
  level: MessageLevel
  text: string
}

const MAX_MESSAGES = 4

export interface Messages {
  messages: Message[]
  show: (level: MessageLevel, text: string) => void
  dismiss: (id: number) => void
  clear: () => void
}

/** The window's own messages: the latest few, the same text shown once. */
export function useMessages(): Messages {
  const [messages, setMessages] = useState<Message[]>([])
  const nextId = useRef(0)

  const show = useCallback((level: MessageLevel, text: string) => {
    nextId.current += 1
    const message = { id: nextId.current, level, text }
    setMessages((list) =>
      [...list.filter((m) => m.level !== level || m.text !== text), message].slice(-MAX_MESSAGES),
    )
  }, [])
  const dismiss = useCallback((id: number) => {
    setMessages((list) => list.filter((m) => m.id !== id))
  }, [])
  const clear = useCallback(() => setMessages([]), [])

  return { messages, show, dismiss, clear }
}
