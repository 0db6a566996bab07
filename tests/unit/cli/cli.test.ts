import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir'
import { dashkey } from '../../helpers/cli'

let data: TempDir
let env: Record<string, string>

beforeEach(() => {
  data = makeTempDir()
  env = { DASHKEY_DATA_DIR: data.path }
  data.write(
    'catalog/customers.yaml',
    `version: 1
customers:
  - name: Chime
    aliases: [chime financial]
    attributes: { installerEmail: ops@chime.com }
  - name: Acme, Inc.
    aliases: [Acme]
`,
  )
})
afterEach(() => data.remove())

const param = (url: string, name: string) => new URL(url).searchParams.get(name)

interface Row {
  id: string
  title: string
  tool: string
  kind: string
  scope: string
  section: string[]
  url: string
  customer: string | null
}

describe('dashkey search', () => {
  it('lists the matching reports, best first', async () => {
    const { code, stdout } = await dashkey(['search', 'batch', 'changes'], env)
    expect(code).toBe(0)
    const ids = [...stdout.matchAll(/^(\S+) {2}/gm)].map((m) => m[1])
    expect(ids.slice(0, 2).sort()).toEqual(['looker-dashboard-382', 'looker-dashboard-422'])
  })

  it('prints JSON with the fields scripts rely on, and a prefilled customer', async () => {
    const { code, stdout } = await dashkey(
      ['search', 'batch', 'changes', 'single', 'chime', '--json', '--limit', '3'],
      env,
    )
    expect(code).toBe(0)
    const rows = JSON.parse(stdout) as Row[]
    expect(rows.length).toBeLessThanOrEqual(3)
    expect(Object.keys(rows[0]!).sort()).toEqual(
      ['customer', 'id', 'kind', 'scope', 'section', 'title', 'tool', 'url'].sort(),
    )
    expect(rows[0]).toMatchObject({
      id: 'looker-dashboard-382',
      tool: 'looker',
      kind: 'dashboard',
      scope: 'single customer',
      customer: 'Chime',
    })
    expect(rows[0]!.section[0]).toBe('Looker')
    expect(param(rows[0]!.url, 'Account name')).toBe('Chime')
    expect(param(rows[0]!.url, 'Installer email')).toBe('ops@chime.com')
  })

  it('prints [] and exits 1 when nothing matches', async () => {
    const { code, stdout, stderr } = await dashkey(['search', 'qqqxxzzz', '--json'], env)
    expect(code).toBe(1)
    expect(stdout).toBe('[]')
    expect(stderr).toMatch(/no report matches/)
  })
})

describe('dashkey url', () => {
  it('prints the single-customer batch changes link with "Acme, Inc." quoted as one value', async () => {
    const { code, stdout, stderr } = await dashkey(
      ['url', 'batch', 'changes', 'single', 'customer', '--customer', 'Acme, Inc.'],
      env,
    )
    expect(code).toBe(0)
    expect(stderr).toMatch(/Batch changes — single customer \(looker-dashboard-382\)/)
    expect(new URL(stdout).pathname).toBe('/dashboards/382')
    expect(param(stdout, 'Account name')).toBe('"Acme, Inc."')
    expect(stdout).toContain('Account%20name=%22Acme%2C%20Inc.%22')
  })

  it('takes an exact id, matches --customer by alias without regard to case', async () => {
    const { stdout } = await dashkey(
      ['url', 'looker-dashboard-409', '--customer', 'CHIME FINANCIAL'],
      env,
    )
    expect(param(stdout, 'Account name')).toBe('Chime')
    expect(param(stdout, 'Installer email')).toBe('ops@chime.com')
  })

  it('uses an unknown customer as typed', async () => {
    const { code, stdout } = await dashkey(
      ['url', 'looker-dashboard-409', '--customer', 'Initech'],
      env,
    )
    expect(code).toBe(0)
    expect(param(stdout, 'Account name')).toBe('Initech')
    expect(param(stdout, 'Installer email')).toBe('')
  })

  it('applies --set and --expr, finding " Week" from "week"', async () => {
    const { code, stdout } = await dashkey(
      [
        'url',
        'looker-dashboard-412',
        '--customer',
        'Chime',
        '--expr',
        'week=2 week ago for 2 week',
        '--set',
        'Account Type=Partner',
      ],
      env,
    )
    expect(code).toBe(0)
    expect(param(stdout, ' Week')).toBe('2 week ago for 2 week')
    expect(param(stdout, 'Account Type')).toBe('Partner')
  })

  it('refuses an unknown filter (exit 1), naming the filters there are', async () => {
    const { code, stderr } = await dashkey(
      ['url', 'looker-dashboard-409', '--set', 'Region=EU'],
      env,
    )
    expect(code).toBe(1)
    expect(stderr).toMatch(/^dashkey: .*Region/)
    expect(stderr).toMatch(/Account name/)
    expect(stderr).not.toMatch(/\n\s+at /)
  })

  it('refuses a customer for a report with no customer filter (exit 1)', async () => {
    const { code, stderr } = await dashkey(['url', 'looker-look-1519', '--customer', 'Chime'], env)
    expect(code).toBe(1)
    expect(stderr).toMatch(/customer/)
  })

  it('says a malformed command line is one (exit 2)', async () => {
    expect((await dashkey(['url', 'looker-dashboard-409', '--set', 'no-equals'], env)).code).toBe(2)
    expect((await dashkey(['url'], env)).code).toBe(2)
    expect((await dashkey(['frobnicate'], env)).code).toBe(2)
    expect((await dashkey(['search', 'x', '--limit', 'zero'], env)).code).toBe(2)
  })

  it('exits 1 when no report matches', async () => {
    const { code, stderr } = await dashkey(['url', 'qqqxxzzz'], env)
    expect(code).toBe(1)
    expect(stderr).toMatch(/no report matches "qqqxxzzz"/)
  })
})

