import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createLogger } from '../../../src/main/services/logger'
import { makeTempDir, type TempDir } from '../../helpers/temp-dir'

let dir: TempDir
beforeEach(() => {
  dir = makeTempDir()
})
afterEach(() => dir.remove())

const linesOf = (path: string) => readFileSync(path, 'utf8').split(/\r?\n/).filter(Boolean)

describe('the log', () => {
  // electron-log pads the level so that messages line up: `[info]  x`, `[error] x`.
  it('creates the logs folder and writes one line per call, with the time and the level', () => {
    const logsDir = join(dir.path, 'data', 'logs')
    const log = createLogger(logsDir)
    log.info('started')
    log.warn('hotkey Alt+Space is taken')
    log.error('catalog: reload failed')
    expect(log.file).toBe(join(logsDir, 'main.log'))
    const stamp = String.raw`^\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}\]`
    expect(linesOf(log.file)).toEqual([
      expect.stringMatching(new RegExp(`${stamp} \\[info\\] +started$`)),
      expect.stringMatching(new RegExp(`${stamp} \\[warn\\] +hotkey Alt\\+Space is taken$`)),
      expect.stringMatching(new RegExp(`${stamp} \\[error\\] +catalog: reload failed$`)),
    ])
  })

  it('rotates past maxBytes into main.1.log…main.3.log, newest first, and keeps no more', () => {
    const logsDir = join(dir.path, 'logs')
    const log = createLogger(logsDir, { maxBytes: 1_000 })
    for (let i = 0; i < 100; i++) log.info(`line ${String(i).padStart(3, '0')} ${'x'.repeat(60)}`)
    const file = (name: string) => join(logsDir, name)
    expect(statSync(log.file).size).toBeLessThan(1_200)
    expect(existsSync(file('main.1.log'))).toBe(true)
    expect(existsSync(file('main.3.log'))).toBe(true)
    expect(existsSync(file('main.4.log'))).toBe(false)
    const numbers = (name: string) =>
      linesOf(file(name)).map((l) => Number(/line (\d+)/.exec(l)?.[1]))
    // Each archive holds the lines just before the next newer file's.
    expect(numbers('main.log').at(-1)).toBe(99)
    expect(numbers('main.1.log').at(-1)).toBe(numbers('main.log')[0]! - 1)
    expect(numbers('main.2.log').at(-1)).toBe(numbers('main.1.log')[0]! - 1)
    expect(numbers('main.3.log').at(-1)).toBe(numbers('main.2.log')[0]! - 1)
  })

  it('keeps loggers for different folders apart', () => {
    const one = createLogger(join(dir.path, 'one'))
    const two = createLogger(join(dir.path, 'two'))
    one.info('to one')
    two.info('to two')
    expect(linesOf(one.file)).toEqual([expect.stringMatching(/\[info\] +to one$/)])
    expect(linesOf(two.file)).toEqual([expect.stringMatching(/\[info\] +to two$/)])
  })
})
