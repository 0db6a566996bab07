import { homedir, userInfo } from 'node:os'
import { join } from 'node:path'

/** Where Dashkey keeps its files; the app and the CLI both find them here. */
export interface Paths {
  dataDir: string
  stateFile: string
  userCatalogDir: string
  logsDir: string
  /** A Unix socket in the data folder, or a per-user named pipe on Windows. */
  controlEndpoint: string
  bundledCatalogDir: string
}

export interface PathsInput {
  env: Record<string, string | undefined>
  platform: NodeJS.Platform
  bundledCatalogDir: string
  home?: string
  user?: string
}

/** The data folder of ARCHITECTURE.md: Electron's `userData` for the product name Dashkey. */
export function dataDirFor({ env, platform, home = homedir() }: PathsInput): string {
  if (env.DASHKEY_DATA_DIR) return env.DASHKEY_DATA_DIR
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Dashkey')
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Dashkey')
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'Dashkey')
}

export function resolvePaths(input: PathsInput): Paths {
  const dataDir = dataDirFor(input)
  const user = input.user ?? userInfo().username
  return {
    dataDir,
    stateFile: join(dataDir, 'state.json'),
    userCatalogDir: join(dataDir, 'catalog'),
    logsDir: join(dataDir, 'logs'),
    controlEndpoint:
      input.platform === 'win32'
        ? `\\\\.\\pipe\\dashkey-${user.replace(/[^A-Za-z0-9_.-]/g, '_')}`
        : join(dataDir, 'control.sock'),
    bundledCatalogDir: input.bundledCatalogDir,
  }
}
