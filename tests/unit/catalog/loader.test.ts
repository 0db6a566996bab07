import { rmSync, truncateSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadCatalog, type LastGoodFiles } from '../../../src/main/services/catalog-loader'
import { formatProblem } from '../../../src/shared/catalog/problems'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir'

const BUNDLED = `version: 1
hosts: [sourcegraph.looker.com, analytics.amplitude.com]
reports:
  - id: looker-dashboard-409
    title: Server instances
    tool: looker
    kind: dashboard
    url: https://sourcegraph.looker.com/dashboards/409?Account%20name=Chime&Installer%20email=
    scope: single customer
    filters:
      - { name: Account name, customer: name, example: Chime }
      - { name: Installer email, customer: installerEmail }
  - id: looker-look-1519
    title: Monthly users by instance type
    tool: looker
    kind: look
    url: https://sourcegraph.looker.com/looks/1519
  - id: amplitude-dashboard-ya9aoy7
    title: Cloud growth metrics
    tool: amplitude
    kind: dashboard
    url: https://analytics.amplitude.com/sourcegraph/dashboard/ya9aoy7?source=search
`

let dir: TempDir
let bundledDir: string
let userDir: string

beforeEach(() => {
  dir = makeTempDir()
  bundledDir = join(dir.path, 'bundled')
  userDir = join(dir.path, 'data', 'catalog')
  dir.write('bundled/handbook.yaml', BUNDLED)
})
afterEach(() => dir.remove())

const load = (extra: string[] = []) => loadCatalog({ bundledDir, userDir, extra })
const messages = (problems: Parameters<typeof formatProblem>[0][]) => problems.map(formatProblem)

