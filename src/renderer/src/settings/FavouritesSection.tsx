import { useState } from 'react'
import type { Report } from '../../../shared/catalog/schema'
import type { State } from '../../../shared/state/schema'
import { FeedbackLine, type Feedback, type Send } from './feedback'
import { OrderedList } from './OrderedList'
import { moved } from './reorder'
import { Section } from './Section'

interface Props {
  state: State
  send: Send
  byId: ReadonlyMap<string, Report>
}

/** The starred reports, in the order the empty box and the tray list them. */
export function FavouritesSection({ state, send, byId }: Props) {
  const [feedback, say] = useState<Feedback>(null)
  const ids = state.favouriteReports
  const titleOf = (id: string) => byId.get(id)?.title ?? id

  return (
    <Section title="Favourites">
      <OrderedList
        label="Favourite reports"
        empty="No favourite reports: star one with Ctrl+D in the quick-find."
        items={ids.map((id) => {
          const report = byId.get(id)
          return {
            key: id,
            name: titleOf(id),
            content:
              report === undefined ? (
                <>
                  {id} <span className="hint">(no longer in the catalog)</span>
                </>
              ) : (
                report.title
              ),
          }
        })}
        onMove={(index, delta) => {
          const next = moved(ids, index, delta)
          if (next === null) return
          void send(
            () => window.dashkey.reorderFavourites({ ids: next }),
            say,
            () => `Moved ${delta < 0 ? 'up' : 'down'}: ${titleOf(ids[index] ?? '')}`,
            'Not moved',
          )
        }}
        onRemove={(index) => {
          const reportId = ids[index]
          if (reportId === undefined) return
          void send(
            () => window.dashkey.removeFavourite({ reportId }),
            say,
            () => `Removed from favourites: ${titleOf(reportId)}`,
            'Not removed',
          )
        }}
      />
      <FeedbackLine feedback={feedback} />
    </Section>
  )
}
