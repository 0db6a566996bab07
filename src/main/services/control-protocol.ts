import { z } from 'zod'
import { ReportIdSchema } from '../../shared/catalog/schema'

/**
 * The wire format of the control endpoint: one JSON object per line, each way. A client sends
 * commands, the app answers each with one reply, in order.
 */

/** The longest line either side accepts, newline excluded; a longer one is refused. */
export const MAX_MESSAGE_BYTES = 4096

/** The longest customer name an `open` may carry. */
export const MAX_CUSTOMER_CHARS = 200

/** Every command the endpoint knows; anything else is refused. */
export const CONTROL_COMMANDS = ['toggle', 'show', 'open'] as const

/** The closed set of commands. Strict objects: an unexpected field is an error, not ignored. */
export const ControlCommandSchema = z.discriminatedUnion('command', [
  z.strictObject({ command: z.literal('toggle') }),
  z.strictObject({ command: z.literal('show') }),
  z.strictObject({
    command: z.literal('open'),
    report: ReportIdSchema,
    customer: z
      .string()
      .max(MAX_CUSTOMER_CHARS, `must be at most ${MAX_CUSTOMER_CHARS} characters`)
      .optional(),
  }),
])

export type ControlCommand = z.infer<typeof ControlCommandSchema>

/** The app's answer to one command. */
export type ControlReply = { ok: true } | { ok: false; error: string }

const ControlReplySchema = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), error: z.string() }),
])

/** One message as it goes on the wire: JSON and a newline. */
export function encodeMessage(message: ControlCommand | ControlReply): string {
  return `${JSON.stringify(message)}\n`
}

// Error messages may echo what a client sent; keep that short and printable.
function quoted(value: string): string {
  const short = value.length > 40 ? `${value.slice(0, 40)}…` : value
  return JSON.stringify(short)
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'message'}: ${issue.message}`)
    .join('; ')
}

/** Checks a command before it is sent or run; the error names what is wrong. */
export function checkControlCommand(
  value: unknown,
): { ok: true; command: ControlCommand } | { ok: false; error: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: 'a message must be a JSON object such as {"command":"toggle"}' }
  }
  const name: unknown = (value as Record<string, unknown>).command
  const known = CONTROL_COMMANDS.join(', ')
  if (typeof name !== 'string') {
    return { ok: false, error: `command: missing or not a string (one of: ${known})` }
  }
  if (!(CONTROL_COMMANDS as readonly string[]).includes(name)) {
    return { ok: false, error: `unknown command ${quoted(name)} (one of: ${known})` }
  }
  const parsed = ControlCommandSchema.safeParse(value)
  if (!parsed.success) return { ok: false, error: `${name}: ${describeIssues(parsed.error)}` }
  return { ok: true, command: parsed.data }
}

/** Reads one received line as a command; a malformed one gives an error to send back. */
export function parseControlCommand(
  line: string,
): { ok: true; command: ControlCommand } | { ok: false; error: string } {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    // The parser quotes a bit of the input; control characters would garble the log.
    return { ok: false, error: `malformed JSON: ${reason.replace(/\p{Cc}/gu, '?')}` }
  }
  return checkControlCommand(value)
}

/** Reads one received line as a reply; anything else is reported as an error reply. */
export function parseControlReply(line: string): ControlReply {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    return { ok: false, error: 'Dashkey sent a malformed reply' }
  }
  const parsed = ControlReplySchema.safeParse(value)
  if (!parsed.success) return { ok: false, error: 'Dashkey sent an unexpected reply' }
  return parsed.data.ok ? { ok: true } : { ok: false, error: parsed.data.error }
}

/**
 * Splits a byte stream into lines of at most `maxBytes` bytes. Splitting on the newline byte
 * is safe in UTF-8 (it never occurs inside a multi-byte character), so a character cut across
 * chunks is only decoded once its line is whole. Once a line is too long the decoder stops:
 * nothing after it can be trusted to be in step.
 */
export class LineDecoder {
  private pending: Buffer[] = []
  private pendingBytes = 0
  private failed = false

  constructor(private readonly maxBytes: number = MAX_MESSAGE_BYTES) {}

  /** The complete lines in this chunk (blank ones dropped), and whether the limit was passed. */
  push(chunk: Buffer): { lines: string[]; tooLarge: boolean } {
    const lines: string[] = []
    if (this.failed) return { lines, tooLarge: false }
    let start = 0
    for (let end = chunk.indexOf(0x0a); end !== -1; end = chunk.indexOf(0x0a, start)) {
      const piece = chunk.subarray(start, end)
      if (this.pendingBytes + piece.length > this.maxBytes) return this.fail(lines)
      this.keep(lines, Buffer.concat([...this.pending, piece]))
      this.pending = []
      this.pendingBytes = 0
      start = end + 1
    }
    const rest = chunk.subarray(start)
    if (this.pendingBytes + rest.length > this.maxBytes) return this.fail(lines)
    if (rest.length > 0) {
      this.pending.push(rest)
      this.pendingBytes += rest.length
    }
    return { lines, tooLarge: false }
  }

  /** At end of stream: the last line if it had no newline (as `printf … | nc -U` sends it). */
  end(): string | undefined {
    if (this.failed || this.pendingBytes === 0) return undefined
    const lines: string[] = []
    this.keep(lines, Buffer.concat(this.pending))
    this.pending = []
    this.pendingBytes = 0
    return lines[0]
  }

  private keep(lines: string[], bytes: Buffer): void {
    const line = bytes.toString('utf8')
    if (line.trim() !== '') lines.push(line)
  }

  private fail(lines: string[]): { lines: string[]; tooLarge: boolean } {
    this.failed = true
    this.pending = []
    this.pendingBytes = 0
    return { lines, tooLarge: true }
  }
}
