import { describe, expect, it } from 'vitest'
import { parseBrowserCommand } from '../../../src/main/services/browser-command'

describe('the browser command setting', () => {
  it.each([
    ['firefox', 'firefox', []],
    [
      'google-chrome --profile-directory="Profile 1"',
      'google-chrome',
      ['--profile-directory=Profile 1'],
    ],
    [
      "'/Applications/Google Chrome.app/x' --new-window",
      '/Applications/Google Chrome.app/x',
      ['--new-window'],
    ],
    ['browser $HOME', 'browser', ['$HOME']],
  ])('%s runs %s with %j', (command, file, args) => {
    expect(parseBrowserCommand(command)).toEqual({ ok: true, file, args })
  })

  it.each([
    'firefox; rm -rf ~',
    'firefox | tee x',
    'firefox > /tmp/x',
    'firefox && evil',
    'firefox *',
  ])('refuses shell syntax: %s', (command) => {
    const parsed = parseBrowserCommand(command)
    expect(parsed.ok).toBe(false)
    expect(parsed.ok ? '' : parsed.error).toMatch(/shell syntax/)
  })

  it('refuses an empty command', () => {
    expect(parseBrowserCommand('   ')).toEqual({ ok: false, error: 'the browser command is empty' })
  })
})
