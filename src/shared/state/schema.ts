/**
 * The saved state (`state.json` in the data folder): customers, favourites, pins, recents, usage
 * and settings. One schema for the app and the CLI; `schemaVersion` drives migrations.
 */
import { z } from 'zod'
import { ReportIdSchema } from '../catalog/schema'

export const STATE_SCHEMA_VERSION = 1
export const DEFAULT_HOTKEY = 'CommandOrControl+Shift+Space'
export { MAX_RECENTS, MAX_USAGE } from './limits'

const name = z.string().trim().min(1).max(200)
const attributeName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/)

export const SavedCustomerSchema = z.strictObject({
  name,
  aliases: z.array(name).default([]),
  attributes: z.record(attributeName, z.string().max(1000)).default({}),
  favourite: z.boolean().default(false),
})

export const PinSchema = z.strictObject({
  /** Unique without regard to case; defaults to "<title> — <customer>". */
  label: name,
  report: ReportIdSchema,
  customer: name.nullable().default(null),
  set: z.record(z.string().max(200), z.array(z.string().max(2000))).default({}),
  expr: z.record(z.string().max(200), z.string().max(2000)).default({}),
  /** An Electron accelerator, e.g. "Ctrl+Alt+1". */
  hotkey: z.string().max(100).nullable().default(null),
})

export const RecentSchema = z.strictObject({
  report: ReportIdSchema,
  customer: name.nullable().default(null),
  /** Epoch milliseconds. */
  at: z.number().int().nonnegative(),
})

/**
 * Frecency: what was opened for a query. `weight` is the decayed count as of `at`; reading it
 * later decays it further (see src/shared/search/frecency.ts).
 */
export const UsageSchema = z.strictObject({
  /** The query as typed, normalised (lower case, single spaces). */
  query: z.string().max(200),
  report: ReportIdSchema,
  weight: z.number().nonnegative(),
  at: z.number().int().nonnegative(),
})

export const SettingsSchema = z.strictObject({
  hotkey: z.string().min(1).max(100).default(DEFAULT_HOTKEY),
  /** Empty: the system's default browser. */
  browserCommand: z.string().max(1000).default(''),
  launchAtLogin: z.boolean().default(false),
  catalogFolders: z.array(z.string().min(1)).default([]),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
})

export const StateSchema = z.strictObject({
  schemaVersion: z.literal(STATE_SCHEMA_VERSION),
  /** In the user's order. */
  customers: z.array(SavedCustomerSchema).default([]),
  /** Report ids, in the user's order. */
  favouriteReports: z.array(ReportIdSchema).default([]),
  pins: z.array(PinSchema).default([]),
  /** Newest first. */
  recents: z.array(RecentSchema).default([]),
  usage: z.array(UsageSchema).default([]),
  settings: SettingsSchema.default(SettingsSchema.parse({})),
})

export type SavedCustomer = z.output<typeof SavedCustomerSchema>
export type Pin = z.output<typeof PinSchema>
export type Recent = z.output<typeof RecentSchema>
export type Usage = z.output<typeof UsageSchema>
export type Settings = z.output<typeof SettingsSchema>
export type State = z.output<typeof StateSchema>

/** A fresh state: what a new user, or a reset after a corrupt file, starts from. */
export function defaultState(): State {
  return StateSchema.parse({ schemaVersion: STATE_SCHEMA_VERSION })
}
