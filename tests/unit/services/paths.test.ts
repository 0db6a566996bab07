import { describe, expect, it } from 'vitest'
import { resolvePaths } from '../../../src/main/services/paths'

const base = { bundledCatalogDir: '/app/catalog', home: '/home/ann', user: 'ann' }

describe('where Dashkey keeps its files', () => {
  it.each([
    ['linux', {}, '/home/ann/.config/Dashkey'],
    ['linux', { XDG_CONFIG_HOME: '/xdg' }, '/xdg/Dashkey'],
    ['darwin', {}, '/home/ann/Library/Application Support/Dashkey'],
    ['linux', { DASHKEY_DATA_DIR: '/tmp/dk' }, '/tmp/dk'],
  ] as const)('on %s with %j: %s', (platform, env, dataDir) => {
    const paths = resolvePaths({ ...base, platform, env })
    expect(paths.dataDir).toBe(dataDir)
    expect(paths.stateFile).toBe(`${dataDir}/state.json`)
    expect(paths.userCatalogDir).toBe(`${dataDir}/catalog`)
    expect(paths.logsDir).toBe(`${dataDir}/logs`)
    expect(paths.controlEndpoint).toBe(`${dataDir}/control.sock`)
  })

  it('uses %APPDATA% and a per-user named pipe on Windows', () => {
    const paths = resolvePaths({
      ...base,
      platform: 'win32',
      env: { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' },
    })
    expect(paths.dataDir).toMatch(/^C:\\Users\\ann\\AppData\\Roaming.Dashkey$/)
    expect(paths.controlEndpoint).toBe('\\\\.\\pipe\\dashkey-ann')
  })
})
