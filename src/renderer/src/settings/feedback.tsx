import type { Reply } from '../../../shared/ipc'
import type { State } from '../../../shared/state/schema'
import { call } from '../api/call'

/** What a section says about its last change: an error (an alert) or a success (a status). */
export type Feedback = { level: 'error' | 'info'; text: string } | null
export type Say = (feedback: Feedback) => void

/** Sends a change to main: the state it answers with, or null when refused (the section says why). */
export type Send = (
  invoke: () => Promise<Reply<State>>,
  say: Say,
  done: (state: State) => string,
  failed: string,
) => Promise<State | null>

/**
 * A `Send` that takes the answered state unless a newer change arrived meanwhile (see
 * useAppState's `accept`).
 */
export function makeSend(
  accept: (state: State, since: number) => void,
  changes: () => number,
): Send {
  return async (invoke, say, done, failed) => {
    const since = changes()
    const reply = await call(invoke)
    if (!reply.ok) {
      say({ level: 'error', text: `${failed}: ${reply.error}` })
      return null
    }
    accept(reply.value, since)
    say({ level: 'info', text: done(reply.value) })
    return reply.value
  }
}

/**
 * A section's feedback line. The status region is always there, so a screen reader announces
 * what is put in it; an alert is announced as it appears.
 */
export function FeedbackLine({ feedback }: { feedback: Feedback }) {
  return (
    <div className="feedback">
      <p role="status">{feedback?.level === 'info' ? feedback.text : ''}</p>
      {feedback?.level === 'error' && <p role="alert">{feedback.text}</p>}
    </div>
  )
}
