import { readFile, readdir, stat } from 'node:fs/promises'
import { extname, join, relative, isAbsolute } from 'node:path'
import { layerCatalog, type LayeredFile } from '../../shared/catalog/layer'
import { MAX_CATALOG_BYTES, parseCatalogText, type ParseResult } from '../../shared/catalog/parse'
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
}

/** Paths are shown relative to the working folder when they sit below it: shorter, still clickable. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path)
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path
}

function fileProblem(path: string, message: string): CatalogProblem {
  return { severity: 'error', file: displayPath(path), line: 1, column: 1, field: '', message }
}

function isCatalogFile(name: string): boolean {
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
    return parseCatalogText(await readFile(path, 'utf8'), displayPath(path))
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

/** Parses files; a bad file is reported and skipped while the others load. */
export async function parseFiles(
  paths: readonly string[],
  layerOf: (declared: LayeredFile['layer']) => LayeredFile['layer'],
): Promise<{ files: LayeredFile[]; problems: CatalogProblem[] }> {
  const results = await Promise.all(paths.map(readCatalogFile))
  const files: LayeredFile[] = []
  const problems: CatalogProblem[] = []
  for (const result of results) {
    if (result.ok) files.push({ layer: layerOf(result.file.data.layer), file: result.file })
    else problems.push(...result.problems)
  }
  return { files, problems }
}

/**
 * Loads the whole catalog: the bundled files, the user's catalog folder and each `--catalog`
 * path, layered. Problems are returned, never thrown: whatever is valid loads.
 */
export async function loadCatalog(sources: CatalogSources): Promise<LoadedCatalog> {
  const problems: CatalogProblem[] = []
  const bundledPaths = await listCatalogFiles(sources.bundledDir)
  const userPaths = await listCatalogFiles(sources.userDir)
  const extraPaths: string[] = []
  for (const path of sources.extra ?? []) {
    const expanded = await expandPath(path)
    if (Array.isArray(expanded)) extraPaths.push(...expanded)
    else problems.push(expanded)
  }
  const bundled = await parseFiles(bundledPaths, () => 'bundled')
  const others = await parseFiles([...userPaths, ...extraPaths], (declared) => declared)
  const layered = layerCatalog([...bundled.files, ...others.files])
  return {
    catalog: layered.catalog,
    problems: [...problems, ...bundled.problems, ...others.problems, ...layered.problems],
    files: [...bundledPaths, ...userPaths, ...extraPaths],
  }
}
