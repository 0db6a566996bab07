// A stand-in browser for tests: records the arguments it was started with, one JSON line each.
import { appendFileSync } from 'node:fs'
import process from 'node:process'

appendFileSync(
  process.env.DASHKEY_RECORD_FILE ?? 'opened.jsonl',
  `${JSON.stringify(process.argv.slice(2))}\n`,
)
