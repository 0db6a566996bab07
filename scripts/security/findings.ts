// The pure half of the electronegativity gate (SECURITY.md row 11): the tool's result → findings,
// and how a finding is printed. No I/O here; scripts/security-scan.ts does the running and reading.
import { z } from 'zod'

/**
 * electronegativity 1.10 knows exactly these (dist/finder/attributes.js). An unknown name fails the
 * parse, so a new level in a future version stops the gate instead of slipping under it.
 */
export const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const
export type Severity = (typeof SEVERITIES)[number]
export const CONFIDENCES = ['TENTATIVE', 'FIRM', 'CERTAIN'] as const
export type Confidence = (typeof CONFIDENCES)[number]

/**
 * The gate: anything above LOW. Confidence does not lower the bar: the tool rates
 * OPEN_EXTERNAL_JS_CHECK TENTATIVE, and that call is exactly where CVE-2023-42222 lived. A
 * tentative MEDIUM is fixed or explained in the allow-list like any other.
 */
export function isAboveLow(severity: Severity): boolean {
  return severity !== 'INFORMATIONAL' && severity !== 'LOW'
}

export interface Finding {
  check: string
  severity: Severity
  confidence: Confidence
  /** Repo-relative, `/`-separated. For a global check with no file, the scanned folder itself. */
  file: string
  /** null for a global check that points at no line. */
  line: number | null
  column: number | null
  description: string
  /** The tool marks some checks "review required": it cannot tell safe from unsafe use. */
  manualReview: boolean
  sample?: string
}

/** A file electronegativity failed on: it was not (fully) checked, so the gate cannot pass. */
export interface ToolProblem {
  file: string
  message: string
  /** The tool's "tolerable" parse errors: parsed with recovery, the syntax tree may miss parts. */
  tolerable: boolean
}

export interface ScanOutput {
  toolVersion: string
  electronVersion: string
  /** The scanned folder, repo-relative: `src` or `out`. */
  input: string
  findings: Finding[]
  problems: ToolProblem[]
}

const level = <T extends readonly [string, ...string[]]>(names: T) =>
  z.looseObject({ name: z.enum(names) })

/** One issue as electronegativity's runner returns it (the fields the gate reads; others pass). */
const IssueSchema = z.looseObject({
  id: z.string().min(1),
  file: z.string().min(1),
  location: z.object({ line: z.number().int(), column: z.number().int() }).optional(),
  description: z.string(),
  severity: level(SEVERITIES),
  confidence: level(CONFIDENCES),
  manualReview: z.boolean().optional(),
  sample: z.string().optional(),
})

const ErrorSchema = z.looseObject({
  file: z.string(),
  message: z.string(),
  tolerable: z.boolean(),
})

/**
 * What scripts/security/electronegativity-child.ts writes per scanned folder: the runner's own
 * result (README "Programmatically": `{ globalChecks, atomicChecks, errors, issues }`, the
 * severity and confidence objects minus their `format` functions) in a small envelope.
 */
export const ScanFileSchema = z.object({
  tool: z.literal('electronegativity'),
  toolVersion: z.string().min(1),
  electronVersion: z.string().min(1),
  input: z.string().min(1),
  inputPath: z.string().min(1),
  result: z.looseObject({
    globalChecks: z.number().int().positive(),
    atomicChecks: z.number().int().positive(),
    errors: z.array(ErrorSchema),
    issues: z.array(IssueSchema),
  }),
})
export type ScanFile = z.input<typeof ScanFileSchema>

const toPosix = (path: string): string => path.replaceAll('\\', '/')

function joinPosix(dir: string, file: string): string {
  const head = toPosix(dir).replace(/\/+$/, '')
  const tail = toPosix(file).replace(/^(\.\/)+/, '')
  return head === '' || head === '.' ? tail : `${head}/${tail}`
}

/** The runner reports parse errors with absolute paths; issues relative to the input (`-r`). */
function relativeToInput(file: string, inputPath: string, input: string): string {
  const absolute = toPosix(file)
  const root = toPosix(inputPath).replace(/\/+$/, '')
  if (absolute === root) return toPosix(input)
  if (absolute.startsWith(`${root}/`)) return joinPosix(input, absolute.slice(root.length + 1))
  return absolute
}

const byPosition = (a: Finding, b: Finding): number =>
  a.file.localeCompare(b.file) ||
  (a.line ?? 0) - (b.line ?? 0) ||
  (a.column ?? 0) - (b.column ?? 0) ||
  a.check.localeCompare(b.check)

/** Parses one scan file; throws with the schema's complaint when it is not what the tool writes. */
export function parseScanFile(raw: unknown): ScanOutput {
  const parsed = ScanFileSchema.safeParse(raw)
  if (!parsed.success) {
    throw new Error(`unexpected electronegativity output:\n${z.prettifyError(parsed.error)}`)
  }
  const { toolVersion, electronVersion, input, inputPath, result } = parsed.data
  const findings = result.issues.map((issue): Finding => {
    // Global checks (navigation limits, permission handler, no CSP…) have no file: "N/A".
    const global = issue.file === 'N/A'
    const line = global || !issue.location ? null : Math.max(issue.location.line, 1)
    return {
      check: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: global ? toPosix(input) : joinPosix(input, issue.file),
      line,
      column: line === null || !issue.location ? null : issue.location.column + 1,
      description: issue.description,
      manualReview: issue.manualReview ?? false,
      ...(issue.sample === undefined ? {} : { sample: issue.sample }),
    }
  })
  const problems = result.errors.map((error): ToolProblem => ({
    file: relativeToInput(error.file, inputPath, input),
    message: error.message,
    tolerable: error.tolerable,
  }))
  return { toolVersion, electronVersion, input, findings: findings.sort(byPosition), problems }
}

/** `file:line: CHECK (SEVERITY): description (confidence …[, manual review])`. */
export function formatFinding(finding: Finding): string {
  const where = finding.line === null ? `${finding.file}/` : `${finding.file}:${finding.line}`
  const notes = [
    `confidence ${finding.confidence}`,
    ...(finding.manualReview ? ['manual review'] : []),
    ...(finding.line === null ? [`global check over ${finding.file}/`] : []),
  ]
  return `${where}: ${finding.check} (${finding.severity}): ${finding.description} (${notes.join(', ')})`
}

export function formatProblem(problem: ToolProblem): string {
  return problem.tolerable
    ? `${problem.file}: electronegativity parsed this file only with recovery, so its checks may have missed code: ${problem.message}`
    : `${problem.file}: electronegativity could not parse or check this file, so it was not scanned: ${problem.message}`
}
