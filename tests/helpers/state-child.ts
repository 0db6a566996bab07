// A separate process using the real state store, for the tests that kill writers or run several
// at once (tests/unit/services/state-faults.test.ts). Started through tests/helpers/child.ts.
//
//   state-child.ts <dataDir> churn         rewrite a large state in a loop until killed
//   state-child.ts <dataDir> append <id> <n>   append customers <id>-0 … <id>-<n-1>, one update each
//
// It prints `loaded` once its modules are in, then waits for a `go` line on stdin before opening
// the store, so that tests can start it early and let it loose at the right moment. It prints
// `wrote <n>` after each update has resolved: that write is on disk.
import { createInterface } from 'node:readline'
import { openStateStore } from '../../src/main/services/state-store'
import type { State } from '../../src/shared/state/schema'

const [dataDir, mode, id = 'w', count = '50'] = process.argv.slice(2)
if (!dataDir || (mode !== 'churn' && mode !== 'append')) {
  process.stderr.write('usage: state-child.ts <dataDir> churn | append <id> <n>\n')
  process.exit(2)
}

const SEQ = /^seq:(\d+)$/

/** The churn writer's counter lives in a string setting, so any state can carry it. */
function seqOf(state: State): number {
  return Number(SEQ.exec(state.settings.browserCommand)?.[1] ?? 0)
}

/** A state of about 150 kB, so that a write takes long enough to be killed in. */
function bigState(state: State, seq: number): State {
  state.settings.browserCommand = `seq:${seq}`
  state.customers = Array.from({ length: 150 }, (_, i) => ({
    name: `Customer ${i} of write ${seq}`,
    aliases: [`c${i}`, `customer-${i}`],
    attributes: { instance: `instance-${i}-${seq}`, region: 'eu-west-1' },
    favourite: i % 7 === 0,
  }))
  state.usage = Array.from({ length: 800 }, (_, i) => ({
    query: `query ${i} ${seq}`,
    report: `looker-dashboard-${i}`,
    weight: (i % 13) + 0.5,
    at: 1_700_000_000_000 + seq,
  }))
  return state
}

const say = (line: string) => process.stdout.write(`${line}\n`)

async function main(): Promise<void> {
  const lines = createInterface({ input: process.stdin })
  say('loaded')
  await new Promise<void>((resolve) => {
    lines.on('line', (line) => {
      if (line.trim() === 'go') resolve()
    })
  })
  const store = await openStateStore({ dataDir: dataDir! })
  say('open')
  if (mode === 'churn') {
    for (;;) {
      const written = await store.update((state) => bigState(state, seqOf(state) + 1))
      say(`wrote ${seqOf(written)}`)
    }
  }
  for (let i = 0; i < Number(count); i += 1) {
    await store.update((state) => {
      state.customers.push({ name: `${id}-${i}`, aliases: [], attributes: {}, favourite: false })
      return state
    })
    say(`wrote ${i}`)
  }
  await store.close()
  lines.close()
  say('done')
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  )
  process.exit(1)
})
