// What runs IN THE PAGE before its own scripts (page.addInitScript): `window.dashkey` with exactly
// the contract's methods and subscribers, as src/preload/index.ts builds it. Each method calls
// its own binding (page.exposeBinding, installed before this runs) into the test process. It is serialized into the page, so
// it uses nothing from its module scope, and no DOM types: the test project has no DOM lib.

export interface PageBridgeSetup {
  methods: readonly string[]
  /** [event, subscriber name] pairs: ['catalogChanged', 'onCatalogChanged'], … */
  events: readonly (readonly [string, string])[]
  /** Binding of method `m` is `${bindingPrefix}${m}`. */
  bindingPrefix: string
  /** Symbol.for(emitKey) on globalThis fires an event: (event, data) => void. */
  emitKey: string
}

type Call = (args: unknown) => Promise<unknown>
type Listener = (data: unknown) => void

export function installPageBridge(setup: PageBridgeSetup): void {
  const page = globalThis as unknown as Record<string | symbol, unknown>
  const api: Record<string, unknown> = {}
  for (const method of setup.methods) {
    const binding = `${setup.bindingPrefix}${method}`
    // Taken off the page, as preload's ipcRenderer is out of its reach.
    const call = page[binding] as Call | undefined
    Reflect.deleteProperty(page, binding)
    if (typeof call !== 'function') throw new Error(`harness: no binding ${binding}`)
    // Like ipcRenderer.invoke(channel, args): one argument, the answer is a Reply.
    api[method] = (args?: unknown) => call(args)
  }
  const listeners = new Map<string, Set<Listener>>()
  for (const [event, subscriber] of setup.events) {
    listeners.set(event, new Set())
    api[subscriber] = (listener: Listener) => {
      if (typeof listener !== 'function') throw new TypeError('listener must be a function')
      // A wrapper per subscription, so the same function subscribed twice is called twice.
      const forward: Listener = (data) => listener(data)
      listeners.get(event)!.add(forward)
      return () => {
        listeners.get(event)!.delete(forward)
      }
    }
  }
  Object.defineProperty(page, 'dashkey', { value: Object.freeze(api), enumerable: true })
  Object.defineProperty(page, Symbol.for(setup.emitKey), {
    value: (event: string, data: unknown) => {
      for (const listener of [...(listeners.get(event) ?? [])]) listener(data)
    },
  })
}
