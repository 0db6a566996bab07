import { useState } from 'react'
import type { State } from '../../../shared/state/schema'
import { FeedbackLine, type Feedback, type Send } from './feedback'
import { HotkeyRecorder } from './HotkeyRecorder'
import { Section } from './Section'

/**
 * The hotkey that shows Dashkey. Main registers the new key before it lets the old one go: a
 * key another program holds is refused, and the old one stays (and stays shown).
 */
export function HotkeySection({ state, send }: { state: State; send: Send }) {
  const [feedback, say] = useState<Feedback>(null)
  return (
    <Section title="Hotkey">
      <p>
        Current hotkey: <kbd>{state.settings.hotkey}</kbd>
      </p>
      <div className="row">
        <HotkeyRecorder
          onRecorded={(accelerator) =>
            void send(
              () => window.dashkey.setHotkey({ accelerator }),
              say,
              (next) => `The hotkey is now ${next.settings.hotkey}.`,
              'Hotkey not changed',
            )
          }
          onInvalid={(error) => say({ level: 'error', text: error })}
        />
        <span className="hint">Press it, then the keys: Ctrl, Alt, Shift or Super and a key.</span>
      </div>
      <FeedbackLine feedback={feedback} />
    </Section>
  )
}
