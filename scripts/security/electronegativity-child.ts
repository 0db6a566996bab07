// Runs electronegativity in a child process for scripts/security-scan.ts, which starts it with
// execFile (no shell): `node --import tsx scripts/security/electronegativity-child.ts '<job json>'`.
//
// It calls the tool's documented programmatic entry (README "Programmatically", dist/runner.js:
// the same function the CLI calls) and writes its result for each folder as JSON. Not the CLI,
// because in this repository the CLI cannot work as a gate:
//  - it does not start: dist/index.js uses commander 2-6's API but the package does not declare
//    commander, so it loads our commander 14 and dies with "_commander2.default.version is not a
//    function";
//  - with `-o` it drops the list of files it failed to parse (index.js ignores the runner's
//    `errors`), so a file it cannot read would pass silently;
//  - its SARIF has no severity (only note/warning from "manual review"), and its CSV writer
//    writes the header and the rows with two unsynchronised fs.writeFile calls.
import { writeFileSync } from 'node:fs'
import { createRequire, Module } from 'node:module'
import { z } from 'zod'

const JobSchema = z.object({
  electronVersion: z.string().min(1),
  scans: z.array(z.object({ input: z.string(), inputPath: z.string(), output: z.string() })).min(1),
})

/** The subset of the runner's options the gate uses (README "Programmatically"). */
interface RunOptions {
  input: string
  isRelative: boolean
  electronVersionOverride: string
  customScan: string[]
  excludeFromScan: string[]
  parserPlugins: string[]
}
type Run = (options: RunOptions) => Promise<unknown>

const isRun = (value: unknown): value is Run => typeof value === 'function'

async function main(): Promise<void> {
  const job = JobSchema.parse(JSON.parse(process.argv[2] ?? ''))
  const require = createRequire(import.meta.url)
  const packagePath = require.resolve('@doyensec/electronegativity/package.json')
  const toolRequire = createRequire(packagePath)
  const { version: toolVersion } = z.object({ version: z.string() }).parse(toolRequire(packagePath))

  // Its i18n module downloads translations from S3 on every run (dist/locales/i18n.js, 1 s
  // timeout, seconds more without DNS) and merges them into its messages. The test run stays
  // offline and deterministic: `got` answers "offline", and it keeps its bundled en-US texts.
  // AvailableSecurityFixesGlobalCheck, the only other user of `got`, is excluded below.
  const gotPath = toolRequire.resolve('got')
  const offline = new Module(gotPath)
  offline.exports = () => Promise.reject(new Error('offline: the security scan does not fetch'))
  offline.loaded = true
  require.cache[gotPath] = offline

  const run: unknown = toolRequire(packagePath.replace(/package\.json$/, 'dist/runner.js'))
  if (!isRun(run)) throw new Error('electronegativity dist/runner.js exports no function')

  for (const scan of job.scans) {
    const result = await run({
      input: scan.inputPath,
      isRelative: true,
      electronVersionOverride: job.electronVersion,
      customScan: [],
      // It fetches Electron's release list from GitHub to judge the Electron version it finds in
      // a package.json or lockfile; src/ and out/ hold neither, so it could only ever fetch.
      // Whether Electron ~45.5 has security fixes pending is npm's and Dependabot's job.
      excludeFromScan: ['availablesecurityfixesglobalcheck'],
      parserPlugins: [],
    })
    const file = {
      tool: 'electronegativity',
      toolVersion,
      electronVersion: job.electronVersion,
      input: scan.input,
      inputPath: scan.inputPath,
      result,
    }
    writeFileSync(scan.output, `${JSON.stringify(file, null, 2)}\n`)
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
  process.exitCode = 2
})