describe('loading the catalog', () => {
  it('loads the bundled files when the user has no catalog folder', async () => {
    const { catalog, problems } = await load()
    expect(problems).toEqual([])
    expect(catalog.reports.map((r) => r.id)).toEqual([
      'looker-dashboard-409',
      'looker-look-1519',
      'amplitude-dashboard-ya9aoy7',
    ])
    expect(catalog.reports[0]?.hosts).toEqual(['sourcegraph.looker.com', 'analytics.amplitude.com'])
  })

  it("lets the user's file override one field, keeping the others, and hide a report", async () => {
    dir.write(
      'data/catalog/mine.yaml',
      `version: 1
reports:
  - id: looker-dashboard-409
    title: Servers
    aliases: [si]
  - id: looker-look-1519
    hidden: true
  - id: looker-look-404
    hidden: true
`,
    )
    const { catalog, problems } = await load()
    expect(messages(problems)).toEqual([
      expect.stringMatching(
        /mine\.yaml:\d+:\d+: warning: reports\[2\]\.hidden: hides a report no earlier layer defines/,
      ),
    ])
    const report = catalog.reports.find((r) => r.id === 'looker-dashboard-409')
    expect(report?.title).toBe('Servers')
    expect(report?.aliases).toEqual(['si'])
    expect(report?.filters.map((f) => f.name)).toEqual(['Account name', 'Installer email'])
    expect(report?.scope).toBe('single customer')
    expect(catalog.reports.some((r) => r.id === 'looker-look-1519')).toBe(false)
  })

  it('applies layers in order bundled < synced < imported < user, whatever the file names', async () => {
    const file = (layer: string, title: string) =>
      `version: 1\nlayer: ${layer}\nreports:\n  - { id: looker-look-1519, title: ${title} }\n`
    dir.write('data/catalog/a-user.yaml', file('user', 'From user'))
    dir.write('data/catalog/b-imported.yaml', file('imported', 'From import'))
    dir.write('data/catalog/c-synced.yaml', file('synced', 'From sync'))
    const { catalog } = await load()
    expect(catalog.reports.find((r) => r.id === 'looker-look-1519')?.title).toBe('From user')
  })

  it('derives ids from URLs: dashboards-next and both Amplitude hosts are the same report', async () => {
    dir.write(
      'data/catalog/synced.yaml',
      `version: 1
layer: synced
hosts: [sourcegraph.looker.com, app.amplitude.com]
reports:
  - url: https://sourcegraph.looker.com/dashboards-next/409
    title: Server instances (new viewer)
  - url: https://app.amplitude.com/analytics/sourcegraph/dashboard/ya9aoy7
    title: Cloud growth
  - url: https://sourcegraph.looker.com/looks/77
    title: A new look
`,
    )
    const { catalog, problems } = await load()
    expect(problems).toEqual([])
    const ids = catalog.reports.map((r) => r.id)
    expect(ids).toEqual([
      'looker-dashboard-409',
      'looker-look-1519',
      'amplitude-dashboard-ya9aoy7',
      'looker-look-77',
    ])
    const cloud = catalog.reports.find((r) => r.id === 'amplitude-dashboard-ya9aoy7')
    expect(cloud?.title).toBe('Cloud growth')
    // The URL came from the synced file, so only that file's hosts may open it.
    expect(cloud?.hosts).toEqual(['sourcegraph.looker.com', 'app.amplitude.com'])
    expect(catalog.reports.find((r) => r.id === 'looker-look-77')).toMatchObject({
      tool: 'looker',
      kind: 'look',
    })
  })

  it("puts the host's first label first where one file holds two hosts of one tool", async () => {
    dir.write(
      'data/catalog/two.yaml',
      `version: 1
hosts: [acme.looker.com, sourcegraph.looker.com]
reports:
  - { url: "https://acme.looker.com/dashboards/12", title: Acme twelve }
  - { url: "https://sourcegraph.looker.com/dashboards/12", title: Our twelve }
`,
    )
    const { catalog, problems } = await load()
    expect(problems).toEqual([])
    expect(catalog.reports.map((r) => r.id)).toEqual(
      expect.arrayContaining(['acme-looker-dashboard-12', 'sourcegraph-looker-dashboard-12']),
    )
  })

  it('reports the same id twice in one layer, naming both places, and keeps the first', async () => {
    dir.write(
      'data/catalog/a.yaml',
      'version: 1\nreports:\n  - { id: looker-look-1519, title: First }\n',
    )
    dir.write(
      'data/catalog/b.yaml',
      'version: 1\nhosts: [sourcegraph.looker.com]\nreports:\n  - { id: looker-look-1520, title: x, tool: looker, kind: look, url: "https://sourcegraph.looker.com/looks/1520" }\n  - { id: looker-look-1519, title: Second }\n',
    )
    const { catalog, problems } = await load()
    expect(messages(problems)).toEqual([
      expect.stringMatching(
        /b\.yaml:5:\d+: reports\[1\]\.id: looker-look-1519 is also defined at .*a\.yaml:3:5 \(same user layer\)/,
      ),
    ])
    expect(catalog.reports.find((r) => r.id === 'looker-look-1519')?.title).toBe('First')
  })

  it('skips a file with bad YAML, saying where, while the others load', async () => {
    dir.write('data/catalog/broken.yaml', 'version: 1\nreports:\n  - id: [unclosed\n')
    dir.write(
      'data/catalog/good.yaml',
      'version: 1\nreports:\n  - { id: looker-look-1519, title: Still here }\n',
    )
    const { catalog, problems } = await load()
    expect(problems).toHaveLength(1)
    expect(formatProblem(problems[0]!)).toMatch(/broken\.yaml:\d+:\d+: /)
    expect(catalog.reports.find((r) => r.id === 'looker-look-1519')?.title).toBe('Still here')
  })

  it('names an unknown field and a wrong value at their line and column', async () => {
    dir.write(
      'data/catalog/typo.yaml',
      'version: 1\nreports:\n  - id: looker-look-1519\n    titel: Oops\n    scope: everyone\n',
    )
    const { problems } = await load()
    expect(messages(problems)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/typo\.yaml:4:5: reports\[0\]\.titel: unknown field/),
        expect.stringMatching(/typo\.yaml:5:12: reports\[0\]\.scope: /),
      ]),
    )
  })

  it.each([
    ['file:///etc/passwd', 'only https'],
    ['smb://host/share', 'only https'],
    ['\\\\host\\share', ''],
    ['javascript:alert(1)', 'only https'],
    ['data:text/html,hi', 'only https'],
    ['ftp://sourcegraph.looker.com/x', 'only https'],
    ['http://sourcegraph.looker.com/looks/1', 'only https'],
    ['ms-msdt:/id PCWDiagnostic', 'only https'],
    ['https://sourcegraph.looker.com.evil.io/looks/1', 'not among the hosts'],
    ['https://sourcegraph.looker.com@evil.io/looks/1', ''],
  ])('refuses a report whose URL is %s, and loads the rest', async (url, why) => {
    dir.write(
      'data/catalog/bad-url.yaml',
      `version: 1
hosts: [sourcegraph.looker.com]
reports:
  - { id: other-link-bad, title: Bad, tool: other, kind: link, url: ${JSON.stringify(url)} }
  - { id: other-link-good, title: Good, tool: other, kind: link, url: "https://sourcegraph.looker.com/x" }
`,
    )
    const { catalog, problems } = await load()
    expect(messages(problems)).toEqual([
      expect.stringMatching(new RegExp(`bad-url\\.yaml:4:\\d+: reports\\[0\\]\\.url: .*${why}`)),
    ])
    expect(catalog.reports.some((r) => r.id === 'other-link-bad')).toBe(false)
    expect(catalog.reports.some((r) => r.id === 'other-link-good')).toBe(true)
  })

  it('refuses a file over 64 MB without reading it', async () => {
    const big = dir.write('data/catalog/huge.yaml', '')
    truncateSync(big, 64 * 1024 * 1024 + 1)
    const { catalog, problems } = await load()
    expect(messages(problems)).toEqual([expect.stringMatching(/huge\.yaml:1:1: .*64 MB limit/)])
    expect(catalog.reports).toHaveLength(3)
  })

  it('refuses a YAML alias bomb and loads the rest', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i)
      const next = String.fromCharCode(97 + i)
      levels.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`)
    }
    dir.write('data/catalog/bomb.yaml', `${levels.join('\n')}\nversion: 1\n`)
    const started = Date.now()
    const { catalog, problems } = await load()
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(messages(problems)).toEqual([expect.stringMatching(/bomb\.yaml:1:1: .*alias/i)])
    expect(catalog.reports).toHaveLength(3)
  })

  it('loads --catalog files and folders in the user layer, and says which path is missing', async () => {
    dir.write(
      'extra/one.yml',
      'version: 1\ncustomers:\n  - { name: Chime, aliases: [chime financial], attributes: { installerEmail: ops@chime.com } }\n',
    )
    dir.write(
      'extra.json',
      JSON.stringify({ version: 1, reports: [{ id: 'looker-look-1519', title: 'From JSON' }] }),
    )
    const { catalog, problems } = await load([
      join(dir.path, 'extra'),
      join(dir.path, 'extra.json'),
      join(dir.path, 'nope.yaml'),
    ])
    expect(messages(problems)).toEqual([
      expect.stringMatching(/nope\.yaml:1:1: no such file or folder/),
    ])
    expect(catalog.customers).toEqual([
      {
        name: 'Chime',
        aliases: ['chime financial'],
        attributes: { installerEmail: 'ops@chime.com' },
      },
    ])
    expect(catalog.reports.find((r) => r.id === 'looker-look-1519')?.title).toBe('From JSON')
  })

  it('refuses a new report that lacks what a report needs, naming the field', async () => {
    dir.write('data/catalog/new.yaml', 'version: 1\nreports:\n  - id: other-link-x\n    title: X\n')
    const { problems } = await load()
    expect(messages(problems)).toEqual(
      expect.arrayContaining([expect.stringMatching(/new\.yaml:3:\d+: reports\[0\]\.url: /)]),
    )
    expect((await load()).catalog.reports.map((r) => r.id)).not.toContain('other-link-x')
    expect(problems.map(formatProblem).join('\n')).not.toMatch(/earlier definition/)
  })

  it('refuses an override that gives two filters one URL parameter, keeping the bundled report', async () => {
    dir.write(
      'data/catalog/twice.yaml',
      'version: 1\nreports:\n  - id: looker-dashboard-409\n    filters:\n      - { name: Account name }\n      - { name: Account name }\n',
    )
    const { catalog, problems } = await load()
    expect(messages(problems)).toEqual([
      expect.stringMatching(
        /twice\.yaml:3:\d+: reports\[0\]\.filters\[1\]\.name: a second filter named "Account name"; the earlier definition stays/,
      ),
    ])
    const report = catalog.reports.find((r) => r.id === 'looker-dashboard-409')
    expect(report?.filters.map((f) => f.name)).toEqual(['Account name', 'Installer email'])
  })

  it('with a last-good cache, layers a file that stops parsing from its last good version', async () => {
    const lastGood: LastGoodFiles = new Map()
    const good = 'version: 1\nreports:\n  - { id: looker-look-1519, title: Edited }\n'
    const mine = dir.write('data/catalog/mine.yaml', good)
    await loadCatalog({ bundledDir, userDir }, { lastGood })
    expect([...lastGood.keys()]).toEqual([join(bundledDir, 'handbook.yaml'), mine])

    dir.write('data/catalog/mine.yaml', 'version: 1\nreports:\n  - id: [unclosed\n')
    dir.write('data/catalog/never.yaml', 'version: 2\n')
    const broken = await loadCatalog({ bundledDir, userDir }, { lastGood })
    expect(broken.keptFiles).toEqual([mine])
    expect(broken.catalog.reports.find((r) => r.id === 'looker-look-1519')?.title).toBe('Edited')
    const lines = messages(broken.problems)
    expect(lines).toEqual([
      expect.stringMatching(
        /mine\.yaml:\d+:\d+: .*\(showing the last good version of this file\)$/,
      ),
      expect.stringMatching(/never\.yaml:1:\d+: version: /),
    ])
    expect(lines[1]).not.toMatch(/last good version/)

    // Without the cache the loader behaves as before: the bad file is skipped.
    const plain = await loadCatalog({ bundledDir, userDir })
    expect(plain.keptFiles).toEqual([])
    expect(plain.catalog.reports.find((r) => r.id === 'looker-look-1519')?.title).toBe(
      'Monthly users by instance type',
    )

    // A deleted file is forgotten, so it cannot come back as a "last good version" later.
    rmSync(mine)
    await loadCatalog({ bundledDir, userDir }, { lastGood })
    expect(lastGood.has(mine)).toBe(false)
    dir.write('data/catalog/mine.yaml', 'version: 1\nreports:\n  - id: [unclosed\n')
    const recreated = await loadCatalog({ bundledDir, userDir }, { lastGood })
    expect(recreated.keptFiles).toEqual([])
  })
})
