import { spawn } from 'node:child_process'
import open from 'open'
import { buildUrl } from '../../shared/url/build-url'
import type { FilterValues } from '../../shared/url/types'
import type { Report } from '../../shared/catalog/schema'
import { parseBrowserCommand } from './browser-command'

export type LaunchResult =
  { ok: true; url: string; warnings: string[] } | { ok: false; error: string }

/** Starts a program with the URL as its last, single argument: no shell, nothing interpolated. */
function spawnBrowser(file: string, args: readonly string[], url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...args, url], { stdio: 'ignore', detached: true, shell: false })
    child.once('error', reject)
    child.once('spawn', () => {
      child.off('error', reject)
      child.unref()
      resolve()
    })
  })
}

/** Opens a URL in the browser command given, else the system's default browser. */
export async function openInBrowser(url: string, browserCommand?: string): Promise<void> {
  if (!browserCommand?.trim()) {
    await open(url)
    return
  }
  const command = parseBrowserCommand(browserCommand)
  if (!command.ok) throw new Error(command.error)
  await spawnBrowser(command.file, command.args, url)
}

export interface LaunchOptions {
  browserCommand?: string
  /** Replaced in tests; the real one opens a browser. */
  opener?: (url: string, browserCommand?: string) => Promise<void>
}

/**
 * Builds the report's URL, checks it (https, a host its catalog file declares) and opens it.
 * This is the only way a URL reaches a browser, so nothing unchecked can be opened.
 */
export async function launchReport(
  report: Report,
  values: FilterValues,
  options: LaunchOptions = {},
): Promise<LaunchResult> {
  const built = buildUrl(report, values)
  if (!built.ok) return built
  const opener = options.opener ?? openInBrowser
  try {
    await opener(built.url, options.browserCommand)
    return built
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const how = options.browserCommand
      ? `the browser command "${options.browserCommand}"`
      : 'the default browser'
    return { ok: false, error: `could not open ${how}: ${reason}` }
  }
}
