import type { OpenRequest } from '../../../shared/ipc'
import type { MessageLevel } from '../hooks/useMessages'
import { call } from './call'

type Show = (level: MessageLevel, text: string) => void

/** Asks main to open a report (main builds, checks, opens and hides the window); true when it did. */
export async function openInBrowser(request: OpenRequest, show: Show): Promise<boolean> {
  const reply = await call(() => window.dashkey.openReport(request))
  if (!reply.ok) {
    show('error', `Could not open the report: ${reply.error}`)
    return false
  }
  for (const warning of reply.value.warnings) show('warning', warning)
  return true
}

/** Asks main to put the link on the clipboard, as a URL or as a Markdown link. */
export async function copyToClipboard(
  request: OpenRequest,
  format: 'url' | 'markdown',
  show: Show,
): Promise<void> {
  const reply = await call(() => window.dashkey.copyLink({ ...request, format }))
  if (!reply.ok) {
    show('error', `Could not copy the link: ${reply.error}`)
    return
  }
  show('info', format === 'url' ? 'Link copied.' : 'Markdown link copied.')
  for (const warning of reply.value.warnings) show('warning', warning)
}

export async function hideWindow(show: Show): Promise<void> {
  const reply = await call(() => window.dashkey.hideWindow())
  if (!reply.ok) show('error', `Could not hide the window: ${reply.error}`)
}
