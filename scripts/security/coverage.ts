// What electronegativity 1.10 can and cannot see, so a scan that looked at nothing does not pass
// quietly. Pure: the caller lists the files and reads them.

/** The extensions its directory loader picks up (dist/util/file.js, list_files). */
const SCANNED = new Set(['js', 'jsx', 'ts', 'tsx', 'html', 'htm'])
/** Script extensions it skips without a word: the sandboxed preload bundle is `.cjs`. */
const SKIPPED_SCRIPTS = new Set(['cjs', 'mjs', 'cts', 'mts'])

function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1)
  const dot = name.lastIndexOf('.')
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase()
}

export function isScanned(path: string): boolean {
  return !path.includes('node_modules') && SCANNED.has(extensionOf(path))
}

/** Scripts in the input that the tool will not read at all. */
export function skippedScripts(paths: readonly string[]): string[] {
  return paths.filter(
    (path) => !path.includes('node_modules') && SKIPPED_SCRIPTS.has(extensionOf(path)),
  )
}

/**
 * Its BrowserWindow checks (CONTEXT_ISOLATION_JS_CHECK, SANDBOX_JS_CHECK, NODE_INTEGRATION_JS_CHECK,
 * PRELOAD_JS_CHECK, AUXCLICK_JS_CHECK…) match a `new` expression whose callee is literally named
 * `BrowserWindow` or `BrowserView`; `new Window(…)` with an injected constructor is invisible.
 */
export const WINDOW_CHECKS_SEE = /\bnew\s+(?:BrowserWindow|BrowserView)\s*\(/g

export function countWindowConstructions(source: string): number {
  return source.match(WINDOW_CHECKS_SEE)?.length ?? 0
}
