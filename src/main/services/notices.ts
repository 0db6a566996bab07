import type { Notice } from '../../shared/ipc'

/**
 * The warnings and errors the window shows, by source: a newer report from one source (the
 * catalog reloaded, the hotkey registered after all) replaces what that source said before.
 */
export class Notices {
  private readonly bySource = new Map<Notice['source'], Notice[]>()
  private readonly listeners = new Set<(notices: Notice[]) => void>()

  set(source: Notice['source'], notices: readonly Omit<Notice, 'source'>[]): void {
    this.bySource.set(
      source,
      notices.map((n) => ({ ...n, source })),
    )
    const all = this.all()
    this.listeners.forEach((listener) => listener(all))
  }

  all(): Notice[] {
    return [...this.bySource.values()].flat()
  }

  subscribe(listener: (notices: Notice[]) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
