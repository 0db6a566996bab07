// SECURITY.md rows 12–14 against real files and real processes: bad state files are kept and
// reset, writers killed again and again never leave a file that does not parse, and writers in
// several processes at once lose no update.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  openStateStore,
  type StateRecovery,
  type StateStore,
} from '../../../src/main/services/state-store'
import { StateSchema, defaultState, type State } from '../../../src/shared/state/schema'
import {
  prepareScript,
  startChild,
  waitUntil,
  type Child,
  type Runnable,
} from '../../helpers/child'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir'

const verbose = process.env.DASHKEY_TEST_VERBOSE === '1'

let temp: TempDir
let stateFile: string
const stores: StateStore[] = []
const children: Child[] = []

beforeEach(() => {
  temp = makeTempDir()
  stateFile = join(temp.path, 'state.json')
})
afterEach(async () => {
  await Promise.all(children.splice(0).map((child) => child.kill()))
  await Promise.all(stores.splice(0).map((store) => store.close()))
  temp.remove()
})

async function open(options: { watch?: boolean } = {}): Promise<StateStore> {
  const store = await openStateStore({ dataDir: temp.path, ...options })
  stores.push(store)
  return store
}

const backups = () => readdirSync(temp.path).filter((name) => name.endsWith('.bak'))

/** The file as a state, checked the strict way: JSON.parse and StateSchema, no repairs. */
function stateOnDisk(): State {
  return StateSchema.parse(JSON.parse(readFileSync(stateFile, 'utf8')))
}

const acme = { name: 'Acme', aliases: [], attributes: {}, favourite: false }

