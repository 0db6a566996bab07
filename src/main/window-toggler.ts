import { centredIn, type Area } from './window-placement'

/** The parts of a BrowserWindow the toggler drives. */
export interface ToggleableWindow {
  isDestroyed(): boolean
  isVisible(): boolean
  show(): void
  hide(): void
  focus(): void
  getBounds(): Area
  setBounds(bounds: Area): void
}

/** The parts of Electron's `screen` it reads. */
export interface PointerScreen {
  getCursorScreenPoint(): { x: number; y: number }
  getDisplayNearestPoint(point: { x: number; y: number }): { workArea: Area }
}

/**
 * Shows the launcher centred on the display under the pointer (the one the person is looking at),
 * focused, and hides it again. `onShown` lets the window put the cursor in the search box.
 */
export class WindowToggler {
  constructor(
    private readonly window: ToggleableWindow,
    private readonly screen: PointerScreen,
    private readonly onShown: () => void = () => {},
  ) {}

  show(): void {
    if (this.window.isDestroyed()) return
    const display = this.screen.getDisplayNearestPoint(this.screen.getCursorScreenPoint())
    this.window.setBounds(centredIn(display.workArea, this.window.getBounds()))
    this.window.show()
    this.window.focus()
    this.onShown()
  }

  hide(): void {
    if (!this.window.isDestroyed() && this.window.isVisible()) this.window.hide()
  }

  toggle(): void {
    if (this.window.isDestroyed()) return
    if (this.window.isVisible()) this.hide()
    else this.show()
  }
}

/** The launcher gets out of the way when the person clicks elsewhere. */
export function hideOnBlur(
  window: { on(event: 'blur', listener: () => void): unknown },
  toggler: Pick<WindowToggler, 'hide'>,
): void {
  window.on('blur', () => toggler.hide())
}
