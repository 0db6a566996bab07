import { useState } from 'react'
import type { Report } from '../../../shared/catalog/schema'
import type { Pin, State } from '../../../shared/state/schema'
import { FeedbackLine, type Feedback, type Send } from './feedback'
import { HotkeyRecorder } from './HotkeyRecorder'
import { OrderedList } from './OrderedList'
import { moved } from './reorder'
import { Section } from './Section'

interface Props {
  state: State
  send: Send
  byId: ReadonlyMap<string, Report>
}

/** The pins, in order, each with its own global hotkey. */
export function PinsSection({ state, send, byId }: Props) {
  const [feedback, say] = useState<Feedback>(null)
  const pins = state.pins

  function setHotkey(pin: Pin, hotkey: string | null) {
    void send(
      () => window.dashkey.setPinHotkey({ label: pin.label, hotkey }),
      say,
      () =>
        hotkey === null
          ? `“${pin.label}” has no hotkey now.`
          : `${hotkey} now opens “${pin.label}”.`,
      'Pin hotkey not changed',
    )
  }

  return (
    <Section title="Pins">
      <OrderedList
        label="Pins"
        empty="No pins: pin a report with its customer with Ctrl+P in the quick-find."
        items={pins.map((pin) => ({
          key: pin.label,
          name: pin.label,
          content: (
            <>
              <span>{pin.label}</span>
              {!byId.has(pin.report) && (
                <span className="hint"> (its report is no longer in the catalog)</span>
              )}
              <span className="pin-hotkey">
                {' '}
                Hotkey: {pin.hotkey === null ? 'none' : <kbd>{pin.hotkey}</kbd>}
              </span>
            </>
          ),
          controls: (
            <>
              <HotkeyRecorder
                forWhat={pin.label}
                onRecorded={(hotkey) => setHotkey(pin, hotkey)}
                onInvalid={(error) => say({ level: 'error', text: error })}
              />
              <button
                type="button"
                aria-label={`Clear hotkey: ${pin.label}`}
                disabled={pin.hotkey === null}
                onClick={() => setHotkey(pin, null)}
              >
                Clear
              </button>
            </>
          ),
        }))}
        onMove={(index, delta) => {
          const next = moved(
            pins.map((p) => p.label),
            index,
            delta,
          )
          if (next === null) return
          void send(
            () => window.dashkey.reorderPins({ labels: next }),
            say,
            () => `Moved ${delta < 0 ? 'up' : 'down'}: ${pins[index]?.label ?? ''}`,
            'Not moved',
          )
        }}
        onRemove={(index) => {
          const pin = pins[index]
          if (pin === undefined) return
          void send(
            () => window.dashkey.removePin({ label: pin.label }),
            say,
            () => `Removed the pin “${pin.label}”.`,
            'Not removed',
          )
        }}
      />
      <FeedbackLine feedback={feedback} />
    </Section>
  )
}