describe('a bad state file (SECURITY.md row 12)', () => {
  const cases: { what: string; bytes: Buffer; reason: string | RegExp }[] = [
    {
      what: 'truncated JSON',
      bytes: Buffer.from('{\n  "schemaVersion": 1,\n  "customers": [\n    { "name": "Ac'),
      reason: /^state\.json is not valid JSON \(.+\)$/,
    },
    {
      what: 'NUL bytes (a file whose blocks were allocated but never written)',
      bytes: Buffer.alloc(4096),
      reason: /^state\.json is not valid JSON \(Unexpected token '\\u0000'/,
    },
    { what: 'an empty file', bytes: Buffer.alloc(0), reason: 'state.json is empty' },
    {
      what: 'a schema violation',
      bytes: Buffer.from('{"schemaVersion": 1, "customers": "x"}'),
      reason: 'state.json: customers: Invalid input: expected array, received string',
    },
    {
      what: 'an invalid customer',
      bytes: Buffer.from('{"schemaVersion": 1, "customers": [{"name": "Acme"}, {"name": ""}]}'),
      reason: /^state\.json: customers\[1\]\.name: Too small/,
    },
    {
      what: 'an unknown key (the schema is strict, so this is a violation too)',
      bytes: Buffer.from('{"schemaVersion": 1, "customers": [], "colour": "blue"}'),
      reason: 'state.json: colour: unknown field',
    },
    {
      what: 'JSON that is not an object',
      bytes: Buffer.from('[1, 2, 3]'),
      reason: 'state.json: Invalid input: expected object, received array',
    },
    {
      what: 'bytes that are not UTF-8',
      bytes: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
      reason: 'state.json is not UTF-8 text',
    },
    {
      what: 'a file from a newer Dashkey',
      bytes: Buffer.from('{"schemaVersion": 2, "customers": []}'),
      reason: 'state.json has schemaVersion 2, newer than this version of Dashkey reads (1)',
    },
  ]

  it.each(cases)(
    '$what: kept byte for byte in a .bak, reset to the defaults, reported; updates work',
    async ({ bytes, reason }) => {
      writeFileSync(stateFile, bytes)
      temp.write('catalog/mine.yaml', 'version: 1\n')

      const store = await open()

      expect(store.recovered).not.toBeNull()
      expect(store.recovered!.reason).toMatch(reason)
      expect(backups()).toHaveLength(1)
      expect(store.recovered!.backup).toBe(join(temp.path, backups()[0]!))
      expect(backups()[0]).toMatch(/^state\.json\.\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.bak$/)
      expect(readFileSync(store.recovered!.backup!).equals(bytes)).toBe(true)
      expect(stateOnDisk()).toEqual(defaultState())
      expect(store.read()).toEqual(defaultState())
      // Nothing else in the data folder is touched.
      expect(readFileSync(join(temp.path, 'catalog', 'mine.yaml'), 'utf8')).toBe('version: 1\n')

      await store.update((state) => ({ ...state, customers: [acme] }))
      expect(stateOnDisk().customers).toEqual([acme])

      // Opening again finds a good file: nothing more to report, no second backup.
      const again = await open()
      expect(again.recovered).toBeNull()
      expect(backups()).toHaveLength(1)
    },
  )

  it('a file damaged while the app runs: read() gives the defaults, then it is backed up and reported', async () => {
    const store = await open()
    await store.update((state) => ({ ...state, customers: [acme] }))
    const recoveries: StateRecovery[] = []
    store.onRecovered((recovery) => recoveries.push(recovery))

    writeFileSync(stateFile, '{"schemaVersion": 1, "customers": [')
    expect(store.read()).toEqual(defaultState())

    await waitUntil(() => recoveries.length === 1, 'the recovery is reported')
    expect(recoveries[0]!.reason).toMatch(/^state\.json is not valid JSON/)
    expect(readFileSync(recoveries[0]!.backup!, 'utf8')).toBe('{"schemaVersion": 1, "customers": [')
    expect(stateOnDisk()).toEqual(defaultState())
  })

  it('a file damaged under a watching app: noticed without anyone reading, reported once', async () => {
    const store = await open({ watch: true })
    const recoveries: StateRecovery[] = []
    const changes: State[] = []
    store.onRecovered((recovery) => recoveries.push(recovery))
    store.onChange((state) => changes.push(state))
    await store.update((state) => ({ ...state, customers: [acme] }))

    writeFileSync(stateFile, Buffer.alloc(100))

    await waitUntil(() => recoveries.length > 0, 'the watcher notices the damage')
    await waitUntil(() => changes.at(-1)?.customers.length === 0, 'the reset reaches onChange')
    expect(recoveries).toHaveLength(1)
    expect(backups()).toHaveLength(1)
  })

  it('an update finding a damaged file backs it up first, then applies the change to the defaults', async () => {
    const store = await open()
    writeFileSync(stateFile, 'not json')
    const recoveries: StateRecovery[] = []
    store.onRecovered((recovery) => recoveries.push(recovery))

    const written = await store.update((state) => ({ ...state, customers: [acme] }))

    expect(written.customers).toEqual([acme])
    expect(stateOnDisk().customers).toEqual([acme])
    expect(recoveries).toHaveLength(1)
    expect(readFileSync(recoveries[0]!.backup!, 'utf8')).toBe('not json')
  })
})

describe('with real processes', () => {
  let runnable: Runnable
  beforeAll(async () => {
    runnable = await prepareScript('tests/helpers/state-child.ts')
  }, 60_000)
  afterAll(() => runnable.dispose())

  function start(args: string[]): Child {
    const child = startChild(runnable, [temp.path, ...args])
    children.push(child)
    return child
  }

  const seqOf = (state: State) => Number(/^seq:(\d+)$/.exec(state.settings.browserCommand)?.[1])
  const lastWrite = (child: Child) =>
    Math.max(0, ...child.lines.filter((l) => l.startsWith('wrote ')).map((l) => Number(l.slice(6))))

  it('writers killed with SIGKILL at random moments, 30 times: the file always parses and validates, and keeps every acknowledged write (row 13)', async () => {
    const KILLS = 30
    let killedMidWrite = 0
    let killedHoldingLock = 0
    const temporaries = new Set<string>()
    let acknowledged = 0
    const started = Date.now()

    // The next writer loads while the current one runs, so that start-up costs little.
    let next = start(['churn'])
    for (let kill = 0; kill < KILLS; kill += 1) {
      const writer = next
      await writer.waitForLine((l) => l === 'loaded', 'loaded')
      if (kill < KILLS - 1) next = start(['churn'])
      writer.send('go')
      await writer.waitForLine((l) => l.startsWith('wrote '), 'a first write')
      await sleep(5 + Math.random() * 55)
      const exit = await writer.kill('SIGKILL')
      expect(exit.signal).toBe('SIGKILL')

      // What the killed writer left: its lock, a temporary file half-written…
      if (existsSync(`${stateFile}.lock`)) killedHoldingLock += 1
      const leftovers = readdirSync(temp.path).filter((n) => n.startsWith('state.json.tmp-'))
      if (leftovers.some((name) => !temporaries.has(name))) killedMidWrite += 1
      leftovers.forEach((name) => temporaries.add(name))

      // …but the state file is always a whole state, at least as new as the last write it
      // reported done.
      const state = stateOnDisk()
      expect(seqOf(state)).toBeGreaterThanOrEqual(lastWrite(writer))
      expect(seqOf(state)).toBeGreaterThanOrEqual(acknowledged)
      acknowledged = Math.max(acknowledged, lastWrite(writer))
    }

    // The last writer died holding the lock, perhaps: the next process takes it over at once
    // (its owner is gone) instead of waiting out the 10 s after which a lock counts as stale.
    const before = Date.now()
    const store = await open()
    await store.update((state) => ({ ...state, customers: [acme] }))
    expect(Date.now() - before).toBeLessThan(3_000)
    expect(store.recovered).toBeNull()
    expect(backups()).toEqual([])
    expect(stateOnDisk().customers).toEqual([acme])

    if (verbose) {
      console.info(
        `${KILLS} kills in ${Date.now() - started} ms; last write ${acknowledged}; ` +
          `${killedHoldingLock} while holding the lock, ${killedMidWrite} in the middle of a write`,
      )
    }
    // The kills did land while writing, not only between writes.
    expect(killedHoldingLock).toBeGreaterThan(0)
    // About 15 s on an idle 2-core machine; the room is for a busy one.
  }, 120_000)

  it('three CLI processes and the app update at once, 50 times each: all 200 updates are there, and the app is told at once (row 14)', async () => {
    const N = 50
    const app = await open({ watch: true })
    let latest: State | null = null
    app.onChange((state) => {
      latest = state
    })
    const clis = ['a', 'b', 'c'].map((id) => start(['append', id, String(N)]))
    await Promise.all(clis.map((cli) => cli.waitForLine((l) => l === 'loaded', 'loaded')))
    const started = Date.now()
    clis.forEach((cli) => cli.send('go'))

    for (let i = 0; i < N; i += 1) {
      await app.update((state) => {
        state.customers.push({ name: `app-${i}`, aliases: [], attributes: {}, favourite: false })
        return state
      })
    }
    const exits = await Promise.all(clis.map((cli) => cli.exit))
    expect(exits.map((e) => e.code)).toEqual([0, 0, 0])
    const elapsed = Date.now() - started

    const expected = ['a', 'b', 'c', 'app'].flatMap((id) =>
      Array.from({ length: N }, (_, i) => `${id}-${i}`),
    )
    const names = stateOnDisk().customers.map((c) => c.name)
    expect(names).toHaveLength(4 * N)
    expect(new Set(names)).toEqual(new Set(expected))
    // Each writer's own updates are in its order.
    for (const id of ['a', 'b', 'c', 'app']) {
      const mine = names.filter((name) => name.startsWith(`${id}-`))
      expect(mine).toEqual(Array.from({ length: N }, (_, i) => `${id}-${i}`))
    }
    // The app hears of the CLIs' last writes without reading the file itself.
    await waitUntil(() => latest?.customers.length === 4 * N, 'the app sees all 200 customers')
    if (verbose) console.info(`${4 * N} concurrent updates in ${elapsed} ms`)
  }, 60_000)

  it('the app sees a CLI write within a moment', async () => {
    const app = await open({ watch: true })
    const changes: State[] = []
    app.onChange((state) => changes.push(state))
    const cli = start(['append', 'cli', '1'])
    await cli.waitForLine((l) => l === 'loaded', 'loaded')
    cli.send('go')
    await cli.waitForLine((l) => l === 'wrote 0', 'its write')
    const written = Date.now()
    await waitUntil(() => changes.length > 0, 'onChange after the CLI wrote', 2_000)
    expect(changes.at(-1)!.customers.map((c) => c.name)).toEqual(['cli-0'])
    if (verbose) console.info(`the app heard of the CLI's write ${Date.now() - written} ms later`)
  })
})
