// SECURITY.md row 11: electronegativity on src/ and the build output, and no finding above LOW that
// security/electronegativity-allow.json does not explain. Run after a build:
//   "security": "electron-vite build && tsx scripts/security-scan.ts"
//
// Decisions, for the reviewer:
//  - What runs. The tool (node_modules/@doyensec/electronegativity, the installed version) runs in
//    a child process started with execFile, no shell, through its documented programmatic entry;
//    its CLI does not start in this repository and with -o would hide parse errors (the reasons
//    are at the top of scripts/security/electronegativity-child.ts). `-e`: the Electron version
//    in node_modules/electron/package.json, so its version-dependent defaults are today's.
//  - src/ as TypeScript works. The tool parses .ts/.tsx with the hoisted @babel/parser 7.x, which
//    reads our syntax; the old typescript-estree 4 / TypeScript 4.2 it bundles is only a fallback.
//    Any file it cannot parse is printed and fails the run. It resolves no variables in TS files,
//    though (a stub scope), so the same code is also scanned as the built JavaScript in out/,
//    where it does, together with out/renderer/index.html and its CSP.
//  - Blind spots are printed, not passed over: it skips .cjs/.mjs (out/preload/index.cjs is
//    covered by src/preload/*.ts), and its BrowserWindow checks see only `new BrowserWindow(…)`
//    or `new BrowserView(…)` spelled out.
//  - The build. The npm script always builds first (electron-vite takes seconds); this script
//    refuses an out/ that is missing or older than src/ rather than scan stale code.
//  - Severity. It emits INFORMATIONAL, LOW, MEDIUM, HIGH (CRITICAL is accepted too); MEDIUM and up
//    fail unless allowed, whatever the confidence (scripts/security/findings.ts, isAboveLow).
//  - Allow-list entries that match no finding are printed as stale; they do not fail the run.
import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, resolve, sep } from 'node:path'
import { promisify } from 'node:util'
import { z } from 'zod'
import {
  formatEntry,
  judge,
  parseAllowList,
  summaryLine,
  type AllowEntry,
} from './security/allow-list'
import { countWindowConstructions, isScanned, skippedScripts } from './security/coverage'
import { formatFinding, formatProblem, parseScanFile, type ScanOutput } from './security/findings'

const root = resolve(import.meta.dirname, '..')
const INPUTS = ['src', 'out'] as const
const ALLOW_LIST = 'security/electronegativity-allow.json'
const CHILD = 'scripts/security/electronegativity-child.ts'
/** Inputs of the build besides src/: a change here also makes out/ stale. */
const BUILD_CONFIG = ['electron.vite.config.ts']

class GateError extends Error {}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(join(root, dir), { recursive: true, withFileTypes: true }).catch(
    (error: unknown) => {
      if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return []
      throw error
    },
  )
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
}

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(join(root, path), 'utf8'))
}

