import { parse } from 'shell-quote'

export type CommandParse = { ok: true; file: string; args: string[] } | { ok: false; error: string }

/**
 * Splits a browser command such as `google-chrome --profile-directory="Profile 1"` into a program
 * and its arguments. It is never handed to a shell (SECURITY.md row 23): pipes, redirections,
 * `;`, globs and `$(…)` are refused rather than interpreted, and `$VAR` stays literal text.
 */
export function parseBrowserCommand(command: string): CommandParse {
  const tokens = parse(command, (name) => `$${name}`)
  const words: string[] = []
  for (const token of tokens) {
    if (typeof token !== 'string') {
      return {
        ok: false,
        error: `the browser command "${command}" holds shell syntax; give a program and its arguments only`,
      }
    }
    words.push(token)
  }
  const [file, ...args] = words
  if (!file) return { ok: false, error: 'the browser command is empty' }
  return { ok: true, file, args }
}
