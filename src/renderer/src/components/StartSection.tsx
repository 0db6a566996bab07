import { KeyHints, KeyList, MOD } from './KeyList'

interface Props {
  reportCount: number
  loading: boolean
  /** The empty box lists pins, favourites or recent reports above: the short key line will do. */
  listed: boolean
}

/** What the empty box shows besides its list: how to begin, and the keys. */
export function StartSection({ reportCount, loading, listed }: Props) {
  if (listed) {
    return (
      <section className="start start-short" aria-label="Start">
        <KeyHints read />
      </section>
    )
  }
  return (
    <section className="start" aria-label="Start">
      <p className="start-lead">
        {loading ? 'Loading the catalog…' : `Type to search ${reportCount} reports`}
      </p>
      <p className="start-later">
        Star a report with {MOD}+D and pin one with its customer with {MOD}+P: your pins, favourites
        and recent reports then show here.
      </p>
      <KeyList />
    </section>
  )
}
