import type { Report } from '../../../shared/catalog/schema'

const TOOL_NAMES: Readonly<Record<Report['tool'], string>> = {
  looker: 'Looker',
  amplitude: 'Amplitude',
  other: 'Other',
}

export function toolName(tool: Report['tool']): string {
  return TOOL_NAMES[tool]
}

/**
 * The headings to show for a report, each with its index in `section` (for its highlight): the
 * outermost heading is left out when it only repeats the tool ("Looker").
 */
export function shownSections(
  report: Pick<Report, 'tool' | 'section'>,
): { text: string; index: number }[] {
  const all = report.section.map((text, index) => ({ text, index }))
  const first = all[0]
  if (first !== undefined && first.text.toLowerCase() === report.tool && all.length > 1) {
    return all.slice(1)
  }
  return all
}
