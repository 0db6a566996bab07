/** Characters with a meaning in a Looker string filter: quotes, OR (`,`), wildcards (`%`, `_`), escapes (`^`, `\`). */
const SPECIAL = /['",%_^\\]/
/** Words Looker reads as "is null" / "is empty" rather than as text. */
const KEYWORD = /^(null|empty)$/i
/** Looker trims unquoted values, so edge white space only survives inside quotes. */
const EDGE_SPACE = /^\s|\s$/

/**
 * A user's value as a Looker string-filter expression that matches exactly that text: the rule of
 * Looker's own filter UI. Values that Looker would read as syntax (a leading `-` is NOT, `,` is OR,
 * `%` and `_` are wildcards, `null`/`empty` are keywords, edge spaces are trimmed) are written in
 * double quotes with `\` -> `\\` and `"` -> `\"`; anything else is written as it is.
 * Quoting a plain value would also be correct; it is left bare so links read like Looker's own.
 */
export function literalExpression(value: string): string {
  const needsQuotes =
    value.startsWith('-') || SPECIAL.test(value) || EDGE_SPACE.test(value) || KEYWORD.test(value)
  if (!needsQuotes) return value
  // Backslashes first, or the backslashes added before quotes would be doubled again.
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}
