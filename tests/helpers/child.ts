// Child processes for tests: a TypeScript entry point made runnable once, then started as often
// as needed, talked to by lines on stdin and stdout, waited for without fixed sleeps.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

const ROOT = resolve(import.meta.dirname, '..', '..')

/** How to start one script: the program and its first arguments. */
export interface Runnable {
  command: string
  args: string[]
  /** Removes what `prepareScript` made. */
  dispose(): void
}

/**
 * Makes `entry` (a path from the repository root) runnable by plain Node: bundled by esbuild into
 * one file (about 0.3 s to start instead of about 0.9 s through tsx, which matters when a test
 * starts dozens of processes), or run through tsx when esbuild cannot be loaded.
 */
export async function prepareScript(entry: string): Promise<Runnable> {
  const source = join(ROOT, entry)
  try {
    const { build } = await import('esbuild')
    const dir = mkdtempSync(join(tmpdir(), 'dashkey-child-'))
    const outfile = join(dir, 'child.mjs')
    await build({
      entryPoints: [source],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      absWorkingDir: ROOT,
      logLevel: 'error',
      // Bundled CommonJS dependencies call `require` for Node's own modules.
      banner: {
        js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
      },
    })
    return {
      command: process.execPath,
      args: [outfile],
      dispose: () => rmSync(dir, { recursive: true, force: true }),
    }
  } catch {
    return { command: process.execPath, args: ['--import', 'tsx', source], dispose: () => {} }
  }
}

export interface ChildExit {
  code: number | null
  signal: NodeJS.Signals | null
}

export interface Child {
  readonly pid: number
  /** Every line it printed on stdout so far. */
  readonly lines: readonly string[]
  stderr(): string
  /** Resolves with the first line, printed so far or later, that matches. */
  waitForLine(match: (line: string) => boolean, what: string, timeoutMs?: number): Promise<string>
  send(line: string): void
  /** Sends `signal` and resolves once the process is gone. */
  kill(signal?: NodeJS.Signals): Promise<ChildExit>
  readonly exit: Promise<ChildExit>
}

export function startChild(runnable: Runnable, args: string[]): Child {
  const child = spawn(runnable.command, [...runnable.args, ...args], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  const lines: string[] = []
  let partial = ''
  let stderr = ''
  const wakers = new Set<() => void>()
  const wake = () => wakers.forEach((waker) => waker())
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n')
    partial = parts.pop() ?? ''
    lines.push(...parts)
    wake()
  })
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
  })
  // A child killed while the test writes to it is not an error of the test.
  child.stdin.on('error', () => {})
  let exited: ChildExit | null = null
  const exit = new Promise<ChildExit>((resolveExit) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal }
      resolveExit(exited)
      wake()
    })
  })
  if (child.pid === undefined) throw new Error(`could not start ${runnable.command}`)
  const pid = child.pid

  return {
    pid,
    lines,
    stderr: () => stderr,
    exit,
    send(line) {
      child.stdin.write(`${line}\n`)
    },
    async kill(signal = 'SIGKILL') {
      if (!exited) child.kill(signal)
      return exit
    },
    waitForLine(match, what, timeoutMs = 10_000) {
      return new Promise((resolveLine, reject) => {
        let seen = 0
        const check = () => {
          for (; seen < lines.length; seen += 1) {
            if (match(lines[seen]!)) {
              done()
              resolveLine(lines[seen]!)
              return
            }
          }
          if (exited) {
            done()
            reject(
              new Error(
                `process ${pid} exited (${JSON.stringify(exited)}) before ${what}; stderr: ${stderr}`,
              ),
            )
          }
        }
        const timer = setTimeout(() => {
          done()
          reject(new Error(`process ${pid}: no ${what} within ${timeoutMs} ms; stderr: ${stderr}`))
        }, timeoutMs)
        const done = () => {
          clearTimeout(timer)
          wakers.delete(check)
        }
        wakers.add(check)
        check()
      })
    },
  }
}

/** Polls `condition` until it holds; fails with `what` after `timeoutMs`. */
export async function waitUntil(
  condition: () => boolean,
  what: string,
  timeoutMs = 5_000,
): Promise<void> {
  const started = Date.now()
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms: ${what}`)
    await sleep(10)
  }
}
