import { segments } from '../text/highlight'

/** Text with the letters the query matched in <mark>. */
export function Marked({ text, ranges }: { text: string; ranges: readonly [number, number][] }) {
  return (
    <>
      {segments(text, ranges).map((segment, i) =>
        segment.marked ? <mark key={i}>{segment.text}</mark> : segment.text,
      )}
    </>
  )
}
