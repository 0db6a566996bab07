// `npm run test:electron`: the end-to-end suite against the real app. It needs Electron's binary,
// which `npm install` downloads where the network allows it; where it is missing, this says so
// plainly and why, so nobody mistakes a skipped suite for a passed one.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/**
 * Where Electron's binary is, read the way the electron package reads it, without requiring the
 * package: its require would try to download the binary right here.
 */
function electronBinary(): { path: string } | { missing: string } {
  const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  const pathFile = join(dir, 'path.txt')
  if (!existsSync(pathFile)) {
    return { missing: 'node_modules/electron/path.txt is absent: the binary was never downloaded' }
  }
  const name = readFileSync(pathFile, 'utf8')
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  const path = override ? join(override, name || 'electron') : join(dir, 'dist', name)
  return existsSync(path) ? { path } : { missing: `${path} does not exist` }
}

const binary = electronBinary()
if ('missing' in binary) {
  console.log(
    [
      'SKIPPED test:electron — the Electron binary is not installed on this machine',
      `  (${binary.missing}).`,
      '  Its download needs network access, which this machine lacks. On a machine with the',
      '  binary (`npm install` with network, or `node node_modules/electron/install.js`) this',
      '  suite starts the real app: window, hotkey, --toggle, dashkey toggle, opening a link.',
    ].join('\n'),
  )
  process.exit(0)
}

const run = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
  execFileSync(command, args, { stdio: 'inherit', env })

run('npx', ['electron-vite', 'build'])
run('npx', ['vitest', 'run', '--config', 'vitest.electron.config.ts'], {
  ...process.env,
  DASHKEY_ELECTRON_BINARY: binary.path,
})
