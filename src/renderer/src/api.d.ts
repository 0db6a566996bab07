import type { DashkeyApi } from '../../shared/ipc'

declare global {
  interface Window {
    /** The contract's methods, exposed by the preload; nothing else of main is reachable. */
    readonly dashkey: DashkeyApi
  }
}
