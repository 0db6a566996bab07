import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dashkey } from '../../helpers/cli'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir'

let data: TempDir
let env: Record<string, string>
beforeEach(() => {
  data = makeTempDir()
  env = { DASHKEY_DATA_DIR: data.path }
})
afterEach(() => data.remove())

const run = (...args: string[]) => dashkey(args, env)
const json = async <T>(...args: string[]): Promise<T> =>
  JSON.parse((await run(...args)).stdout) as T
const param = (url: string, name: string) => new URL(url).searchParams.get(name)

describe('dashkey customers', () => {
  it('adds, lists, updates and removes saved customers', async () => {
    expect(
      (
        await run(
          'customers',
          'add',
          'Acme, Inc.',
          '--alias',
          'Acme',
          '--attr',
          'installerEmail=ops@acme.com',
        )
      ).code,
    ).toBe(0)
    await run('customers', 'add', 'Chime', '--favourite')
    await run('customers', 'add', 'acme, inc.', '--alias', 'ACME Corp')
    expect(await json('customers', 'list', '--json')).toEqual([
      {
        name: 'Acme, Inc.',
        aliases: ['Acme', 'ACME Corp'],
        attributes: { installerEmail: 'ops@acme.com' },
        favourite: false,
      },
      { name: 'Chime', aliases: [], attributes: {}, favourite: true },
    ])
    expect((await run('customers', 'rm', 'CHIME')).code).toBe(0)
    expect(
      (await json<{ name: string }[]>('customers', 'list', '--json')).map((c) => c.name),
    ).toEqual(['Acme, Inc.'])
    const missing = await run('customers', 'rm', 'Nobody')
    expect(missing.code).toBe(1)
    expect(missing.stderr).toBe('dashkey: no saved customer "Nobody"')
  })

  it('imports one name per line, and CSV with aliases and attributes', async () => {
    const plain = data.write('names.txt', 'Chime\n\n# a comment\nInitech\n')
    const csv = data.write(
      'customers.csv',
      'name,aliases,installerEmail,serverId\n"Acme, Inc.",Acme;ACME Corp,ops@acme.com,\nGlobex,,,srv-9\n',
    )
    expect((await run('customers', 'import', plain)).code).toBe(0)
    expect((await run('customers', 'import', csv)).code).toBe(0)
    expect(await json('customers', 'list', '--json')).toEqual([
      { name: 'Chime', aliases: [], attributes: {}, favourite: false },
      { name: 'Initech', aliases: [], attributes: {}, favourite: false },
      {
        name: 'Acme, Inc.',
        aliases: ['Acme', 'ACME Corp'],
        attributes: { installerEmail: 'ops@acme.com' },
        favourite: false,
      },
      { name: 'Globex', aliases: [], attributes: { serverId: 'srv-9' }, favourite: false },
    ])
  })

  it('recognises a saved customer at the end of a search, with its attributes', async () => {
    await run(
      'customers',
      'add',
      'Acme, Inc.',
      '--alias',
      'Acme',
      '--attr',
      'installerEmail=ops@acme.com',
    )
    const [first] = await json<{ id: string; customer: string; url: string }[]>(
      'search',
      'server',
      'instances',
      'acme',
      '--json',
    )
    expect(first).toMatchObject({ id: 'looker-dashboard-409', customer: 'Acme, Inc.' })
    expect(param(first!.url, 'Installer email')).toBe('ops@acme.com')
  })
})

describe('dashkey fav', () => {
  it('stars by id or words, lists in order with URLs, unstars', async () => {
    await run('fav', 'add', 'looker-dashboard-409')
    await run('fav', 'add', 'tech', 'health')
    expect(await json('fav', 'list', '--json')).toEqual([
      {
        id: 'looker-dashboard-409',
        title: 'Server instances',
        url: expect.stringContaining('/dashboards/409'),
      },
      {
        id: 'looker-dashboard-389',
        title: 'Technical health',
        url: expect.stringContaining('/dashboards/389'),
      },
    ])
    await run('fav', 'rm', 'looker-dashboard-409')
    expect((await json<{ id: string }[]>('fav', 'list', '--json')).map((f) => f.id)).toEqual([
      'looker-dashboard-389',
    ])
  })
})

