import { useId, useState } from 'react'
import type { Settings, State } from '../../../shared/state/schema'
import { FeedbackLine, type Feedback, type Send } from './feedback'
import { Section } from './Section'

type Props = { state: State; send: Send }

/** The command that opens links; empty for the system's default browser. */
export function BrowserSection({ state, send }: Props) {
  const [feedback, say] = useState<Feedback>(null)
  const [draft, setDraft] = useState(state.settings.browserCommand)
  const id = useId()
  return (
    <Section title="Browser">
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault()
          void send(
            () => window.dashkey.updateSettings({ browserCommand: draft }),
            say,
            (next) => {
              setDraft(next.settings.browserCommand)
              return next.settings.browserCommand
                ? `Links open with: ${next.settings.browserCommand}`
                : 'Links open in the system’s default browser.'
            },
            'Browser command not saved',
          )
        }}
      >
        <label htmlFor={id}>Browser command</label>
        <input
          id={id}
          type="text"
          className="grow"
          value={draft}
          placeholder="System default browser"
          aria-describedby={`${id}-hint`}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit">Save</button>
      </form>
      <p id={`${id}-hint`} className="hint">
        Empty: the system’s default browser. Else a program and its arguments, such as{' '}
        <code>firefox --new-window</code> (no shell syntax).
      </p>
      <FeedbackLine feedback={feedback} />
    </Section>
  )
}

const LINUX = /Linux/.test(navigator.platform)

/** Launch at login. */
export function StartSection({ state, send }: Props) {
  const [feedback, say] = useState<Feedback>(null)
  // Checked at once; back to the saved value if main refuses.
  const [pending, setPending] = useState<boolean | null>(null)
  return (
    <Section title="Start">
      <label className="check">
        <input
          type="checkbox"
          checked={pending ?? state.settings.launchAtLogin}
          onChange={(event) => {
            const launchAtLogin = event.target.checked
            setPending(launchAtLogin)
            void send(
              () => window.dashkey.updateSettings({ launchAtLogin }),
              say,
              (next) =>
                next.settings.launchAtLogin
                  ? 'Dashkey starts at login.'
                  : 'Dashkey no longer starts at login.',
              'Launch at login not changed',
            ).finally(() => setPending(null))
          }}
        />
        Launch at login
      </label>
      {LINUX && (
        <p className="hint">
          On Linux Dashkey cannot set this itself: add it to your desktop’s startup applications.
        </p>
      )}
      <FeedbackLine feedback={feedback} />
    </Section>
  )
}

const THEMES = [
  ['system', 'System'],
  ['light', 'Light'],
  ['dark', 'Dark'],
] as const

/** Light, dark, or as the system is. */
export function ThemeSection({ state, send }: Props) {
  const [feedback, say] = useState<Feedback>(null)
  // Checked at once; back to the saved theme if main refuses.
  const [pending, setPending] = useState<Settings['theme'] | null>(null)
  const name = useId()
  return (
    <Section title="Theme">
      <div role="radiogroup" aria-label="Theme" className="row">
        {THEMES.map(([value, label]) => (
          <label key={value} className="check">
            <input
              type="radio"
              name={name}
              value={value}
              checked={(pending ?? state.settings.theme) === value}
              onChange={() => {
                setPending(value)
                void send(
                  () => window.dashkey.updateSettings({ theme: value }),
                  say,
                  () => `Theme: ${label}.`,
                  'Theme not changed',
                ).finally(() => setPending(null))
              }}
            />
            {label}
          </label>
        ))}
      </div>
      <FeedbackLine feedback={feedback} />
    </Section>
  )
}
