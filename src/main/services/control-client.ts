import { createConnection } from 'node:net'
import {
  LineDecoder,
  MAX_MESSAGE_BYTES,
  checkControlCommand,
  encodeMessage,
  parseControlReply,
  type ControlCommand,
  type ControlReply,
} from './control-protocol'

/** The app's reply, or that no app answered. */
export type ControlOutcome = ControlReply | { notRunning: true }

export interface SendOptions {
  /** How long to wait for the connection and the reply together (default SEND_TIMEOUT_MS). */
  timeoutMs?: number
}

/** A running app answers at once; after this long it is treated as not running. */
export const SEND_TIMEOUT_MS = 3000

// No socket file (or pipe), or a socket file nobody listens on: the app is not running.
const NOT_RUNNING_CODES = new Set(['ENOENT', 'ECONNREFUSED'])

/**
 * Sends one command to the running app's control endpoint and waits for its reply. Nothing
 * listening, or no answer in time, is `{ notRunning: true }`; any other failure to talk is an
 * error reply, so callers have one shape to handle and nothing to catch.
 */
export function sendControlCommand(
  endpoint: string,
  command: ControlCommand,
  { timeoutMs = SEND_TIMEOUT_MS }: SendOptions = {},
): Promise<ControlOutcome> {
  // Checked here too, so a bad command is reported plainly rather than by the app.
  const checked = checkControlCommand(command)
  if (!checked.ok) return Promise.resolve(checked)

  return new Promise((resolve) => {
    const socket = createConnection(endpoint)
    const decoder = new LineDecoder(MAX_MESSAGE_BYTES)
    let settled = false
    const settle = (outcome: ControlOutcome) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      socket.destroy()
      resolve(outcome)
    }
    const timer = setTimeout(() => settle({ notRunning: true }), timeoutMs)

    socket.once('connect', () => socket.write(encodeMessage(checked.command)))
    socket.on('data', (chunk: Buffer) => {
      const { lines, tooLarge } = decoder.push(chunk)
      const [first] = lines
      if (first !== undefined) settle(parseControlReply(first))
      else if (tooLarge) settle({ ok: false, error: 'Dashkey sent a reply over the size limit' })
    })
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== undefined && NOT_RUNNING_CODES.has(error.code)) {
        settle({ notRunning: true })
      } else {
        settle({ ok: false, error: `cannot reach Dashkey at ${endpoint}: ${error.message}` })
      }
    })
    socket.once('close', () =>
      settle({ ok: false, error: 'Dashkey closed the connection without answering' }),
    )
  })
}