describe('dashkey pin', () => {
  it('pins a report for a customer with the default label, and url/open take the label', async () => {
    await run('customers', 'add', 'Chime', '--attr', 'installerEmail=ops@chime.com')
    expect((await run('pin', 'add', 'server', 'instances', '--customer', 'chime')).code).toBe(0)
    const pins = await json<{ label: string; report: string; customer: string; url: string }[]>(
      'pin',
      'list',
      '--json',
    )
    expect(pins).toEqual([
      {
        label: 'Server instances — Chime',
        report: 'looker-dashboard-409',
        customer: 'Chime',
        url: expect.any(String),
      },
    ])
    expect(param(pins[0]!.url, 'Installer email')).toBe('ops@chime.com')
    const url = await run('url', 'server instances — chime')
    expect(url.stdout).toBe(pins[0]!.url)
    const opened = await run('open', 'Server instances — Chime')
    expect(opened.opened.map((o) => o.url)).toEqual([pins[0]!.url])
  })

  it('keeps filter values and a hotkey, refuses a second label that differs only in case', async () => {
    await run(
      'pin',
      'add',
      'looker-dashboard-421',
      '--customer',
      'Acme',
      '--label',
      'Acme support',
      '--expr',
      'Created Date=30 day',
      '--hotkey',
      'Ctrl+Alt+1',
    )
    const [pin] = await json<{ url: string }[]>('pin', 'list', '--json')
    expect(param(pin!.url, 'Created Date')).toBe('30 day')
    const again = await run(
      'pin',
      'add',
      'looker-dashboard-409',
      '--customer',
      'Acme',
      '--label',
      'ACME SUPPORT',
    )
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/already labelled "ACME SUPPORT"/)
    const badKey = await run(
      'pin',
      'add',
      'looker-dashboard-409',
      '--customer',
      'Acme',
      '--hotkey',
      'Ctrl+Banana',
    )
    expect(badKey.code).toBe(1)
    expect(badKey.stderr).toMatch(/not a key/)
    expect((await run('pin', 'rm', 'acme', 'support')).code).toBe(0)
    expect(await json('pin', 'list', '--json')).toEqual([])
  })

  it('refuses a pin that could not open (a customer for a report without a customer filter)', async () => {
    const result = await run('pin', 'add', 'looker-look-1519', '--customer', 'Acme')
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/no customer filter/)
  })

  it('ranks a pin first in search, matched by its customer', async () => {
    await run('pin', 'add', 'looker-dashboard-382', '--customer', 'Initech')
    const [first] = await json<{ id: string; customer: string }[]>('search', 'initech', '--json')
    expect(first).toMatchObject({ id: 'looker-dashboard-382', customer: 'Initech' })
  })
})

describe('what dashkey open teaches the ranking', () => {
  it('records the open: recents and usage for the words typed', async () => {
    await run('open', 'nps', 'by', 'customer')
    await run('open', 'looker-dashboard-409', '--customer', 'Chime')
    const state = JSON.parse(readFileSync(join(data.path, 'state.json'), 'utf8')) as {
      usage: { query: string; report: string; weight: number }[]
      recents: { report: string; customer: string | null }[]
    }
    expect(state.recents.map((r) => [r.report, r.customer])).toEqual([
      ['looker-dashboard-409', 'Chime'],
      ['looker-look-1530', null],
    ])
    // Only a search teaches: an exact id says nothing about what words mean.
    expect(state.usage.map((u) => [u.query, u.report, u.weight])).toEqual([
      ['nps by customer', 'looker-look-1530', 1],
    ])
  })

  it('search ranks by that usage, as the app does', async () => {
    const before = (await json<{ id: string }[]>('search', 'by', 'customer', '--json'))[0]!.id
    expect(before).not.toBe('looker-look-1530')
    const usage = [{ query: 'by customer', report: 'looker-look-1530', weight: 3, at: Date.now() }]
    writeFileSync(join(data.path, 'state.json'), JSON.stringify({ schemaVersion: 1, usage }))
    const after = await json<{ id: string }[]>('search', 'by', 'cust', '--json')
    expect(after[0]?.id).toBe('looker-look-1530')
  })
})

describe('a corrupt state file', () => {
  it('is kept as a .bak, the user is told on stderr, and the command goes on', async () => {
    writeFileSync(join(data.path, 'state.json'), '{"schemaVersion":1,"customers":[{"na')
    const result = await run('url', 'looker-look-1519')
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(
      /^warning: The saved state could not be used \(state\.json is not valid JSON.*\)\. It was copied to .*state\.json\..*\.bak and reset/m,
    )
    const backups = readdirSync(data.path).filter((f) => f.endsWith('.bak'))
    expect(backups).toHaveLength(1)
    expect(readFileSync(join(data.path, backups[0]!), 'utf8')).toBe(
      '{"schemaVersion":1,"customers":[{"na',
    )
  })
})
