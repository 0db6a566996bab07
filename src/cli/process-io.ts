import { openInBrowser } from '../main/services/launcher'
import type { CliIo } from './io'

/** The real world, for the `dashkey` binary. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    env: process.env,
    platform: process.platform,
    openUrl: openInBrowser,
  }
}
