import { describe, expect, it } from 'vitest'
import {
  formatEntry,
  globToRegExp,
  judge,
  parseAllowList,
  summaryLine,
  type AllowEntry,
} from '../../../scripts/security/allow-list'
import {
  countWindowConstructions,
  isScanned,
  skippedScripts,
} from '../../../scripts/security/coverage'
import {
  formatFinding,
  formatProblem,
  isAboveLow,
  parseScanFile,
  type Finding,
  type ScanFile,
} from '../../../scripts/security/findings'

/** Trimmed from a real run of electronegativity 1.10.3's runner on src/ (extra fields kept). */
function sample(): ScanFile {
  return {
    tool: 'electronegativity',
    toolVersion: '1.10.3',
    electronVersion: '45.5.0',
    input: 'src',
    inputPath: '/repo/src',
    result: {
      globalChecks: 5,
      atomicChecks: 36,
      errors: [
        { file: '/repo/src/main/odd.ts', message: 'Unexpected token (3:7)', tolerable: false },
      ],
      issues: [
        {
          file: 'renderer/index.html',
          location: { line: 5, column: 0 },
          id: 'CSP_GLOBAL_CHECK',
          description: 'One or more CSP directives detected seems to be vulnerable',
          severity: { value: 1, name: 'LOW' },
          confidence: { value: 1, name: 'FIRM' },
          sample: "default-src 'self'; script-src 'self'",
          manualReview: true,
        },
        {
          file: 'N/A',
          location: { line: 0, column: 0 },
          id: 'LIMIT_NAVIGATION_GLOBAL_CHECK',
          description: 'Missing navigation limits using .on new-window and will-navigate events',
          severity: { value: 3, name: 'HIGH' },
          confidence: { value: 2, name: 'CERTAIN' },
          manualReview: false,
        },
        {
          file: 'main/index.ts',
          sample: 'preload: join(here, "../preload/index.cjs"),',
          location: { line: 12, column: 6 },
          id: 'PRELOAD_JS_CHECK',
          description: 'Review the use of preload scripts',
          severity: { value: 2, name: 'MEDIUM' },
          confidence: { value: 1, name: 'FIRM' },
          manualReview: true,
          visibility: { excludesGlobal: [], inlineDisabled: false, globalCheckDisabled: false },
          constructorName: 'PreloadJSCheck',
        },
        {
          file: 'main/index.ts',
          location: { line: 97, column: 61 },
          id: 'OPEN_EXTERNAL_JS_CHECK',
          description: 'Review the use of openExternal',
          severity: { value: 2, name: 'MEDIUM' },
          confidence: { value: 0, name: 'TENTATIVE' },
          manualReview: true,
        },
      ],
    },
  }
}

const entry = (check: string, file: string): AllowEntry => ({
  check,
  file,
  reason: 'reviewed: the flagged use is safe for a concrete reason',
})

