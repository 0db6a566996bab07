/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: Record<string, string | undefined>
  platform: NodeJS.Platform
  /** Opens a URL in a browser; replaced in tests. */
  openUrl: (url: string, browserCommand?: string) => Promise<void>
}

/** A failure the user caused or must fix: one line on stderr and an exit code, never a stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message)
  }
}
