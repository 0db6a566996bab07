/**
 * The names of the contract's methods and events, apart from their schemas so the preload can
 * import them without bundling zod. `ipc.ts` checks that both lists match its schemas.
 */
export const INVOKE_METHODS = [
  'getCatalog',
  'getNotices',
  'openReport',
  'copyLink',
  'hideWindow',
  'getState',
  'toggleFavouriteReport',
  'pinReport',
  'setCustomerFavourite',
  'updateSettings',
  'setHotkey',
  'setPinHotkey',
  'importCustomers',
  'reorderFavourites',
  'removeFavourite',
  'reorderPins',
  'removePin',
] as const
export const EVENTS = [
  'catalogChanged',
  'noticesChanged',
  'windowShown',
  'stateChanged',
  'settingsRequested',
] as const

export type InvokeMethod = (typeof INVOKE_METHODS)[number]
export type EventName = (typeof EVENTS)[number]

/** One channel per method: the renderer can reach nothing but these. */
export const invokeChannel = (method: InvokeMethod): string => `dashkey:invoke:${method}`
export const eventChannel = (event: EventName): string => `dashkey:event:${event}`

/** The name under which preload exposes the API: `window.dashkey`. */
export const API_KEY = 'dashkey'

export type Subscriber<E extends EventName> = `on${Capitalize<E>}`

/** `catalogChanged` → `onCatalogChanged`. */
export const subscriberName = <E extends EventName>(event: E): Subscriber<E> =>
  `on${event.charAt(0).toUpperCase()}${event.slice(1)}` as Subscriber<E>
