import { memo } from 'react'
import type { SearchResult } from '../../../shared/search'
import { shownSections, toolName } from '../report/describe'
import { rangesOf } from '../text/highlight'
import { PinIcon, StarIcon } from './Icons'
import { Marked } from './Marked'

interface Props {
  id: string
  result: SearchResult
  /** The customer it opens with (prefilled from the query or the customer field), if any. */
  customer: string | null
  /** The report is one of the person's favourites: a star shows. */
  favourite: boolean
  selected: boolean
  /** Its place in the list, given to onPick. */
  index: number
  /** Stable across renders, so a row whose props are unchanged does not render again. */
  onPick: (index: number) => void
  /** In a virtualised list: the whole list's length and the row's offset. */
  virtual?: { setSize: number; start: number }
}

/** The alias that matched when the title did not, so a row shows why it is there. */
function matchedAlias(result: SearchResult): { text: string; index: number } | null {
  if (rangesOf(result.matches, 'title').length > 0) return null
  const match = result.matches.find((m) => m.key === 'aliases' && m.refIndex !== undefined)
  const text = match?.refIndex === undefined ? undefined : result.report.aliases[match.refIndex]
  return text === undefined || match?.refIndex === undefined
    ? null
    : { text, index: match.refIndex }
}

/**
 * One report in the results: title (matched letters marked), customer, then where it lives. A
 * pin shows its label for a title, and its report's title with the rest.
 */
export const ResultOption = memo(function ResultOption(props: Props) {
  const { id, result, customer, favourite, selected, index, onPick, virtual } = props
  const { report, matches, pin } = result
  const alias = pin === null ? matchedAlias(result) : null
  const sections = shownSections(report)
  return (
    <li
      id={id}
      role="option"
      aria-selected={selected}
      aria-setsize={virtual?.setSize}
      aria-posinset={virtual && index + 1}
      data-index={virtual && index}
      style={virtual && { transform: `translateY(${virtual.start}px)` }}
      className="result"
      // Keep the focus in the search box; the click picks the row.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onPick(index)}
    >
      <div className="result-title">
        {pin !== null && (
          <>
            <PinIcon className="pin-mark" label="Pinned" />{' '}
          </>
        )}
        <span className="title">
          {pin === null ? (
            <Marked text={report.title} ranges={rangesOf(matches, 'title')} />
          ) : (
            pin.label
          )}
        </span>
        {favourite && (
          <>
            {' '}
            <StarIcon className="star" label="Favourite" />
          </>
        )}
        {customer !== null && !labelNames(pin, customer) && (
          <span className="for-customer"> for {customer}</span>
        )}
        {alias !== null && (
          <span className="alias">
            {' '}
            (<Marked text={alias.text} ranges={rangesOf(matches, 'aliases', alias.index)} />)
          </span>
        )}
      </div>
      <div className="result-meta">
        {pin !== null && <span className="pinned-report">{report.title} · </span>}
        <span className="tool" data-tool={report.tool}>
          <Marked text={toolName(report.tool)} ranges={rangesOf(matches, 'tool')} />
        </span>
        {' · '}
        <span className="kind">
          <Marked text={report.kind} ranges={rangesOf(matches, 'kind')} />
        </span>
        {sections.map(({ text, index }, position) => (
          <span key={index} className="section">
            {position === 0 ? ' · ' : ' › '}
            <Marked text={text} ranges={rangesOf(matches, 'section', index)} />
          </span>
        ))}
        {' · '}
        <span className="scope" data-scope={report.scope}>
          {report.scope}
        </span>
      </div>
    </li>
  )
}, sameRow)

/** Props compare by value, but `virtual` by its fields: it is a fresh object every render. */
function sameRow(a: Props, b: Props): boolean {
  return (
    a.id === b.id &&
    a.result === b.result &&
    a.customer === b.customer &&
    a.favourite === b.favourite &&
    a.selected === b.selected &&
    a.index === b.index &&
    a.onPick === b.onPick &&
    a.virtual?.setSize === b.virtual?.setSize &&
    a.virtual?.start === b.virtual?.start
  )
}

/** A pin labelled "Server instances — Chime" already says whom it is for. */
function labelNames(pin: { label: string } | null, customer: string): boolean {
  return pin !== null && pin.label.toLowerCase().includes(customer.toLowerCase())
}
