import { useId, useState } from 'react'
import type { State } from '../../../shared/state/schema'
import { call } from '../api/call'
import { FeedbackLine, type Feedback } from './feedback'
import { Section } from './Section'
import { importedText } from './texts'

interface Props {
  state: State
  accept: (state: State, since: number) => void
  changes: () => number
}

/** Customers from a file: CSV `name,aliases,<attribute>…`, or one name per line. */
export function CustomersSection({ state, accept, changes }: Props) {
  const [feedback, say] = useState<Feedback>(null)
  const id = useId()

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0]
    if (file === undefined) return
    const since = changes()
    let text: string
    try {
      text = await file.text()
    } catch (error) {
      say({ level: 'error', text: `Could not read ${file.name}: ${String(error)}` })
      return
    }
    const reply = await call(() => window.dashkey.importCustomers({ name: file.name, text }))
    // The same file can be chosen again.
    input.value = ''
    if (!reply.ok) {
      say({ level: 'error', text: `Nothing imported: ${reply.error}` })
      return
    }
    accept(reply.value.state, since)
    say({ level: 'info', text: importedText(reply.value.imported) })
  }

  return (
    <Section title="Customers">
      <p>
        {state.customers.length} saved customer{state.customers.length === 1 ? '' : 's'}, beside the
        catalog’s.
      </p>
      <div className="row">
        <label htmlFor={id}>Import customers</label>
        <input
          id={id}
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          aria-describedby={`${id}-hint`}
          onChange={(event) => void importFile(event.currentTarget)}
        />
      </div>
      <p id={`${id}-hint`} className="hint">
        A CSV file with the header <code>name,aliases,installerEmail…</code> (aliases separated by
        “;”), or one name per line. A customer already saved is updated.
      </p>
      <FeedbackLine feedback={feedback} />
    </Section>
  )
}