describe('parseScanFile', () => {
  const output = parseScanFile(sample())

  it('turns issues into repo-relative findings, sorted by file and line', () => {
    expect(output.toolVersion).toBe('1.10.3')
    expect(output.findings.map((f) => [f.file, f.line, f.column, f.check])).toEqual([
      ['src', null, null, 'LIMIT_NAVIGATION_GLOBAL_CHECK'],
      ['src/main/index.ts', 12, 7, 'PRELOAD_JS_CHECK'],
      ['src/main/index.ts', 97, 62, 'OPEN_EXTERNAL_JS_CHECK'],
      ['src/renderer/index.html', 5, 1, 'CSP_GLOBAL_CHECK'],
    ])
    const preload = output.findings[1]!
    expect(preload).toMatchObject({ severity: 'MEDIUM', confidence: 'FIRM', manualReview: true })
  })

  it('keeps the files the tool failed on, relative to the repo', () => {
    expect(output.problems).toEqual([
      { file: 'src/main/odd.ts', message: 'Unexpected token (3:7)', tolerable: false },
    ])
    expect(formatProblem(output.problems[0]!)).toBe(
      'src/main/odd.ts: electronegativity could not parse or check this file, so it was not scanned: Unexpected token (3:7)',
    )
  })

  it('refuses a severity it does not know rather than let it under the bar', () => {
    const raw = sample()
    raw.result.issues[0]!.severity = { name: 'SEVERE' as 'HIGH' }
    expect(() => parseScanFile(raw)).toThrow(/unexpected electronegativity output/)
  })

  it('refuses output that is not the runner result', () => {
    expect(() => parseScanFile({ ...sample(), result: { issues: [] } })).toThrow(/errors/)
    expect(() => parseScanFile('')).toThrow(/unexpected electronegativity output/)
  })

  it('prints file:line: CHECK (SEVERITY): description, and a folder for a global check', () => {
    expect(formatFinding(output.findings[2]!)).toBe(
      'src/main/index.ts:97: OPEN_EXTERNAL_JS_CHECK (MEDIUM): Review the use of openExternal (confidence TENTATIVE, manual review)',
    )
    expect(formatFinding(output.findings[0]!)).toBe(
      'src/: LIMIT_NAVIGATION_GLOBAL_CHECK (HIGH): Missing navigation limits using .on new-window and will-navigate events (confidence CERTAIN, global check over src/)',
    )
  })
})

describe('isAboveLow', () => {
  it('puts MEDIUM and up above the bar, whatever the confidence', () => {
    expect(
      ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'].map((s) => [
        s,
        isAboveLow(s as Finding['severity']),
      ]),
    ).toEqual([
      ['INFORMATIONAL', false],
      ['LOW', false],
      ['MEDIUM', true],
      ['HIGH', true],
      ['CRITICAL', true],
    ])
  })
})

describe('judge', () => {
  const { findings } = parseScanFile(sample())

  it('allows what an entry covers, fails the rest above LOW, ignores LOW', () => {
    const verdict = judge(findings, [entry('OPEN_EXTERNAL_JS_CHECK', 'src/main/index.ts')])
    expect(verdict.findings).toHaveLength(4)
    expect(verdict.aboveLow.map((f) => f.check)).toEqual([
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
      'PRELOAD_JS_CHECK',
      'OPEN_EXTERNAL_JS_CHECK',
    ])
    expect(verdict.allowed.map(({ finding }) => finding.check)).toEqual(['OPEN_EXTERNAL_JS_CHECK'])
    expect(verdict.failing.map((f) => f.check)).toEqual([
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
      'PRELOAD_JS_CHECK',
    ])
    expect(verdict.stale).toEqual([])
    expect(summaryLine('1.10.3', ['src', 'out'], verdict)).toBe(
      'electronegativity 1.10.3 on src/ and out/: 4 findings, 3 above LOW, 1 allowed, 2 failing',
    )
  })

  it('needs both the check and the file to match', () => {
    const verdict = judge(findings, [
      entry('OPEN_EXTERNAL_JS_CHECK', 'src/main/other.ts'),
      entry('PRELOAD_JS_CHECK', 'src/renderer/index.html'),
    ])
    expect(verdict.allowed).toEqual([])
    expect(verdict.failing).toHaveLength(3)
  })

  it('matches a global check by the folder it ran on', () => {
    const verdict = judge(findings, [entry('LIMIT_NAVIGATION_GLOBAL_CHECK', '{src,out}')])
    expect(verdict.allowed.map(({ finding }) => finding.file)).toEqual(['src'])
  })

  it('reports entries that match no finding as stale, without failing them', () => {
    const gone = entry('CONTEXT_ISOLATION_JS_CHECK', 'src/main/**')
    const lowOnly = entry('CSP_GLOBAL_CHECK', 'src/renderer/index.html')
    const verdict = judge(findings, [gone, lowOnly])
    expect(verdict.stale).toEqual([gone])
    expect(formatEntry(gone)).toBe('{ check: CONTEXT_ISOLATION_JS_CHECK, file: src/main/** }')
  })

  it('passes when every finding above LOW is explained', () => {
    const verdict = judge(findings, [
      entry('LIMIT_NAVIGATION_GLOBAL_CHECK', 'src'),
      entry('PRELOAD_JS_CHECK', 'src/main/*.ts'),
      entry('OPEN_EXTERNAL_JS_CHECK', 'src/**/index.ts'),
    ])
    expect(verdict.failing).toEqual([])
    expect(verdict.allowed).toHaveLength(3)
  })
})

