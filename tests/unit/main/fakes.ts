// Small fakes of the Electron objects the adapters receive: just enough to drive them.
import type { Area } from '../../../src/main/window-placement'

type Handler = (...args: unknown[]) => unknown

/** Something with `on(event, listener)` that a test can `emit` on. */
export class FakeEmitter {
  readonly listeners = new Map<string, Handler[]>()
  on(event: string, listener: Handler): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }
  emit(event: string, ...args: unknown[]): void {
    this.listeners.get(event)?.forEach((listener) => listener(...args))
  }
}

export class FakeWindow extends FakeEmitter {
  visible = false
  focused = false
  destroyed = false
  bounds: Area = { x: 0, y: 0, width: 720, height: 460 }
  isDestroyed = () => this.destroyed
  isVisible = () => this.visible
  show = () => {
    this.visible = true
  }
  hide = () => {
    this.visible = false
    this.focused = false
  }
  focus = () => {
    this.focused = true
  }
  getBounds = () => this.bounds
  setBounds = (bounds: Area) => {
    this.bounds = bounds
  }
}

/** Two displays side by side; the pointer is on the second. */
export const twoDisplays = {
  pointer: { x: 2500, y: 300 },
  getCursorScreenPoint() {
    return this.pointer
  },
  getDisplayNearestPoint(point: { x: number }) {
    return point.x >= 1920
      ? { workArea: { x: 1920, y: 0, width: 2560, height: 1400 } }
      : { workArea: { x: 0, y: 25, width: 1920, height: 1055 } }
  },
}

/** A navigation-like event whose preventDefault a test can check. */
export function fakeEvent(): { preventDefault(): void; prevented: boolean } {
  const event = {
    prevented: false,
    preventDefault() {
      event.prevented = true
    },
  }
  return event
}

/**
 * Electron's globalShortcut, faked: keys in `taken` belong to "another program" (register answers
 * false), and a key already held answers false too.
 */
export class FakeShortcuts {
  readonly held = new Map<string, () => void>()
  readonly taken = new Set<string>()
  /** Every register and unregister, in order: `+Ctrl+Alt+1`, `-Ctrl+Alt+1`. */
  readonly calls: string[] = []

  constructor(taken: readonly string[] = []) {
    taken.forEach((key) => this.taken.add(key))
  }

  register = (accelerator: string, callback: () => void): boolean => {
    this.calls.push(`+${accelerator}`)
    if (this.taken.has(accelerator) || this.held.has(accelerator)) return false
    this.held.set(accelerator, callback)
    return true
  }

  unregister = (accelerator: string): void => {
    this.calls.push(`-${accelerator}`)
    this.held.delete(accelerator)
  }

  /** Presses a held key, as the desktop would. */
  press(accelerator: string): void {
    const callback = this.held.get(accelerator)
    if (!callback) throw new Error(`${accelerator} is not registered`)
    callback()
  }

  keys(): string[] {
    return [...this.held.keys()]
  }
}
