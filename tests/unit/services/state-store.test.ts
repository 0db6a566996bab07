// The state store on real files in a temporary data folder: first run, reads and updates,
// refused changes, migration of an old file, and change notices between two stores.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Conf from 'conf'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  backupStamp,
  checkStateFile,
  confBackend,
  formatRecovery,
  openStateStore,
  StateValidationError,
  type OpenStateStoreOptions,
  type StateStore,
} from '../../../src/main/services/state-store'
import { StateSchema, defaultState, type State } from '../../../src/shared/state/schema'
import { waitUntil } from '../../helpers/child'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir'

let temp: TempDir
let stateFile: string
const stores: StateStore[] = []

beforeEach(() => {
  temp = makeTempDir()
  stateFile = join(temp.path, 'state.json')
})
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()))
  temp.remove()
})

async function open(options: Partial<OpenStateStoreOptions> = {}): Promise<StateStore> {
  const store = await openStateStore({ dataDir: temp.path, ...options })
  stores.push(store)
  return store
}

const onDisk = (): unknown => JSON.parse(readFileSync(stateFile, 'utf8'))
const customer = (name: string) => ({ name, aliases: [], attributes: {}, favourite: false })
const addCustomer = (name: string) => (state: State) => {
  state.customers.push(customer(name))
  return state
}

describe('first run', () => {
  it('makes the data folder and state.json with the defaults', async () => {
    const dataDir = join(temp.path, 'not', 'yet')
    const store = await open({ dataDir })

    expect(store.path).toBe(join(dataDir, 'state.json'))
    expect(store.recovered).toBeNull()
    expect(store.read()).toEqual(defaultState())
    expect(JSON.parse(readFileSync(store.path, 'utf8'))).toEqual(defaultState())
    expect(readdirSync(dataDir)).toEqual(['state.json'])
  })

  it('writes pretty JSON the user can read, owner-only', async () => {
    await open()
    expect(readFileSync(stateFile, 'utf8')).toBe(`${JSON.stringify(defaultState(), null, 2)}\n`)
    if (process.platform !== 'win32') expect(statSync(stateFile).mode & 0o777).toBe(0o600)
  })

  it('conf, as the CLI uses it, is on the very same file', async () => {
    const store = await open()
    const conf = confBackend({ dataDir: temp.path })
    expect(conf.path).toBe(store.path)
    expect(new Conf({ cwd: temp.path, configName: 'state' }).path).toBe(store.path)
  })

  it('refuses a backend that would write somewhere else', async () => {
    await expect(
      open({ backend: () => confBackend({ dataDir: join(temp.path, 'elsewhere') }) }),
    ).rejects.toThrow(/elsewhere/)
  })
})

describe('reading and updating', () => {
  it('update() reads fresh, applies the change, writes it and resolves to what it wrote', async () => {
    const store = await open()
    const written = await store.update(addCustomer('  Acme  '))

    // The schema trims names: what is written is the checked state, not the raw input.
    expect(written.customers).toEqual([customer('Acme')])
    expect(onDisk()).toEqual(written)
    expect(store.read()).toEqual(written)
  })

  it('read() sees what another store (another process) wrote, at once', async () => {
    const app = await open()
    const cli = await open()
    await cli.update(addCustomer('Globex'))
    expect(app.read().customers.map((c) => c.name)).toEqual(['Globex'])
  })

  it('updates of one store run one after the other: none is lost', async () => {
    const store = await open()
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.update(addCustomer(`c${i}`))))
    expect(store.read().customers.map((c) => c.name)).toEqual(
      Array.from({ length: 20 }, (_, i) => `c${i}`),
    )
  })

  it('refuses a change that is not a valid state, says why, and leaves the file as it was', async () => {
    const store = await open()
    await store.update(addCustomer('Acme'))
    const before = readFileSync(stateFile)

    const invalid = store.update((state) => ({ ...state, customers: [{ name: '' }] }) as State)
    await expect(invalid).rejects.toBeInstanceOf(StateValidationError)
    await expect(invalid).rejects.toThrow(
      /^the change was refused and state\.json left as it was: customers\[0\]\.name: Too small/,
    )
    expect(readFileSync(stateFile).equals(before)).toBe(true)

    // A change that throws leaves it too, and the lock is free again for the next one.
    await expect(
      store.update(() => {
        throw new Error('changed my mind')
      }),
    ).rejects.toThrow('changed my mind')
    expect(readFileSync(stateFile).equals(before)).toBe(true)
    await store.update(addCustomer('Initech'))
    expect(store.read().customers.map((c) => c.name)).toEqual(['Acme', 'Initech'])
  })

  it('listeners get copies: changing one does not change the store', async () => {
    const store = await open()
    store.onChange((state) => state.customers.push(customer('Mallory')))
    await store.update(addCustomer('Acme'))
    expect(store.read().customers.map((c) => c.name)).toEqual(['Acme'])
  })

  it('refuses updates once closed', async () => {
    const store = await open()
    await store.close()
    await expect(store.update(addCustomer('Acme'))).rejects.toThrow(/closed/)
  })
})

