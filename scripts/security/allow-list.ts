// The reviewed allow-list of security/electronegativity-allow.json and how findings are held
// against it. Pure: the caller reads the file and prints the verdict.
import { z } from 'zod'
import { isAboveLow, type Finding } from './findings'

/**
 * `[{ "check": "<CHECK_ID>", "file": "<path or glob, repo-relative>", "reason": "<why>" }]`.
 * Globs: `*` (within a folder), `**` (across folders), `?`, `{a,b}`. A global check (no file)
 * is matched by the folder it ran on: `src` or `out`.
 */
export const AllowEntrySchema = z.strictObject({
  check: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]*$/, 'a check id as the tool prints it, e.g. PRELOAD_JS_CHECK'),
  file: z
    .string()
    .min(1)
    .refine((file) => !file.includes('\\'), 'use / in paths')
    .refine(
      (file) => !file.startsWith('/') && !file.startsWith('./'),
      'relative to the repo, no ./',
    ),
  reason: z
    .string()
    .trim()
    .min(20, 'say what was reviewed and why it is safe, in a sentence at least'),
})
export type AllowEntry = z.infer<typeof AllowEntrySchema>

export const AllowListSchema = z.array(AllowEntrySchema)

/** Parses the allow-list's JSON value; throws a readable message when an entry is malformed. */
export function parseAllowList(raw: unknown): AllowEntry[] {
  const parsed = AllowListSchema.safeParse(raw)
  if (!parsed.success) {
    throw new Error(`invalid allow-list:\n${z.prettifyError(parsed.error)}`)
  }
  return parsed.data
}

/** A path glob as a whole-string regular expression. */
export function globToRegExp(glob: string): RegExp {
  let source = ''
  let inBraces = false
  for (let i = 0; i < glob.length; i++) {
    const char = glob.charAt(i)
    if (char === '*' && glob.charAt(i + 1) === '*') {
      i++
      if (glob.charAt(i + 1) === '/') {
        i++
        source += '(?:.*/)?'
      } else {
        source += '.*'
      }
    } else if (char === '*') {
      source += '[^/]*'
    } else if (char === '?') {
      source += '[^/]'
    } else if (char === '{' && !inBraces) {
      inBraces = true
      source += '(?:'
    } else if (char === '}' && inBraces) {
      inBraces = false
      source += ')'
    } else if (char === ',' && inBraces) {
      source += '|'
    } else {
      source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&')
    }
  }
  if (inBraces) throw new Error(`unclosed { in glob ${glob}`)
  return new RegExp(`^${source}$`)
}

export function covers(entry: AllowEntry, finding: Finding): boolean {
  return entry.check === finding.check && globToRegExp(entry.file).test(finding.file)
}

export interface Verdict {
  findings: Finding[]
  /** Findings above LOW. */
  aboveLow: Finding[]
  /** Findings above LOW that an entry explains, with the first such entry. */
  allowed: { finding: Finding; entry: AllowEntry }[]
  /** Findings above LOW that nothing explains: the gate fails on these. */
  failing: Finding[]
  /** Entries that match no finding at all: the code changed, or the entry is mistyped. */
  stale: AllowEntry[]
}

export function judge(findings: readonly Finding[], entries: readonly AllowEntry[]): Verdict {
  const aboveLow = findings.filter((finding) => isAboveLow(finding.severity))
  const allowed: Verdict['allowed'] = []
  const failing: Finding[] = []
  for (const finding of aboveLow) {
    const entry = entries.find((candidate) => covers(candidate, finding))
    if (entry) allowed.push({ finding, entry })
    else failing.push(finding)
  }
  const stale = entries.filter((entry) => !findings.some((finding) => covers(entry, finding)))
  return { findings: [...findings], aboveLow, allowed, failing, stale }
}

export function formatEntry(entry: AllowEntry): string {
  return `{ check: ${entry.check}, file: ${entry.file} }`
}

export function summaryLine(
  toolVersion: string,
  inputs: readonly string[],
  verdict: Verdict,
): string {
  const on = inputs.map((input) => `${input}/`).join(' and ')
  return (
    `electronegativity ${toolVersion} on ${on}: ${verdict.findings.length} findings, ` +
    `${verdict.aboveLow.length} above LOW, ${verdict.allowed.length} allowed, ` +
    `${verdict.failing.length} failing`
  )
}
