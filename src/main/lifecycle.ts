import type { WindowToggler } from './window-toggler'

/**
 * What a second launch does to the first: `--toggle` toggles the window (a desktop shortcut bound
 * to `dashkey --toggle`), any other launch shows it (a click on the app icon).
 */
export function onSecondInstance(
  argv: readonly string[],
  toggler: Pick<WindowToggler, 'show' | 'toggle'>,
): void {
  if (argv.includes('--toggle')) toggler.toggle()
  else toggler.show()
}