describe('globToRegExp', () => {
  it.each([
    ['src/main/index.ts', 'src/main/index.ts', true],
    ['src/main/index.ts', 'src/main/index.tsx', false],
    ['src/main/*.ts', 'src/main/index.ts', true],
    ['src/*.ts', 'src/main/index.ts', false],
    ['src/**/index.ts', 'src/index.ts', true],
    ['src/**/index.ts', 'src/main/deep/index.ts', true],
    ['src/**', 'src/main/index.ts', true],
    ['out/main/index.?s', 'out/main/index.js', true],
    ['{src,out}/main/index.*', 'out/main/index.js', true],
    ['{src,out}/main/index.*', 'test/main/index.js', false],
    ['src/main/index.ts', 'src/mainXindex.ts', false],
    ['out/renderer/assets/index-*.js', 'out/renderer/assets/index-CutgITY7.js', true],
  ])('%s against %s: %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected)
  })

  it('refuses an unclosed brace', () => {
    expect(() => globToRegExp('{src,out')).toThrow(/unclosed/)
  })
})

describe('parseAllowList', () => {
  it('reads the documented shape', () => {
    const raw = [
      {
        check: 'PRELOAD_JS_CHECK',
        file: 'src/main/*.ts',
        reason: '  reviewed: the preload exposes the contract only  ',
      },
    ]
    expect(parseAllowList(raw)).toEqual([
      {
        check: 'PRELOAD_JS_CHECK',
        file: 'src/main/*.ts',
        reason: 'reviewed: the preload exposes the contract only',
      },
    ])
  })

  it.each([
    ['not a list', { check: 'PRELOAD_JS_CHECK' }],
    ['a check in the wrong case', [{ ...entry('x', 'src/a.ts'), check: 'preloadJsCheck' }]],
    ['no reason to speak of', [{ ...entry('PRELOAD_JS_CHECK', 'src/a.ts'), reason: 'ok' }]],
    ['a backslash path', [entry('PRELOAD_JS_CHECK', 'src\\main\\index.ts')]],
    ['an absolute path', [entry('PRELOAD_JS_CHECK', '/repo/src/main/index.ts')]],
    ['an unknown key', [{ ...entry('PRELOAD_JS_CHECK', 'src/a.ts'), line: 3 }]],
  ])('refuses %s', (_name, raw) => {
    expect(() => parseAllowList(raw)).toThrow(/invalid allow-list/)
  })
})

describe('coverage', () => {
  it('knows which files the tool reads and which scripts it skips', () => {
    const paths = [
      'out/main/index.js',
      'out/preload/index.cjs',
      'src/renderer/index.html',
      'src/x.mts',
      'src/a.css',
    ]
    expect(paths.filter(isScanned)).toEqual(['out/main/index.js', 'src/renderer/index.html'])
    expect(skippedScripts(paths)).toEqual(['out/preload/index.cjs', 'src/x.mts'])
  })

  it('counts only window constructions its checks recognise', () => {
    expect(countWindowConstructions('const w = new BrowserWindow({ webPreferences: {} })')).toBe(1)
    expect(countWindowConstructions('new BrowserView ({}); new BrowserWindow(opts)')).toBe(2)
    expect(countWindowConstructions('return new Window({ webPreferences: {} })')).toBe(0)
  })
})
