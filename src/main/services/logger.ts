import { mkdirSync, renameSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import electronLog from 'electron-log/node'

/** The app's log: one line per call, with the time and the level. */
export interface Logger {
  info(message: string): void
  warn(message: string): void
  error(message: string): void
  /** The file being written, for "show the log" and bug reports. */
  readonly file: string
}

export interface LoggerOptions {
  /** The log is rotated once it grows past this size. */
  maxBytes?: number
  /** How many rotated files to keep: `main.1.log` (the newest) to `main.<archives>.log`. */
  archives?: number
  /** Also print to the console (off in tests and in the packaged app). */
  console?: boolean
}

const DEFAULT_MAX_BYTES = 1024 * 1024
const DEFAULT_ARCHIVES = 3
const FILE_NAME = 'main.log'

/** `main.log` -> `main.1.log`, `main.1.log` -> `main.2.log`…; the oldest is deleted. */
function rotate(logsDir: string, archives: number): void {
  const archive = (n: number) => join(logsDir, `main.${n}.log`)
  rmSync(archive(archives), { force: true })
  for (let n = archives - 1; n >= 1; n--) {
    try {
      renameSync(archive(n), archive(n + 1))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
  renameSync(join(logsDir, FILE_NAME), archive(1))
}

/**
 * A rotated log at `<logsDir>/main.log` (the folder is created). Each call makes an independent
 * electron-log instance, so the app, the CLI and tests can each have their own; it needs no
 * Electron, only Node.
 */
export function createLogger(logsDir: string, options: LoggerOptions = {}): Logger {
  const dir = resolve(logsDir)
  const file = join(dir, FILE_NAME)
  const archives = Math.max(1, options.archives ?? DEFAULT_ARCHIVES)
  mkdirSync(dir, { recursive: true })
  // electron-log keeps instances by id; one id per file means a second logger on the same file
  // replaces the first in that table instead of adding to it.
  const log = electronLog.create({ logId: `dashkey:${file}` })
  log.transports.console.level = options.console ? 'info' : false
  const transport = log.transports.file
  transport.resolvePathFn = () => file
  transport.maxSize = options.maxBytes ?? DEFAULT_MAX_BYTES
  transport.format = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}] [{level}] {text}'
  transport.archiveLogFn = (current) => {
    try {
      rotate(dir, archives)
    } catch {
      // Renaming can fail (on Windows another program may hold the file open); emptying it still
      // keeps the log from growing without bound.
      current.clear()
    }
  }
  return {
    info: (message) => log.info(message),
    warn: (message) => log.warn(message),
    error: (message) => log.error(message),
    file,
  }
}
