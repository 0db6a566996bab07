import { deepLinkFromArgv, type DeepLinkResult } from './deep-link'
import type { WindowToggler } from './window-toggler'

/** What a second launch asks of the first. */
export type SecondLaunch =
  { kind: 'toggle' } | { kind: 'show' } | { kind: 'link'; link: DeepLinkResult }

/**
 * What a second launch does to the first: a `dashkey://` link on its command line is carried out
 * (or refused), `--toggle` toggles the window (a desktop shortcut bound to `dashkey --toggle`),
 * any other launch shows it (a click on the app icon). A command line with a link is about the
 * link only: a `--toggle` beside it is ignored.
 */
export function secondLaunch(argv: readonly string[], platform: NodeJS.Platform): SecondLaunch {
  const link = deepLinkFromArgv(argv, platform)
  if (link) return { kind: 'link', link }
  return argv.includes('--toggle') ? { kind: 'toggle' } : { kind: 'show' }
}

const MAX_FORWARDED_ARGS = 64
const MAX_FORWARDED_LENGTH = 8192

/**
 * The second launch sends its own `process.argv` as the single-instance lock's additional data:
 * the `argv` of the `second-instance` event is rebuilt by Chromium, which moves switches about on
 * Windows (electron/electron#20322) and so would hide what came after a link. That data comes
 * from another process, so it is checked here; anything unexpected falls back to the event's argv.
 */
export function forwardedArgv(data: unknown, fallback: readonly string[]): readonly string[] {
  if (typeof data !== 'object' || data === null || !('argv' in data)) return fallback
  const { argv } = data
  if (
    !Array.isArray(argv) ||
    argv.length > MAX_FORWARDED_ARGS ||
    !argv.every((a): a is string => typeof a === 'string' && a.length <= MAX_FORWARDED_LENGTH)
  ) {
    return fallback
  }
  return argv
}

/** The toggle-or-show part of a second launch, for callers that handle links elsewhere. */
export function onSecondInstance(
  argv: readonly string[],
  toggler: Pick<WindowToggler, 'show' | 'toggle'>,
): void {
  if (argv.includes('--toggle')) toggler.toggle()
  else toggler.show()
}
