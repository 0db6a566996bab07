/**
 * Migrations of the saved state, oldest first: `STATE_MIGRATIONS[n]` takes a file of schema
 * version n to version n + 1. Pure functions on plain JSON data; the state store runs them on
 * what it reads, before StateSchema checks the result.
 *
 * To change the state's shape: add a migration here, raise STATE_SCHEMA_VERSION in schema.ts to
 * the new length of this list, and add a test that an old file keeps its data.
 */
import { STATE_SCHEMA_VERSION } from './schema'

export type JsonObject = Record<string, unknown>
/** Takes an object of one version to the next; must set `schemaVersion` to that next version. */
export type StateMigration = (state: JsonObject) => JsonObject

export const STATE_MIGRATIONS: readonly StateMigration[] = [
  // 0 → 1: the earliest files had no `schemaVersion`; their fields already had today's shape,
  // and StateSchema fills in whatever is missing with its defaults.
  (state) => ({ ...state, schemaVersion: 1 }),
]

if (STATE_MIGRATIONS.length !== STATE_SCHEMA_VERSION) {
  throw new Error(
    `state migrations lead to version ${STATE_MIGRATIONS.length}, but STATE_SCHEMA_VERSION is ${STATE_SCHEMA_VERSION}`,
  )
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The schema version a file says it has: a file without `schemaVersion` is version 0; null when
 * the value is not a version at all (not an object, or a `schemaVersion` that is not a whole
 * number ≥ 0).
 */
export function stateVersionOf(raw: unknown): number | null {
  if (!isObject(raw)) return null
  if (!('schemaVersion' in raw)) return 0
  const version = raw.schemaVersion
  return typeof version === 'number' && Number.isSafeInteger(version) && version >= 0
    ? version
    : null
}

/**
 * Brings what a state file holds up to the current version by running every migration from its
 * version on. Anything it cannot migrate is returned as it is — not an object, a bad
 * `schemaVersion`, a version newer than `migrations` knows — and StateSchema then says what is
 * wrong with it. Never throws for bad data; does not change `raw`.
 */
export function migrate(
  raw: unknown,
  migrations: readonly StateMigration[] = STATE_MIGRATIONS,
): unknown {
  const version = stateVersionOf(raw)
  if (version === null || version >= migrations.length || !isObject(raw)) return raw
  return migrations.slice(version).reduce((state, step) => step(state), raw)
}