describe('dashkey open', () => {
  it('opens the prefilled link, through DASHKEY_BROWSER when it is set', async () => {
    const { code, opened } = await dashkey(['open', 'server', 'instances', '--customer', 'Chime'], {
      ...env,
      DASHKEY_BROWSER: 'firefox -P work',
    })
    expect(code).toBe(0)
    expect(opened).toHaveLength(1)
    expect(new URL(opened[0]!.url).pathname).toBe('/dashboards/409')
    expect(param(opened[0]!.url, 'Account name')).toBe('Chime')
    expect(opened[0]!.browserCommand).toBe('firefox -P work')
  })

  it('--print prints instead of opening', async () => {
    const { stdout, opened } = await dashkey(['open', 'looker-look-1519', '--print'], env)
    expect(opened).toEqual([])
    expect(stdout).toBe('https://sourcegraph.looker.com/looks/1519')
  })

  it('reports a failed open in one line, exit 1', async () => {
    const { code, stderr } = await dashkey(['open', 'looker-look-1519'], env, async () => {
      throw new Error('spawn xdg-open ENOENT')
    })
    expect(code).toBe(1)
    expect(stderr).toBe('dashkey: could not open the default browser: spawn xdg-open ENOENT')
  })
})

describe('dashkey list and validate', () => {
  it('lists every bundled report as JSON', async () => {
    const { code, stdout } = await dashkey(['list', '--json'], env)
    expect(code).toBe(0)
    const rows = JSON.parse(stdout) as Row[]
    expect(rows).toHaveLength(28)
    expect(rows.every((r) => r.customer === null)).toBe(true)
  })

  it('validates the whole catalog', async () => {
    const { code, stderr } = await dashkey(['validate'], env)
    expect(code).toBe(0)
    expect(stderr).toMatch(/catalog OK: 28 reports/)
  })

  it('validates named files alone, one line per problem, exit 1', async () => {
    const bad = data.write(
      'elsewhere/bad.yaml',
      'version: 1\nreports:\n  - id: looker-look-1\n    titel: x\n',
    )
    const { code, stdout } = await dashkey(['validate', bad], env)
    expect(code).toBe(1)
    expect(stdout.split('\n')).toEqual([
      expect.stringMatching(/bad\.yaml:4:5: reports\[0\]\.titel: unknown field/),
    ])
  })

  it('warns on stderr about a broken user file and goes on with the rest', async () => {
    data.write('catalog/broken.yaml', 'version: [\n')
    const { code, stdout, stderr } = await dashkey(['url', 'looker-look-1519'], env)
    expect(code).toBe(0)
    expect(stdout).toBe('https://sourcegraph.looker.com/looks/1519')
    expect(stderr).toMatch(/broken\.yaml:\d+:\d+: /)
  })

  it('--catalog adds a file for one command', async () => {
    const extra = data.write(
      'extra.yaml',
      'version: 1\nhosts: [sourcegraph.looker.com]\nreports:\n  - { url: "https://sourcegraph.looker.com/looks/9999", title: Churn by cohort }\n',
    )
    const { code, stdout } = await dashkey(
      ['search', 'churn', 'cohort', '--catalog', extra, '--json'],
      env,
    )
    expect(code).toBe(0)
    expect((JSON.parse(stdout) as Row[])[0]?.id).toBe('looker-look-9999')
  })

  it('prints help for every command', async () => {
    for (const command of ['search', 'url', 'open', 'list', 'validate']) {
      const { code, stdout } = await dashkey([command, '--help'], env)
      expect(code).toBe(0)
      expect(stdout).toMatch(/--catalog <path>/)
    }
  })
})
