import { describe, expect, it } from 'vitest'
import { checkUrl, MAX_URL_LENGTH, WARN_URL_LENGTH } from '../../../src/shared/url'

const hosts = ['sourcegraph.looker.com'] as const
const base = 'https://sourcegraph.looker.com/dashboards/409?Account%20name='

function errorOf(url: string, allowed: readonly string[] = hosts): string {
  const result = checkUrl(url, allowed)
  if (result.ok) throw new Error(`expected ${url} to be refused`)
  return result.error
}

/** A URL on the declared host exactly `length` characters long. */
function ofLength(length: number): string {
  return base + 'a'.repeat(length - base.length)
}

describe('checkUrl: what opens', () => {
  it('opens an https link on a declared host, without warnings', () => {
    expect(checkUrl(`${base}Chime#tab`, hosts)).toEqual({ ok: true, warnings: [] })
  })

  it('compares the host after parsing, so case and a port do not matter', () => {
    expect(checkUrl('https://SourceGraph.Looker.com:443/dashboards/409', hosts).ok).toBe(true)
  })
})

describe('checkUrl: SECURITY.md row 2, schemes other than https', () => {
  it('names the scheme', () => {
    expect(errorOf('file:///etc/passwd')).toBe(
      'refused file:///etc/passwd: only https links open (scheme file:)',
    )
  })

  it.each([
    ['smb://host/share', 'smb:'],
    ['javascript:alert(document.cookie)', 'javascript:'],
    ['JavaScript:alert(1)', 'javascript:'],
    ['data:text/html,<script>alert(1)</script>', 'data:'],
    ['ftp://sourcegraph.looker.com/x', 'ftp:'],
    ['http://sourcegraph.looker.com/dashboards/409', 'http:'],
    ['ms-msdt:/id PCWDiagnostic /skip force', 'ms-msdt:'],
    ['file://sourcegraph.looker.com/etc/passwd', 'file:'],
  ])('refuses %s', (url, scheme) => {
    expect(errorOf(url)).toMatch(
      new RegExp(`^refused .*: only https links open \\(scheme ${scheme}\\)$`),
    )
  })

  it('refuses a Windows network path', () => {
    expect(errorOf('\\\\host\\share')).toBe(
      'refused \\\\host\\share: a network path (\\\\host\\share); only https links open',
    )
    expect(errorOf('//host/share')).toMatch(/network path/)
  })

  it.each(['', 'sourcegraph.looker.com/dashboards/409', 'not a link', 'https://', 'https://[::1'])(
    'refuses the unparsable %j',
    (url) => {
      expect(errorOf(url)).toMatch(/not an absolute URL; only https links open$/)
    },
  )
})

describe('checkUrl: SECURITY.md row 3, look-alike hosts', () => {
  it('refuses a host that only starts like a declared one, naming the declared hosts', () => {
    expect(errorOf('https://x.looker.com.evil.io')).toBe(
      'refused https://x.looker.com.evil.io/: host x.looker.com.evil.io is not among the hosts its catalog file declares (sourcegraph.looker.com)',
    )
  })

  it('refuses a declared host written as a user name, naming the real host', () => {
    const error = errorOf('https://x.looker.com@evil.io', ['x.looker.com'])
    expect(error).toMatch(/^refused https:\/\/x\.looker\.com@evil\.io\/: /)
    expect(error).toContain('(evil.io)')
  })

  it('refuses any user name or password, even before a declared host', () => {
    expect(errorOf('https://me:secret@sourcegraph.looker.com/')).toMatch(/user name or password/)
  })

  it('refuses a backslash, which other parsers may read as the end of the user name', () => {
    expect(errorOf('https://sourcegraph.looker.com\\@evil.io/')).toMatch(
      /a backslash at character 31/,
    )
  })

  it.each([
    ['https://evil.io/sourcegraph.looker.com'],
    ['https://evil.io#@sourcegraph.looker.com'],
    ['https://evil.io?@sourcegraph.looker.com'],
    ['https://sourcegraph.looker.com.'],
    ['https://looker.com'],
    ['https://xn--sourcegrph-4ib.looker.com'],
  ])('refuses %s', (url) => {
    expect(errorOf(url)).toMatch(/is not among the hosts its catalog file declares/)
  })

  it('refuses every host when the file declares none', () => {
    expect(errorOf(base, [])).toMatch(/declares \(it declares none\)$/)
  })
})

describe('checkUrl: characters a browser command could read differently', () => {
  it.each([
    ['a line break', `${base}a\r\nb`, 'a control character (U+000D)'],
    ['a leading space', ` ${base}`, 'a space at character 1'],
    ['a right-to-left override', `${base}\u202Eexe.pdf`, 'a non-ASCII character (U+202E)'],
    ['an emoji', `${base}🚀`, 'a non-ASCII character (U+1F680)'],
  ])('refuses %s, and the message shows no raw control character', (_, url, what) => {
    const error = errorOf(url)
    expect(error).toContain(what)
    expect(error).toMatch(/links must be stored percent-encoded$/)
    expect(error).not.toMatch(/[\r\n\u202E]/)
  })
})

describe('checkUrl: SECURITY.md row 4, length', () => {
  it(`does not warn at ${WARN_URL_LENGTH} characters`, () => {
    expect(checkUrl(ofLength(2_000), hosts)).toEqual({ ok: true, warnings: [] })
  })

  it('warns above 2,000 characters', () => {
    expect(checkUrl(ofLength(2_001), hosts)).toEqual({
      ok: true,
      warnings: [
        'the link is 2,001 characters long; some browsers and chat tools cut links above 2,000',
      ],
    })
  })

  it(`opens, with the warning, at ${MAX_URL_LENGTH} characters`, () => {
    const result = checkUrl(ofLength(32_767), hosts)
    expect(result.ok && result.warnings).toEqual([
      expect.stringContaining('32,767 characters long'),
    ])
  })

  it('refuses above 32,767 characters, with a short message', () => {
    const error = errorOf(ofLength(32_768))
    expect(error).toContain(
      'it is 32,768 characters long, above 32,767 (the Windows command-line limit',
    )
    expect(error.length).toBeLessThan(500)
  })
})