describe('migrations', () => {
  it('an early file without schemaVersion (version 0) keeps its customers and is written as version 1', async () => {
    const early = {
      customers: [{ name: 'Acme', aliases: ['acme corp'], attributes: { instance: 'acme-prod' } }],
      favouriteReports: ['looker-dashboard-409'],
    }
    writeFileSync(stateFile, JSON.stringify(early))

    const store = await open()

    expect(store.recovered).toBeNull()
    const expected = {
      ...defaultState(),
      customers: [
        {
          name: 'Acme',
          aliases: ['acme corp'],
          attributes: { instance: 'acme-prod' },
          favourite: false,
        },
      ],
      favouriteReports: ['looker-dashboard-409'],
    }
    expect(store.read()).toEqual(expected)
    expect(onDisk()).toEqual(expected)
    expect(readdirSync(temp.path).filter((n) => n.endsWith('.bak'))).toEqual([])
  })

  it('a file with a byte order mark (as some Windows editors save) is read, and written without it', async () => {
    const state = { ...defaultState(), customers: [customer('Acme')] }
    writeFileSync(stateFile, `\ufeff${JSON.stringify(state)}`)

    const store = await open()

    expect(store.recovered).toBeNull()
    expect(store.read()).toEqual(state)
    expect(readFileSync(stateFile)[0]).toBe('{'.charCodeAt(0))
    await store.update(addCustomer('Globex'))
    expect(store.read().customers).toHaveLength(2)
  })
})

describe('watching', () => {
  it('onChange: own updates at once, other processes’ writes as soon as the file changes', async () => {
    const app = await open({ watch: true })
    const cli = await open()
    const seen: string[][] = []
    app.onChange((state) => seen.push(state.customers.map((c) => c.name)))

    await app.update(addCustomer('Acme'))
    expect(seen).toEqual([['Acme']])

    await cli.update(addCustomer('Globex'))
    await waitUntil(() => seen.length === 2, 'the app hears of the CLI’s write', 2_000)
    expect(seen[1]).toEqual(['Acme', 'Globex'])

    // A hand edit counts too; a write that changes nothing is not a change.
    const edited = { ...app.read(), customers: [customer('Initech')] }
    writeFileSync(stateFile, JSON.stringify(edited))
    await waitUntil(() => seen.length === 3, 'the app hears of the edit', 2_000)
    expect(seen[2]).toEqual(['Initech'])
    await cli.update((state) => state)
    await app.update((state) => state)
    expect(seen).toHaveLength(3)
  })

  it('a removed file reads as the defaults, and the next update makes it again', async () => {
    const app = await open({ watch: true })
    await app.update(addCustomer('Acme'))
    const seen: State[] = []
    app.onChange((state) => seen.push(state))

    temp.remove()
    await waitUntil(() => seen.length === 1, 'the app hears the file is gone', 3_000)
    expect(seen[0]).toEqual(defaultState())
    expect(app.read()).toEqual(defaultState())

    await app.update(addCustomer('Globex'))
    expect(StateSchema.parse(onDisk()).customers.map((c) => c.name)).toEqual(['Globex'])
  })

  it('no change is reported after close()', async () => {
    const app = await open({ watch: true })
    const cli = await open()
    const seen: State[] = []
    app.onChange((state) => seen.push(state))
    await app.close()
    await cli.update(addCustomer('Acme'))
    // Long enough for a file event and the debounce after it.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(seen).toEqual([])
  })
})

describe('when a bad file cannot be backed up', () => {
  it('leaves it untouched, reads the defaults, and refuses updates with a clear error', async () => {
    writeFileSync(stateFile, '{"schemaVersion": 1,')
    // An impossible clock makes the backup's name, and so the backup, fail.
    const store = await open({ now: () => Number.NaN })

    expect(store.recovered).toEqual({
      backup: null,
      reason: expect.stringMatching(/^state\.json is not valid JSON \(.+\)$/),
    })
    expect(formatRecovery(store.recovered!)).toMatch(/could not be backed up, so it was left/)
    expect(readFileSync(stateFile, 'utf8')).toBe('{"schemaVersion": 1,')
    expect(store.read()).toEqual(defaultState())
    await expect(store.update(addCustomer('Acme'))).rejects.toThrow(/could not be backed up/)
    expect(readFileSync(stateFile, 'utf8')).toBe('{"schemaVersion": 1,')
  })
})

describe('helpers', () => {
  it('backup names are file-name safe ISO times', () => {
    expect(backupStamp(Date.UTC(2026, 10, 28, 13, 5, 9, 123))).toBe('2026-11-28T13-05-09-123Z')
  })

  it('formatRecovery says what was wrong, where the copy is and what was done', () => {
    expect(formatRecovery({ backup: '/d/state.json.x.bak', reason: 'state.json is empty' })).toBe(
      'The saved state could not be used (state.json is empty). It was copied to /d/state.json.x.bak and reset to the defaults.',
    )
  })

  it('checkStateFile names every problem, up to three', () => {
    const bad = {
      schemaVersion: 1,
      customers: [{ name: '' }, { name: 'a', favourite: 'yes' }],
      pins: 'none',
      theme: 'pink',
    }
    const check = checkStateFile(Buffer.from(JSON.stringify(bad)))
    expect(check).toEqual({
      ok: false,
      reason: expect.stringMatching(/^state\.json: .+; .+; .+; and 1 more$/),
    })
  })
})
