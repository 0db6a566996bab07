import type { BuildResult } from '../../../shared/url'

/**
 * The exact link the selection opens, built here for showing only (main builds it again and
 * checks it before opening). A link that cannot be built shows why, in its place.
 */
export function LinkPreview({ link }: { link: BuildResult }) {
  return (
    <div className="link" data-ok={link.ok}>
      <output aria-label="Link" aria-live="off" className="link-text">
        {link.ok ? link.url : link.error}
      </output>
      {link.ok && link.warnings.length > 0 && (
        <ul className="link-warnings">
          {link.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
