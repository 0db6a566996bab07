import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  resolveAppFile,
  serveAppFile,
} from '../../../src/main/app-protocol'
import {
  createLauncherWindow,
  denyPermissions,
  hardenContents,
} from '../../../src/main/launcher-window'
import { FakeEmitter, fakeEvent } from './fakes'

describe('the window options', () => {
  it('isolate the page from Node and Electron, inline', () => {
    class FakeBrowserWindow {
      constructor(readonly options: Record<string, unknown>) {}
    }
    const window = createLauncherWindow(FakeBrowserWindow as never, '/app/preload/index.cjs', false)
    const { options } = window as unknown as FakeBrowserWindow
    expect(options).toMatchObject({ show: false, frame: false, alwaysOnTop: true })
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      devTools: false,
    })
  })
})

describe('the window contents', () => {
  function hardened() {
    const contents = Object.assign(new FakeEmitter(), {
      openHandler: undefined as undefined | ((details: { url: string }) => { action: string }),
      setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
        contents.openHandler = handler
      },
    })
    const log: string[] = []
    hardenContents(contents as never, (line) => log.push(line))
    return { contents, log }
  }

  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('deny %s', (name) => {
    const { contents, log } = hardened()
    const event = fakeEvent()
    contents.emit(name, event, 'https://evil.example/')
    expect(event.prevented).toBe(true)
    expect(log).toEqual([`denied ${name} https://evil.example/`])
  })

  it('deny window.open and middle clicks (new windows)', () => {
    const { contents } = hardened()
    expect(contents.openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
  })

  it('deny every permission request and check', () => {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined
    let checkHandler: (() => boolean) | undefined
    denyPermissions({
      setPermissionRequestHandler: (handler: never) => void (request = handler),
      setPermissionCheckHandler: (handler: never) => void (checkHandler = handler),
    } as never)
    const answers: boolean[] = []
    request?.({}, 'media', (granted) => answers.push(granted))
    request?.({}, 'notifications', (granted) => answers.push(granted))
    expect(answers).toEqual([false, false])
    expect(checkHandler?.()).toBe(false)
  })
})

describe('the app:// protocol', () => {
  const root = mkdtempSync(join(tmpdir(), 'dashkey-renderer-'))
  mkdirSync(join(root, 'assets'))
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Dashkey</title>')
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(root, '..', 'secret.txt'), 'secret')

  it.each([
    ['app://dashkey/', 'index.html'],
    ['app://dashkey/index.html', 'index.html'],
    ['app://dashkey/assets/app.js', 'assets/app.js'],
  ])('serves %s from the app folder', (url, file) => {
    expect(resolveAppFile(url, root)).toBe(join(root, file))
  })

  it.each(['app://dashkey/../secret.txt', 'app://dashkey/%2e%2e/secret.txt'])(
    'keeps %s inside the app folder (the URL parser drops the dot segments)',
    (url) => {
      expect(resolveAppFile(url, root)).toBe(join(root, 'secret.txt'))
    },
  )

  it.each([
    'app://dashkey/..%2fsecret.txt',
    'app://dashkey/assets/..%2f..%2fsecret.txt',
    'app://dashkey/assets/%00.js',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://dashkey/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, root)).toBeNull()
  })

  it('sends the strict CSP with every page', async () => {
    const response = await serveAppFile('app://dashkey/index.html', root)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/)
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/)
    expect((await serveAppFile('app://dashkey/../secret.txt', root)).status).toBe(404)
    expect((await serveAppFile('app://dashkey/missing.js', root)).status).toBe(404)
  })
})
