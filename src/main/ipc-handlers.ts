// The main side of the contract: every call is checked for its sender and its argument before a
// handler sees it, and every answer is a Reply, so a refusal reaches the window as data.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import type { z } from 'zod'
import {
  EVENT_CONTRACT,
  INVOKE_CONTRACT,
  INVOKE_METHODS,
  eventChannel,
  invokeChannel,
  type EventData,
  type EventName,
  type InvokeMethod,
  type InvokeResult,
  type Reply,
} from '../shared/ipc'

type Args<M extends InvokeMethod> = z.output<(typeof INVOKE_CONTRACT)[M]['args']>

export type Handlers = {
  [M in InvokeMethod]: (args: Args<M>) => InvokeResult<M> | Promise<InvokeResult<M>>
}

/** The parts of an invoke event the checks read. */
export type CallEvent = Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>

/** Why a call is refused, or null when it comes from the app's own window. */
export type SenderCheck = (event: CallEvent) => string | null

export interface TrustedSender {
  /** The webContents id of the launcher window. */
  webContentsId: () => number | undefined
  /** URL prefixes of the app's own pages: `app://dashkey/`, or the dev server in development. */
  pagePrefixes: readonly string[]
}

/**
 * Accepts calls only from the top frame of the launcher window showing one of the app's own pages
 * (CVE-2022-29247 was IPC from a subframe). A null frame — navigated away or destroyed — is refused.
 */
export function checkSender({ webContentsId, pagePrefixes }: TrustedSender): SenderCheck {
  return (event) => {
    const frame = event.senderFrame
    if (!frame) return 'the sending frame is gone'
    if (event.sender.id !== webContentsId()) return 'the sender is not the Dashkey window'
    if (frame.parent !== null) return 'the sender is a subframe'
    if (!pagePrefixes.some((prefix) => frame.url.startsWith(prefix))) {
      return `the sender's page ${frame.url} is not Dashkey's own`
    }
    return null
  }
}

function issueText(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`)
    .join('; ')
}

/** One method's listener: sender check, argument check, handler, result check. */
export function invokeListener<M extends InvokeMethod>(
  method: M,
  handler: Handlers[M],
  check: SenderCheck,
  log: (line: string) => void,
): (event: CallEvent, raw: unknown) => Promise<Reply<InvokeResult<M>>> {
  const contract = INVOKE_CONTRACT[method]
  return async (event, raw) => {
    const refused = check(event)
    if (refused) {
      log(`ipc ${method} refused: ${refused}`)
      return { ok: false, error: `refused: ${refused}` }
    }
    const args = contract.args.safeParse(raw)
    if (!args.success) {
      log(`ipc ${method} refused a malformed request: ${issueText(args.error)}`)
      return { ok: false, error: `malformed ${method} request: ${issueText(args.error)}` }
    }
    try {
      const value = await handler(args.data as never)
      return { ok: true, value: contract.result.parse(value) as InvokeResult<M> }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      log(`ipc ${method} failed: ${message}`)
      return { ok: false, error: message }
    }
  }
}

/** Registers every method of the contract; returns a function that removes them again. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handlers: Handlers,
  check: SenderCheck,
  log: (line: string) => void,
): () => void {
  for (const method of INVOKE_METHODS) {
    ipcMain.handle(invokeChannel(method), invokeListener(method, handlers[method], check, log))
  }
  return () => INVOKE_METHODS.forEach((method) => ipcMain.removeHandler(invokeChannel(method)))
}

/** Sends an event to the window, checked against the contract so main cannot send junk. */
export function sendEvent<E extends EventName>(
  contents: Pick<WebContents, 'send' | 'isDestroyed'> | undefined,
  event: E,
  data: EventData<E>,
): void {
  if (!contents || contents.isDestroyed()) return
  contents.send(eventChannel(event), EVENT_CONTRACT[event].parse(data))
}
