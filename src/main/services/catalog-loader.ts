import { createHash } from 'node:crypto'
import { readFile, readdir, stat } from 'node:fs/promises'
import { extname, join, relative, isAbsolute } from 'node:path'
import { layerCatalog, type LayeredFile } from '../../shared/catalog/layer'
import {
  MAX_CATALOG_BYTES,
  parseCatalogText,
  type ParseResult,
  type ParsedCatalogFile,
} from '../../shared/catalog/parse'
import type { CatalogProblem } from '../../shared/catalog/problems'
import type { Catalog } from '../../shared/catalog/schema'

const CATALOG_EXTENSIONS = new Set(['.yaml', '.yml', '.json'])

export interface CatalogSources {
  bundledDir: string
  userDir: string
  /** `--catalog PATH` arguments: files or folders, in the user's layer unless they say otherwise. */
  extra?: readonly string[]
}

export interface LoadedCatalog {
  catalog: Catalog
  problems: CatalogProblem[]
  /** Every file that was read, for watching. */
  files: string[]
  /** Files that no longer parse and were layered from their last good version (see `lastGood`). */
  keptFiles: string[]
}

/** The last version of each catalog file that parsed, by the path it was read from. */
export type LastGoodFiles = Map<string, ParsedCatalogFile>

export interface LoadOptions {
  /**
   * With this cache a file that stops parsing (an edit in progress) is layered from its last good
   * version, and its problems say so; without it a bad file is simply skipped. The cache is kept
   * up to date: a file that parses replaces its entry, a file that is gone is forgotten.
   */
  lastGood?: LastGoodFiles
}

/** Appended to a problem whose file is shown from its last good version. */
export const KEPT_NOTE = '(showing the last good version of this file)'

/** Paths are shown relative to the working folder when they sit below it: shorter, still clickable. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path)
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path
}

function fileProblem(path: string, message: string): CatalogProblem {
  return { severity: 'error', file: displayPath(path), line: 1, column: 1, field: '', message }
}

/** Whether a file name is one the loader reads from a catalog folder. */
export function isCatalogFile(name: string): boolean {
  // The JSON Schema beside the bundled catalog is for editors, not a catalog.
  return CATALOG_EXTENSIONS.has(extname(name).toLowerCase()) && !name.endsWith('.schema.json')
}

/** The catalog files of a folder, by name; a missing folder has none. */
export async function listCatalogFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true })
    return entries
      .filter((e) => e.isFile() && isCatalogFile(e.name))
      .map((e) => join(dir, e.name))
      .sort()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

/**
 * The last parse of each file, by path, with a hash of the bytes it was parsed from. Reloading
 * the catalog (the watcher does on every edit of any catalog file) re-parses only the files whose
 * bytes changed: a synced file of 50,000 reports is hashed (tens of ms) instead of parsed and
 * validated again. The result is the same object, so the layering of its entries is reused too
 * (see layer.ts). One entry per path: a file that changes replaces its entry.
 */
const parsedFiles = new Map<string, { hash: string; shown: string; result: ParseResult }>()

/** Forgets every cached parse (for measurements of a cold load). */
export function clearParseCache(): void {
  parsedFiles.clear()
}

/** Reads and parses one file; the size limit is checked before anything is read. */
export async function readCatalogFile(path: string): Promise<ParseResult> {
  try {
    const info = await stat(path)
    if (info.size > MAX_CATALOG_BYTES) {
      const limit = MAX_CATALOG_BYTES / 1024 / 1024
      return {
        ok: false,
        problems: [fileProblem(path, `file is larger than the ${limit} MB limit`)],
      }
    }
    const bytes = await readFile(path)
    const hash = createHash('sha1').update(bytes).digest('hex')
    const shown = displayPath(path)
    const cached = parsedFiles.get(path)
    if (cached !== undefined && cached.hash === hash && cached.shown === shown) return cached.result
    const result = parseCatalogText(bytes.toString('utf8'), shown)
    parsedFiles.set(path, { hash, shown, result })
    return result
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const message =
      code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? String(error)})`
    return { ok: false, problems: [fileProblem(path, message)] }
  }
}

/** A `--catalog` argument: a folder's catalog files, or the file itself. */
async function expandPath(path: string): Promise<string[] | CatalogProblem> {
  try {
    const info = await stat(path)
    return info.isDirectory() ? listCatalogFiles(path) : [path]
  } catch {
    return fileProblem(path, 'no such file or folder (given with --catalog)')
  }
}

/**
 * Parses files; a bad file is reported and skipped while the others load, or, with `lastGood`,
 * layered from its last good version (`kept` lists those).
 */
export async function parseFiles(
  paths: readonly string[],
  layerOf: (declared: LayeredFile['layer']) => LayeredFile['layer'],
  lastGood?: LastGoodFiles,
): Promise<{ files: LayeredFile[]; problems: CatalogProblem[]; kept: string[] }> {
  const results = await Promise.all(
    paths.map(async (path) => ({ path, result: await readCatalogFile(path) })),
  )
  const files: LayeredFile[] = []
  const problems: CatalogProblem[] = []
  const kept: string[] = []
  for (const { path, result } of results) {
    if (result.ok) {
      lastGood?.set(path, result.file)
      files.push({ layer: layerOf(result.file.data.layer), file: result.file })
      continue
    }
    const previous = lastGood?.get(path)
    if (!previous) {
      problems.push(...result.problems)
      continue
    }
    // Half-way through an edit the file says what is wrong, and the catalog keeps what it had.
    kept.push(path)
    files.push({ layer: layerOf(previous.data.layer), file: previous })
    problems.push(...result.problems.map((p) => ({ ...p, message: `${p.message} ${KEPT_NOTE}` })))
  }
  return { files, problems, kept }
}

/**
 * Loads the whole catalog: the bundled files, the user's catalog folder and each `--catalog`
 * path, layered. Problems are returned, never thrown: whatever is valid loads.
 */
export async function loadCatalog(
  sources: CatalogSources,
  options: LoadOptions = {},
): Promise<LoadedCatalog> {
  const { lastGood } = options
  const problems: CatalogProblem[] = []
  const bundledPaths = await listCatalogFiles(sources.bundledDir)
  const userPaths = await listCatalogFiles(sources.userDir)
  const extraPaths: string[] = []
  for (const path of sources.extra ?? []) {
    const expanded = await expandPath(path)
    if (Array.isArray(expanded)) extraPaths.push(...expanded)
    else problems.push(expanded)
  }
  const files = [...bundledPaths, ...userPaths, ...extraPaths]
  // Parses of files no longer read are let go (a removed sync of 50,000 reports is a lot to hold).
  for (const path of parsedFiles.keys()) if (!files.includes(path)) parsedFiles.delete(path)
  // A deleted file is meant to be gone: it must not come back as a "last good version" later.
  if (lastGood) {
    const present = new Set(files)
    for (const path of lastGood.keys()) if (!present.has(path)) lastGood.delete(path)
  }
  const bundled = await parseFiles(bundledPaths, () => 'bundled', lastGood)
  const others = await parseFiles([...userPaths, ...extraPaths], (declared) => declared, lastGood)
  const layered = layerCatalog([...bundled.files, ...others.files])
  return {
    catalog: layered.catalog,
    problems: [...problems, ...bundled.problems, ...others.problems, ...layered.problems],
    files,
    keptFiles: [...bundled.kept, ...others.kept],
  }
}
