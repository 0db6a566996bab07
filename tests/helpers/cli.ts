import { run } from '../../src/cli/main'
import type { CliIo } from '../../src/cli/io'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
  opened: { url: string; browserCommand?: string }[]
}

/** Runs `dashkey …` in-process against a data folder, recording what it would open. */
export async function dashkey(
  args: string[],
  env: Record<string, string | undefined>,
  openUrl?: CliIo['openUrl'],
): Promise<CliRun> {
  const out: string[] = []
  const err: string[] = []
  const opened: CliRun['opened'] = []
  const code = await run(args, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    env,
    platform: 'linux',
    openUrl:
      openUrl ??
      (async (url, browserCommand) => {
        opened.push({ url, ...(browserCommand ? { browserCommand } : {}) })
      }),
  })
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), opened }
}
