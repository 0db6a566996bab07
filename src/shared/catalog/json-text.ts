/**
 * The JSON fast path of catalog parsing. A machine-written catalog (a sync, an import) is JSON,
 * which is YAML too, and the `yaml` package parses 50,000 reports of it in 15 s where JSON.parse
 * takes 0.2 s. Positions are only needed to word problems, so they are found afterwards, and only
 * when asked, by scanning the text: the same line and column the `yaml` parser gives the same
 * node (the start of its value, or of its key), so every message stays as it was.
 */

export interface Position {
  line: number
  column: number
}

/** Where the nodes of a parsed text are. */
export interface Positions {
  /** The position of the node at `path` (or of its nearest existing parent). */
  locate(path: readonly PropertyKey[]): Position
  /** The position of `key` in the object at `path`, or null when there is no such object or key. */
  keyPosition(path: readonly PropertyKey[], key: string): Position | null
}

const QUOTE = 34
const BACKSLASH = 92

/**
 * JSON.parse of a catalog text, or undefined where the YAML parser must decide instead: text
 * that is not a JSON object, does not parse as JSON, or repeats a key within an object (JSON.parse
 * keeps the last; the YAML parser, with `uniqueKeys`, reports it, and so must we).
 */
export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  let start = 0
  while (start < text.length && isSpace(text.charCodeAt(start))) start++
  if (text.charCodeAt(start) !== 123 /* { */) return undefined
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
  // Every ':' outside strings separates one key from its value; the parsed objects hold fewer
  // keys than that exactly when some key was repeated. The colons inside strings are counted in
  // the parsed keys and values, where a native search finds them (a scan of the text, character
  // by character, took 80 ms of a 20 MB file's load). A colon written as an escape (\u003a) is
  // in a parsed string but not in the text: the counts then differ, and the YAML parser decides,
  // as it does for anything else this path is unsure of.
  const counted = countKeys(value)
  return counted.keys + counted.colons === countAll(text, ':')
    ? (value as Record<string, unknown>)
    : undefined
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9
}

/** How often `char` occurs in `text`. */
function countAll(text: string, char: string): number {
  let count = 0
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) count++
  return count
}

/** The keys of the objects in a parsed value, and the colons in its keys and strings. */
function countKeys(value: unknown): { keys: number; colons: number } {
  const counted = { keys: 0, colons: 0 }
  const visit = (node: unknown): void => {
    if (typeof node === 'string') {
      if (node.includes(':')) counted.colons += countAll(node, ':')
    } else if (Array.isArray(node)) {
      for (const item of node) visit(item)
    } else if (node !== null && typeof node === 'object') {
      for (const key in node) {
        counted.keys++
        if (key.includes(':')) counted.colons += countAll(key, ':')
        visit((node as Record<string, unknown>)[key])
      }
    }
  }
  visit(value)
  return counted
}

interface Members {
  /** Per key: where the key starts (its opening quote) and where its value starts. */
  byKey: Map<string, { key: number; value: number }>
}

interface Elements {
  /** Where each element found so far starts. */
  starts: number[]
  /** Where to go on scanning for more, or -1 when the array's end was reached. */
  next: number
}

/**
 * Positions in a JSON text that JSON.parse accepted. Each object is scanned once, when a path
 * first goes through it; an array only as far as the elements asked for, so locating the 49,000th
 * report does not cost a scan of the whole file each time.
 */
export function jsonPositions(text: string): Positions {
  const objects = new Map<number, Members>()
  const arrays = new Map<number, Elements>()
  let lineStarts: number[] | null = null

  const skipSpace = (i: number) => {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++
    return i
  }
  const skipString = (i: number) => {
    for (i++; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code === BACKSLASH) i++
      else if (code === QUOTE) return i + 1
    }
    return i
  }
  const skipValue = (i: number): number => {
    const code = text.charCodeAt(i)
    if (code === QUOTE) return skipString(i)
    if (code === 123 /* { */ || code === 91 /* [ */) {
      // Brackets inside strings are skipped with the strings, so depth alone finds the end.
      let depth = 0
      for (; i < text.length; i++) {
        const c = text.charCodeAt(i)
        if (c === QUOTE) i = skipString(i) - 1
        else if (c === 123 || c === 91) depth++
        else if (c === 125 || c === 93) {
          if (--depth === 0) return i + 1
        }
      }
      return i
    }
    // A number, true, false or null.
    while (i < text.length) {
      const c = text.charCodeAt(i)
      if (c === 44 || c === 125 || c === 93 || isSpace(c)) break
      i++
    }
    return i
  }

  const membersOf = (start: number): Members => {
    let members = objects.get(start)
    if (members !== undefined) return members
    members = { byKey: new Map() }
    let i = skipSpace(start + 1)
    while (i < text.length && text.charCodeAt(i) === QUOTE) {
      const keyStart = i
      i = skipString(i)
      const key = JSON.parse(text.slice(keyStart, i)) as string
      i = skipSpace(skipSpace(i) + 1) // past the ':'
      if (!members.byKey.has(key)) members.byKey.set(key, { key: keyStart, value: i })
      i = skipSpace(skipValue(i))
      if (text.charCodeAt(i) === 44 /* , */) i = skipSpace(i + 1)
    }
    objects.set(start, members)
    return members
  }

  const elementOf = (start: number, index: number): number | undefined => {
    let elements = arrays.get(start)
    if (elements === undefined) {
      const first = skipSpace(start + 1)
      elements = { starts: [], next: text.charCodeAt(first) === 93 /* ] */ ? -1 : first }
      arrays.set(start, elements)
    }
    while (elements.starts.length <= index && elements.next >= 0) {
      const at = elements.next
      elements.starts.push(at)
      const after = skipSpace(skipValue(at))
      elements.next = text.charCodeAt(after) === 44 /* , */ ? skipSpace(after + 1) : -1
    }
    return elements.starts[index]
  }

  /** The start of the value at `path`, as deep as it exists, and how many steps it went. */
  const walk = (path: readonly PropertyKey[]): { at: number; depth: number } => {
    let at = skipSpace(0)
    let depth = 0
    for (const step of path) {
      const code = text.charCodeAt(at)
      let next: number | undefined
      // The `yaml` package matches a map key by equality and a sequence index as a number
      // (`'3'` included), so do the same.
      if (code === 123 && typeof step === 'string') next = membersOf(at).byKey.get(step)?.value
      else if (code === 91) {
        const index = typeof step === 'string' ? (step ? Number(step) : NaN) : step
        if (typeof index === 'number' && Number.isInteger(index) && index >= 0) {
          next = elementOf(at, index)
        }
      }
      if (next === undefined) break
      at = next
      depth++
    }
    return { at, depth }
  }

  const position = (offset: number): Position => {
    if (lineStarts === null) {
      lineStarts = [0]
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1)
    }
    let lo = 0
    let hi = lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 }
  }

  return {
    locate: (path) => position(walk(path).at),
    keyPosition: (path, key) => {
      const { at, depth } = walk(path)
      if (depth < path.length || text.charCodeAt(at) !== 123) return null
      const member = membersOf(at).byKey.get(key)
      return member === undefined ? null : position(member.key)
    },
  }
}
