import type { OpenRequest, PinRequest } from '../../../shared/ipc'
import type { State } from '../../../shared/state/schema'
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

/** Stars the report, or unstars it if it was starred; the new state, or null when refused. */
export async function toggleFavourite(
  report: { id: string; title: string },
  show: Show,
): Promise<State | null> {
  const reply = await call(() => window.dashkey.toggleFavouriteReport({ reportId: report.id }))
  if (!reply.ok) {
    show('error', `Could not star the report: ${reply.error}`)
    return null
  }
  const starred = reply.value.favouriteReports.includes(report.id)
  show('info', `${starred ? 'Starred' : 'Unstarred'}: ${report.title}`)
  return reply.value
}

/** Pins a report with its customer and filter values (main labels it); the new state, or null. */
export async function pin(request: PinRequest, show: Show): Promise<State | null> {
  const reply = await call(() => window.dashkey.pinReport(request))
  if (!reply.ok) {
    show('error', `Could not pin: ${reply.error}`)
    return null
  }
  // The pin is added last, in the same locked write that answered.
  const label = reply.value.pins.at(-1)?.label
  show('info', label === undefined ? 'Pinned.' : `Pinned: ${label}`)
  return reply.value
}

/** Stars or unstars a customer; the new state, or null when refused. */
export async function setCustomerFavourite(
  name: string,
  favourite: boolean,
  show: Show,
): Promise<State | null> {
  const reply = await call(() => window.dashkey.setCustomerFavourite({ name, favourite }))
  if (!reply.ok) {
    show('error', `Could not ${favourite ? 'star' : 'unstar'} ${name}: ${reply.error}`)
    return null
  }
  show('info', `${favourite ? 'Starred' : 'Unstarred'}: ${name}`)
  return reply.value
}
