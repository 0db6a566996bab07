import { useId, useState } from 'react'
import type { State } from '../../../shared/state/schema'
import { FeedbackLine, type Feedback, type Send } from './feedback'
import { Section } from './Section'

/** Folders (or files) of catalog YAML beside the bundled catalog; main checks each exists. */
export function CatalogFoldersSection({ state, send }: { state: State; send: Send }) {
  const [feedback, say] = useState<Feedback>(null)
  const [draft, setDraft] = useState('')
  const id = useId()
  const folders = state.settings.catalogFolders

  const save = (catalogFolders: string[], done: string) =>
    send(
      () => window.dashkey.updateSettings({ catalogFolders }),
      say,
      () => done,
      'Not saved',
    )

  return (
    <Section title="Catalog folders">
      {folders.length === 0 ? (
        <p className="empty">Only the bundled catalog.</p>
      ) : (
        <ul className="plain-list" aria-label="Catalog folders">
          {folders.map((folder) => (
            <li key={folder}>
              <code className="grow">{folder}</code>
              <button
                type="button"
                aria-label={`Remove: ${folder}`}
                onClick={() =>
                  void save(
                    folders.filter((f) => f !== folder),
                    `Removed ${folder}.`,
                  )
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault()
          const folder = draft.trim()
          if (!folder) {
            say({ level: 'error', text: 'Type the folder’s whole path first.' })
            return
          }
          void save([...folders, folder], `Added ${folder}.`).then((next) => {
            if (next !== null) setDraft('')
          })
        }}
      >
        <label htmlFor={id}>Add catalog folder</label>
        <input
          id={id}
          type="text"
          className="grow"
          value={draft}
          placeholder="/home/me/dashkey-catalog"
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit">Add</button>
      </form>
      <FeedbackLine feedback={feedback} />
    </Section>
  )
}
