import { KeyList } from './KeyList'

/** What the empty box shows. Pins, favourites and recent reports come here in a later issue. */
export function StartSection({ reportCount, loading }: { reportCount: number; loading: boolean }) {
  return (
    <section className="start" aria-label="Start">
      <p className="start-lead">
        {loading ? 'Loading the catalog…' : `Type to search ${reportCount} reports`}
      </p>
      <p className="start-later">Pins, favourites and recent reports will show here.</p>
      <KeyList />
    </section>
  )
}
