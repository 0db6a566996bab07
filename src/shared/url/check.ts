import { count, printable } from './show'
import type { CheckResult } from './types'

/** Above this, some browsers and chat tools cut the link. */
export const WARN_URL_LENGTH = 2_000
/**
 * The Windows command-line limit: the lowest of the platforms when a browser command gets the URL
 * as one argument, so a longer link cannot be opened everywhere.
 */
export const MAX_URL_LENGTH = 32_767

/**
 * Anything but printable ASCII, and backslashes. The check below is made on the parsed URL, but
 * the string itself is what is handed to the browser or the OS, whose parsers may read spaces,
 * line breaks or `\` differently (`https://a.com\@evil.io`); a stored link is percent-encoded.
 */
const UNSAFE_CHAR = /[^\x21-\x7e]|\\/u

function describeChar(char: string): string {
  const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
  if (char === '\\') return 'a backslash'
  if (char === ' ') return 'a space'
  // eslint-disable-next-line no-control-regex -- naming control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(char)) return `a control character (${code})`
  return `a non-ASCII character (${code})`
}

function refuse(shown: string, why: string): CheckResult {
  return { ok: false, error: `refused ${shown}: ${why}` }
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url)
  } catch {
    return undefined
  }
}

/**
 * Checks a URL before it is opened: https only, the parsed host among `hosts` (the hosts declared
 * by the report's own catalog file), no user name or password, nothing but printable ASCII, at
 * most 32,767 characters; warns above 2,000. Hosts are compared after parsing, so look-alikes such
 * as `https://x.looker.com.evil.io` and `https://x.looker.com@evil.io` are refused.
 */
export function checkUrl(url: string, hosts: readonly string[]): CheckResult {
  const parsed = parse(url)
  if (!parsed) {
    const why = /^[\\/]{2}/.test(url) ? 'a network path (\\\\host\\share)' : 'not an absolute URL'
    return refuse(printable(url), `${why}; only https links open`)
  }
  const shown = printable(parsed.href)
  if (parsed.protocol !== 'https:') {
    return refuse(shown, `only https links open (scheme ${parsed.protocol})`)
  }
  if (parsed.username || parsed.password) {
    return refuse(
      shown,
      `a user name or password before the host hides the real host (${parsed.hostname}); it is not allowed`,
    )
  }
  const declared = hosts.map((host) => host.toLowerCase())
  if (!declared.includes(parsed.hostname)) {
    const list = declared.length > 0 ? declared.join(', ') : 'it declares none'
    return refuse(
      shown,
      `host ${parsed.hostname} is not among the hosts its catalog file declares (${list})`,
    )
  }
  const unsafe = UNSAFE_CHAR.exec(url)
  if (unsafe) {
    return refuse(
      shown,
      `it holds ${describeChar(unsafe[0])} at character ${count(unsafe.index + 1)}; links must be stored percent-encoded`,
    )
  }
  if (url.length > MAX_URL_LENGTH) {
    return refuse(
      shown,
      `it is ${count(url.length)} characters long, above ${count(MAX_URL_LENGTH)} (the Windows command-line limit, the lowest platform limit for a link passed to a browser)`,
    )
  }
  const warnings =
    url.length > WARN_URL_LENGTH
      ? [
          `the link is ${count(url.length)} characters long; some browsers and chat tools cut links above ${count(WARN_URL_LENGTH)}`,
        ]
      : []
  return { ok: true, warnings }
}
