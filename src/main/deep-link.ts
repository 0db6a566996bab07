// `dashkey://` links: `dashkey://open?report=looker-dashboard-409&customer=Chime` in a chat or a
// doc opens that report, prefilled; `dashkey://toggle` toggles the window. A link is untrusted
// input from anywhere on the web, so it is parsed with the WHATWG URL parser into a closed set of
// actions, and everything else is refused (SECURITY.md row 20). On Windows the link arrives on
// the command line, where CVE-2018-1000006 smuggled Chromium switches in beside it: the
// registration ends in `--`, and a command line with anything after the link is refused.
import { ReportIdSchema } from '../shared/catalog/schema'
import { OpenValuesSchema, type OpenRequest } from '../shared/ipc'

export const DEEP_LINK_SCHEME = 'dashkey'
/** Links are typed or pasted by people; anything longer is not one of ours. */
export const MAX_DEEP_LINK_LENGTH = 4096

export type DeepLinkAction =
  | {
      action: 'open'
      report: string
      customer: string | null
      set: Record<string, string[]>
      expr: Record<string, string>
    }
  | { action: 'toggle' }

export interface DeepLinkRefusal {
  error: string
}

export type DeepLinkResult = DeepLinkAction | DeepLinkRefusal

export const isRefusal = (result: DeepLinkResult): result is DeepLinkRefusal => 'error' in result

const refuse = (error: string): DeepLinkRefusal => ({ error })

/** `Filter=value`: the filter is everything before the first `=`, kept exactly (" Week"). */
function assignment(param: string, raw: string): [string, string] | DeepLinkRefusal {
  const at = raw.indexOf('=')
  if (at <= 0) return refuse(`${param}=${raw} must be ${param}=<filter>=<value>`)
  return [raw.slice(0, at), raw.slice(at + 1)]
}

function openAction(params: URLSearchParams): DeepLinkResult {
  const allowed = new Set(['report', 'customer', 'set', 'expr'])
  for (const name of new Set(params.keys())) {
    if (!allowed.has(name)) return refuse(`unknown parameter "${name}"`)
  }
  const reports = params.getAll('report')
  if (reports.length !== 1) return refuse('an open link needs exactly one report=<id>')
  const report = ReportIdSchema.safeParse(reports[0])
  if (!report.success) return refuse(`report=${reports[0]} is not a report id`)
  const customers = params.getAll('customer')
  if (customers.length > 1) return refuse('an open link takes at most one customer')
  const customer = customers[0]?.trim() || null
  const set: Record<string, string[]> = {}
  for (const raw of params.getAll('set')) {
    const pair = assignment('set', raw)
    if (!Array.isArray(pair)) return pair
    ;(set[pair[0]] ??= []).push(pair[1])
  }
  const expr: Record<string, string> = {}
  for (const raw of params.getAll('expr')) {
    const pair = assignment('expr', raw)
    if (!Array.isArray(pair)) return pair
    if (pair[0] in expr) return refuse(`expr gives the filter "${pair[0]}" twice`)
    expr[pair[0]] = pair[1]
  }
  // The window's own limits on values: a link can ask no more of main than the window can.
  const values = OpenValuesSchema.safeParse({ customer, set, expr })
  if (!values.success) {
    const issue = values.error.issues[0]
    return refuse(`${issue?.path.join('.') || 'values'}: ${issue?.message ?? 'invalid'}`)
  }
  return { action: 'open', report: report.data, ...values.data }
}

/**
 * Parses one link into an action, or says why it is refused: another scheme, an unknown action,
 * unknown or repeated parameters, a user name, password, port or fragment, control characters or
 * spaces, more than 4 KB, or anything the URL parser cannot read.
 */
export function parseDeepLink(raw: string): DeepLinkResult {
  if (raw.length > MAX_DEEP_LINK_LENGTH) {
    return refuse(`the link is longer than ${MAX_DEEP_LINK_LENGTH} characters`)
  }
  // The URL parser would quietly drop tabs and line breaks; a real link holds none.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f]/.test(raw)) {
    return refuse('the link holds spaces or control characters')
  }
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return refuse('not a link')
  }
  if (url.protocol !== `${DEEP_LINK_SCHEME}:`) return refuse(`not a ${DEEP_LINK_SCHEME}:// link`)
  if (url.username || url.password) return refuse('the link holds a user name or password')
  if (url.port) return refuse('the link holds a port')
  if (url.hash) return refuse('the link holds a #fragment')
  const name = url.hostname.toLowerCase()
  if (!name) return refuse('the link names no action (dashkey://open?… or dashkey://toggle)')
  if (url.pathname !== '' && url.pathname !== '/') return refuse(`unknown path ${url.pathname}`)
  if (name === 'toggle') {
    return [...url.searchParams.keys()].length
      ? refuse('dashkey://toggle takes no parameters')
      : { action: 'toggle' }
  }
  if (name === 'open') return openAction(url.searchParams)
  return refuse(`unknown action "${name}"`)
}

