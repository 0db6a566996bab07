/**
 * The rows a virtualised list renders: those in view (plus overscan) and the selected one, so
 * that aria-activedescendant always names an element in the page, even before the list has
 * scrolled to it. Sorted, without duplicates.
 */
export function withSelected(
  visible: readonly number[],
  selected: number,
  count: number,
): number[] {
  if (selected < 0 || selected >= count || visible.includes(selected)) return [...visible]
  return [...visible, selected].sort((a, b) => a - b)
}