async function readAllowList(): Promise<AllowEntry[]> {
  try {
    return parseAllowList(await readJson(ALLOW_LIST))
  } catch (error) {
    throw new GateError(`${ALLOW_LIST}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

async function electronVersion(): Promise<string> {
  const { version } = z
    .object({ version: z.string().regex(/^\d+\.\d+\.\d+/) })
    .parse(await readJson('node_modules/electron/package.json'))
  return version
}

async function mtimes(paths: readonly string[]): Promise<number[]> {
  return Promise.all(paths.map(async (path) => (await stat(join(root, path))).mtimeMs))
}

/** The build must exist and be newer than every source file and the build config. */
async function checkBuild(sources: readonly string[], built: readonly string[]): Promise<void> {
  if (built.length === 0) {
    throw new GateError('out/ is missing or empty: run `npx electron-vite build` first')
  }
  const newestSource = Math.max(...(await mtimes([...sources, ...BUILD_CONFIG])))
  const oldestBuilt = Math.min(...(await mtimes(built)))
  if (oldestBuilt < newestSource) {
    throw new GateError(
      'out/ is older than src/: run `npx electron-vite build` first (`npm run security` does)',
    )
  }
}

async function runTool(version: string, dir: string): Promise<ScanOutput[]> {
  const scans = INPUTS.map((input) => ({
    input,
    inputPath: join(root, input),
    output: join(dir, `${input}.json`),
  }))
  const job = JSON.stringify({ electronVersion: version, scans })
  const run = promisify(execFile)
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', CHILD, job], {
      cwd: root,
      timeout: 5 * 60_000,
      maxBuffer: 16 * 1024 * 1024,
    })
    // Its own chatter; the translation notice is expected (the child keeps it offline).
    const chatter = `${stdout}${stderr}`
      .split('\n')
      .filter((line) => line.trim() !== '')
      .filter(
        (line) => line.trim() !== 'Could not retrieve updated translations for the current locale',
      )
    for (const line of chatter) console.log(`electronegativity says: ${line}`)
  } catch (error) {
    const detail = z
      .object({ stdout: z.string().optional(), stderr: z.string().optional() })
      .safeParse(error)
    const output = detail.success ? `${detail.data.stdout ?? ''}${detail.data.stderr ?? ''}` : ''
    const message = error instanceof Error ? error.message : String(error)
    throw new GateError(`electronegativity crashed: ${output.trim() || message}`)
  }
  return Promise.all(
    scans.map(async (scan) => {
      try {
        return parseScanFile(JSON.parse(await readFile(scan.output, 'utf8')))
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        throw new GateError(
          `electronegativity left no usable result for ${scan.input}/: ${message}`,
        )
      }
    }),
  )
}

async function main(): Promise<boolean> {
  const version = await electronVersion()
  const entries = await readAllowList()
  const files = new Map<string, string[]>()
  for (const input of INPUTS) files.set(input, await listFiles(input))
  await checkBuild(files.get('src') ?? [], files.get('out') ?? [])

  const warnings: string[] = []
  for (const [input, paths] of files) {
    const scanned = paths.filter(isScanned)
    if (scanned.length === 0) throw new GateError(`${input}/ holds no file electronegativity reads`)
    for (const path of skippedScripts(paths)) {
      warnings.push(`${path}: not scanned (electronegativity reads no .cjs/.mjs/.cts/.mts)`)
    }
    const sources = await Promise.all(
      scanned
        .filter((path) => !/\.html?$/.test(path))
        .map((path) => readFile(join(root, path), 'utf8')),
    )
    if (sources.every((source) => countWindowConstructions(source) === 0)) {
      warnings.push(
        `${input}/: no \`new BrowserWindow(…)\` or \`new BrowserView(…)\`, so electronegativity's ` +
          'window checks (contextIsolation, sandbox, nodeIntegration, preload, webSecurity…) saw no window',
      )
    }
  }

  const dir = await mkdtemp(join(tmpdir(), 'dashkey-electronegativity-'))
  let outputs: ScanOutput[]
  try {
    console.log(
      `electronegativity: scanning ${INPUTS.map((i) => `${i}/`).join(' and ')} as Electron ${version}`,
    )
    outputs = await runTool(version, dir)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }

  const verdict = judge(
    outputs.flatMap((output) => output.findings),
    entries,
  )
  const problems = outputs.flatMap((output) => output.problems)

  for (const warning of warnings) console.log(`warning: ${warning}`)
  for (const entry of verdict.stale) {
    console.log(
      `warning: stale allow-list entry in ${ALLOW_LIST}, it matches no finding: ${formatEntry(entry)}`,
    )
  }
  for (const finding of verdict.findings.filter((f) => !verdict.aboveLow.includes(f))) {
    console.log(`below the bar: ${formatFinding(finding)}`)
  }
  for (const { finding, entry } of verdict.allowed) {
    console.log(`allowed by ${formatEntry(entry)}: ${formatFinding(finding)}`)
  }
  // One stream, so the failures print in order, next to the summary.
  for (const problem of problems) console.log(`error: ${formatProblem(problem)}`)
  for (const finding of verdict.failing) console.log(formatFinding(finding))

  const toolVersion = outputs[0]?.toolVersion ?? '?'
  console.log(summaryLine(toolVersion, INPUTS, verdict))
  const unchecked = new Set(problems.map((problem) => problem.file)).size
  if (unchecked > 0) {
    console.error(
      `security scan failed: electronegativity could not fully check ${unchecked} file(s)`,
    )
  }
  if (verdict.failing.length > 0) {
    console.error(
      `security scan failed: fix each finding above, or explain it in ${ALLOW_LIST} ` +
        '({ check, file, reason }) once reviewed',
    )
  }
  return problems.length === 0 && verdict.failing.length === 0
}

main().then(
  (ok) => {
    process.exitCode = ok ? 0 : 1
  },
  (error: unknown) => {
    const message =
      error instanceof GateError
        ? error.message
        : error instanceof Error
          ? error.stack
          : String(error)
    console.error(`security scan failed: ${message}`)
    process.exitCode = 1
  },
)
