import { run } from './main'
import { processIo } from './process-io'

/** Entry point of the `dashkey` binary (bin/dashkey.js). */
export async function main(): Promise<void> {
  process.exitCode = await run(process.argv.slice(2), processIo())
}
