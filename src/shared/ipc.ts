/**
 * The one contract between the window and main: every method with the schema of its argument and
 * of its result, every event with the schema of its data. Preload exposes exactly these; main
 * checks the sender and the argument of every call against them.
 */
import { z } from 'zod'
import { CustomerSchema, ReportIdSchema, ReportSchema } from './catalog/schema'
import { StateSchema } from './state/schema'
import type { EventName, InvokeMethod, Subscriber } from './ipc/channels'

export * from './ipc/channels'

/** What a person filled in, as the window sends it: a customer by name, never a URL. */
export const OpenValuesSchema = z.strictObject({
  customer: z.string().trim().min(1).max(200).nullable().default(null),
  set: z.record(z.string().max(200), z.array(z.string().max(2000)).max(50)).default({}),
  expr: z.record(z.string().max(200), z.string().max(2000)).default({}),
})

const ReportValuesSchema = z.strictObject({
  reportId: ReportIdSchema,
  values: OpenValuesSchema.default({ customer: null, set: {}, expr: {} }),
})

export const OpenRequestSchema = ReportValuesSchema.extend({
  /** What was typed to find the report: the ranking learns from it. */
  query: z.string().max(200).optional(),
})

export const CopyRequestSchema = ReportValuesSchema.extend({
  format: z.enum(['url', 'markdown']),
})

export const PinRequestSchema = ReportValuesSchema.extend({
  /** Defaults to "<title> — <customer>". */
  label: z.string().trim().min(1).max(200).optional(),
})

export const CustomerFavouriteSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  favourite: z.boolean(),
})

const label = z.string().trim().min(1).max(200)

/** The settings the settings view changes; the hotkey has its own method (it must register). */
export const SettingsChangeSchema = z.strictObject({
  browserCommand: z.string().max(1000).optional(),
  launchAtLogin: z.boolean().optional(),
  theme: z.enum(['system', 'light', 'dark']).optional(),
  /** Absolute paths of folders (or files) of catalog YAML; main checks each exists. */
  catalogFolders: z.array(z.string().min(1).max(4096)).max(50).optional(),
})

export const CatalogSnapshotSchema = z.strictObject({
  /** Goes up on every change, so the window can drop a stale search. */
  version: z.number().int().nonnegative(),
  reports: z.array(ReportSchema),
  customers: z.array(CustomerSchema),
})

export const NoticeSchema = z.strictObject({
  level: z.enum(['info', 'warning', 'error']),
  /** Where it comes from, so a newer notice of one source replaces the older. */
  source: z.enum(['catalog', 'hotkey', 'platform', 'control', 'state']),
  message: z.string(),
})

export const OpenedSchema = z.strictObject({ url: z.string(), warnings: z.array(z.string()) })
export const CopiedSchema = z.strictObject({ text: z.string(), warnings: z.array(z.string()) })

const none = z.undefined()

export const INVOKE_CONTRACT = {
  /** The catalog with its customers and version. */
  getCatalog: { args: none, result: CatalogSnapshotSchema },
  /** Current warnings and errors for the window (catalog problems, a taken hotkey, …). */
  getNotices: { args: none, result: z.array(NoticeSchema) },
  /** Main builds, checks and opens the report's URL, then hides the window. */
  openReport: { args: OpenRequestSchema, result: OpenedSchema },
  /** Main builds the link and puts it on the clipboard as a URL or a Markdown link. */
  copyLink: { args: CopyRequestSchema, result: CopiedSchema },
  hideWindow: { args: none, result: z.null() },
  /** The saved state: customers, favourites, pins, recents, usage, settings. */
  getState: { args: none, result: StateSchema },
  /** Stars the report if it is not starred, unstars it if it is. */
  toggleFavouriteReport: {
    args: z.strictObject({ reportId: ReportIdSchema }),
    result: StateSchema,
  },
  /** Pins the report with its customer and filter values. */
  pinReport: { args: PinRequestSchema, result: StateSchema },
  /** Stars or unstars a customer (saving it if it came from a catalog file). */
  setCustomerFavourite: { args: CustomerFavouriteSchema, result: StateSchema },
  /** Browser command, launch at login, theme, catalog folders. */
  updateSettings: { args: SettingsChangeSchema, result: StateSchema },
  /**
   * A new global hotkey: main registers it first and only then lets the old one go, so a key
   * another program holds is refused with the old key still working.
   */
  setHotkey: {
    args: z.strictObject({ accelerator: z.string().min(1).max(100) }),
    result: StateSchema,
  },
  /** A pin's own global hotkey, registered and conflict-checked the same way; null removes it. */
  setPinHotkey: {
    args: z.strictObject({ label, hotkey: z.string().min(1).max(100).nullable() }),
    result: StateSchema,
  },
  /** Customers from a file's text: one name per line, or CSV `name,aliases,<attribute>…`. */
  importCustomers: {
    args: z.strictObject({ name: z.string().max(300), text: z.string().max(5_000_000) }),
    result: z.strictObject({ imported: z.number().int().nonnegative(), state: StateSchema }),
  },
  /** The favourite reports in a new order (the same ids). */
  reorderFavourites: {
    args: z.strictObject({ ids: z.array(ReportIdSchema).max(1000) }),
    result: StateSchema,
  },
  /** Unstars a report, even one the catalog no longer has. */
  removeFavourite: { args: z.strictObject({ reportId: ReportIdSchema }), result: StateSchema },
  /** The pins in a new order (the same labels). */
  reorderPins: { args: z.strictObject({ labels: z.array(label).max(1000) }), result: StateSchema },
  removePin: { args: z.strictObject({ label }), result: StateSchema },
} as const satisfies Record<InvokeMethod, { args: z.ZodType; result: z.ZodType }>

export const EVENT_CONTRACT = {
  catalogChanged: CatalogSnapshotSchema,
  noticesChanged: z.array(NoticeSchema),
  /** The window was shown: focus the search box. */
  windowShown: z.null(),
  /** The saved state changed (here, or through the CLI). */
  stateChanged: StateSchema,
  /** Show the settings view (the tray's "Settings…"). */
  settingsRequested: z.null(),
} as const satisfies Record<EventName, z.ZodType>

export type InvokeArgs<M extends InvokeMethod> = z.input<(typeof INVOKE_CONTRACT)[M]['args']>
export type InvokeResult<M extends InvokeMethod> = z.output<(typeof INVOKE_CONTRACT)[M]['result']>
export type EventData<E extends EventName> = z.output<(typeof EVENT_CONTRACT)[E]>

/** Every call answers with this, so a refusal reaches the window as data it can show. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string }

export type CatalogSnapshot = z.output<typeof CatalogSnapshotSchema>
export type Notice = z.output<typeof NoticeSchema>
export type OpenRequest = z.output<typeof OpenRequestSchema>
export type CopyRequest = z.output<typeof CopyRequestSchema>
export type PinRequest = z.output<typeof PinRequestSchema>
export type CustomerFavourite = z.output<typeof CustomerFavouriteSchema>
export type SettingsChange = z.output<typeof SettingsChangeSchema>

/** What the window sees as `window.dashkey`. */
export type DashkeyApi = {
  [M in InvokeMethod]: InvokeArgs<M> extends undefined
    ? () => Promise<Reply<InvokeResult<M>>>
    : (args: InvokeArgs<M>) => Promise<Reply<InvokeResult<M>>>
} & {
  [E in EventName as Subscriber<E>]: (listener: (data: EventData<E>) => void) => () => void
}
