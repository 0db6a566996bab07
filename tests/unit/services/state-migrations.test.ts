// The migration mechanism: each step runs once, in order, from the file's version on, and what
// cannot be migrated is handed on unchanged for StateSchema to describe.
import { describe, expect, it } from 'vitest'
import {
  STATE_MIGRATIONS,
  migrate,
  stateVersionOf,
  type StateMigration,
} from '../../../src/shared/state/migrations'
import { STATE_SCHEMA_VERSION, StateSchema } from '../../../src/shared/state/schema'

describe('state migrations', () => {
  it('lead exactly to the current schema version', () => {
    expect(STATE_MIGRATIONS).toHaveLength(STATE_SCHEMA_VERSION)
  })

  it('take an early file without schemaVersion (version 0) to a valid current state, keeping its data', () => {
    const early = { customers: [{ name: 'Acme', attributes: { instance: 'acme-prod' } }] }
    const migrated = migrate(early)
    expect(migrated).toEqual({ ...early, schemaVersion: STATE_SCHEMA_VERSION })
    expect(StateSchema.parse(migrated).customers).toEqual([
      { name: 'Acme', aliases: [], attributes: { instance: 'acme-prod' }, favourite: false },
    ])
    // The input is not changed.
    expect(early).not.toHaveProperty('schemaVersion')
  })

  it('run every step from the file’s version on, in order (a fake chain 0 → 1 → 2 → 3)', () => {
    const ran: string[] = []
    const step =
      (
        to: number,
        change: (s: Record<string, unknown>) => Record<string, unknown>,
      ): StateMigration =>
      (state) => {
        ran.push(`${String(state.schemaVersion ?? 0)}→${to}`)
        return { ...change(state), schemaVersion: to }
      }
    const chain = [
      step(1, (s) => s),
      step(2, ({ favourites, ...rest }) => ({ ...rest, favouriteReports: favourites })),
      step(3, (s) => ({ ...s, pins: [] })),
    ]

    expect(migrate({ favourites: ['a'] }, chain)).toEqual({
      schemaVersion: 3,
      favouriteReports: ['a'],
      pins: [],
    })
    expect(ran).toEqual(['0→1', '1→2', '2→3'])

    ran.length = 0
    expect(migrate({ schemaVersion: 2, favouriteReports: ['b'] }, chain)).toEqual({
      schemaVersion: 3,
      favouriteReports: ['b'],
      pins: [],
    })
    expect(ran).toEqual(['2→3'])

    ran.length = 0
    const current = { schemaVersion: 3 }
    expect(migrate(current, chain)).toBe(current)
    expect(ran).toEqual([])
  })

  it('hand on what they cannot migrate unchanged, for the schema to describe', () => {
    for (const raw of [
      null,
      [],
      'x',
      42,
      { schemaVersion: 'one' },
      { schemaVersion: -1 },
      { schemaVersion: 9 },
    ]) {
      expect(migrate(raw)).toBe(raw)
    }
  })

  it('read the version a file says it has', () => {
    expect(stateVersionOf({})).toBe(0)
    expect(stateVersionOf({ schemaVersion: 1 })).toBe(1)
    expect(stateVersionOf({ schemaVersion: 1.5 })).toBeNull()
    expect(stateVersionOf([])).toBeNull()
  })
})