const isLink = (arg: string) => arg.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}:`)

/**
 * Switches that hand the command line a program to run or a debugger port: the payloads of
 * CVE-2018-1000006 and its kin. A command line carrying a link and one of these was not written
 * by the protocol registration, so the link is refused (the switch itself is Chromium's problem
 * by then, which the `--` of the registration prevents).
 */
const DANGEROUS_SWITCH =
  /^--?(inspect|inspect-brk|inspect-port|debug|remote-debugging-port|remote-debugging-pipe|gpu-launcher|renderer-cmd-prefix|utility-cmd-prefix|gpu-cmd-prefix|browser-subprocess-path|js-flags|require|r)(=|$)/i

/**
 * The link on a command line (Windows and Linux start the app, or a second instance, with it),
 * parsed; null when there is none. The registration puts the link last, after `--` on Windows
 * (`"Dashkey.exe" -- "%1"`), so the command line is refused as a whole when it holds two links,
 * anything after the link, anything between the `--` and the link, no `--` right before the link
 * on Windows, or a switch that runs a program or opens a debugger. Other switches before the link
 * are left alone: Chromium adds its own there (`--allow-file-access-from-files`).
 */
export function deepLinkFromArgv(
  argv: readonly string[],
  platform: NodeJS.Platform,
): DeepLinkResult | null {
  const links = argv.flatMap((arg, index) => (isLink(arg) ? [index] : []))
  if (links.length === 0) return null
  if (links.length > 1) return refuse('the command line holds more than one link')
  const at = links[0] ?? 0
  const after = argv.slice(at + 1)
  if (after.length) return refuse(`the command line goes on after the link: ${after.join(' ')}`)
  const terminator = argv.indexOf('--')
  if (terminator !== -1 && terminator !== at - 1) {
    return refuse('the command line holds more than the link after "--"')
  }
  if (platform === 'win32' && terminator === -1) {
    return refuse('on Windows a link must follow "--" on the command line')
  }
  const dangerous = argv.slice(1, at).find((arg) => DANGEROUS_SWITCH.test(arg))
  if (dangerous) return refuse(`the command line carrying the link also holds ${dangerous}`)
  return parseDeepLink(argv[at] ?? '')
}

/** What a link may do in the running app. */
export interface DeepLinkDeps {
  /** createAppApi's openReport: main builds and checks the URL from the id and values. */
  open(request: OpenRequest): Promise<unknown>
  toggle(): void
  /** A refused link, or a report that would not open: logged, and the person told. */
  fail(message: string): void
}

/** Carries out a parsed link; a refusal and a failed open go to `fail`, nothing is thrown. */
export function dispatchDeepLink(result: DeepLinkResult, deps: DeepLinkDeps): void {
  if (isRefusal(result)) return deps.fail(`Dashkey refused a link: ${result.error}`)
  if (result.action === 'toggle') return deps.toggle()
  const { report, customer, set, expr } = result
  deps
    .open({ reportId: report, values: { customer, set, expr } })
    .catch((error: unknown) =>
      deps.fail(
        `Dashkey could not open the link's report ${report}: ${error instanceof Error ? error.message : String(error)}`,
      ),
    )
}

/** The arguments of `app.setAsDefaultProtocolClient`, or null where Dashkey registers nothing. */
export type ProtocolClientRequest = { protocol: string; path: string; args: string[] } | null

/**
 * How Dashkey registers as the handler of `dashkey://`: packaged builds only — a development
 * build would register the bare Electron binary of a checkout, and leave that in the registry.
 * On Windows the command becomes `"Dashkey.exe" -- "%1"`: Chromium reads no switch after `--`,
 * so a link cannot smuggle one in (CVE-2018-1000006). macOS ignores path and args (the link
 * arrives in `open-url`; the scheme is declared in Info.plist); Linux's .desktop file passes it
 * as `%u`, one argument.
 */
export function protocolClientRequest(
  platform: NodeJS.Platform,
  isPackaged: boolean,
  execPath: string,
): ProtocolClientRequest {
  if (!isPackaged) return null
  return { protocol: DEEP_LINK_SCHEME, path: execPath, args: platform === 'win32' ? ['--'] : [] }
}

/**
 * Links that arrive before the app can act on them (macOS sends `open-url` before `ready` for
 * the link that launched it) wait here; once `start` is called they are handled in order.
 */
export class DeepLinkInbox {
  private waiting: DeepLinkResult[] = []
  private handler: ((link: DeepLinkResult) => void) | null = null

  receive(link: DeepLinkResult): void {
    if (this.handler) this.handler(link)
    else this.waiting.push(link)
  }

  start(handler: (link: DeepLinkResult) => void): void {
    this.handler = handler
    const waiting = this.waiting
    this.waiting = []
    waiting.forEach(handler)
  }
}
