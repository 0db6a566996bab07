import { useRef, useState, type KeyboardEvent } from 'react'
import { checkAccelerator } from '../../../shared/hotkeys/accelerator'
import { acceleratorFromKey } from './accelerator-from-key'

const MAC = /Mac|iPhone|iPad/.test(navigator.platform)

interface Props {
  /** What the key is for, in the button's name: "Record hotkey for Server instances — Chime". */
  forWhat?: string
  /** A valid accelerator was pressed. */
  onRecorded: (accelerator: string) => void
  /** The combination pressed is no hotkey: why (nothing is sent to main). */
  onInvalid: (error: string) => void
}

/**
 * "Record hotkey": activated, it takes the next key combination pressed (Esc cancels, Tab
 * leaves), checks it is an accelerator Electron can register, and hands it on.
 */
export function HotkeyRecorder({ forWhat, onRecorded, onInvalid }: Props) {
  const [recording, setRecording] = useState(false)
  const [held, setHeld] = useState('')
  // A key whose keydown the recorder took: its keyup must not press the button again (Space).
  const swallowKeyUp = useRef(false)

  function stop() {
    setRecording(false)
    setHeld('')
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (!recording) return
    const plain = !event.ctrlKey && !event.altKey && !event.shiftKey && !event.metaKey
    if (plain && event.key === 'Tab') {
      stop()
      return
    }
    event.preventDefault()
    event.stopPropagation()
    swallowKeyUp.current = true
    if (event.nativeEvent.isComposing) return
    if (plain && event.key === 'Escape') {
      stop()
      return
    }
    const recorded = acceleratorFromKey(event.nativeEvent, MAC)
    if (recorded.type === 'modifiers') {
      setHeld(recorded.text)
      return
    }
    stop()
    if (recorded.type === 'unknown') {
      onInvalid(`“${recorded.key}” cannot be part of a hotkey: press another key`)
      return
    }
    const check = checkAccelerator(recorded.accelerator)
    if (check.ok) onRecorded(recorded.accelerator)
    else onInvalid(`Not a hotkey: ${check.error}`)
  }

  function onKeyUp(event: KeyboardEvent<HTMLButtonElement>) {
    if (swallowKeyUp.current) {
      event.preventDefault()
      swallowKeyUp.current = false
    }
    if (recording && !event.ctrlKey && !event.altKey && !event.shiftKey && !event.metaKey) {
      setHeld('')
    }
  }

  // One name while recording too (aria-pressed says it records): "Record hotkey for …".
  const name = forWhat === undefined ? 'Record hotkey' : `Record hotkey for ${forWhat}`
  return (
    <button
      type="button"
      className="recorder"
      aria-pressed={recording}
      aria-label={name}
      onClick={() => (recording ? stop() : setRecording(true))}
      onBlur={stop}
      onKeyDown={onKeyDown}
      onKeyUp={onKeyUp}
    >
      {recording ? held || 'Press the new keys… (Esc cancels)' : 'Record hotkey'}
    </button>
  )
}
