import type { Kind, Tool } from './schema'

/** What a report URL says about the report behind it. */
export interface UrlIdentity {
  tool: Tool
  kind: Kind
  nativeId: string
  /** The host, folded so that two names of one service compare equal. */
  host: string
}

// Amplitude serves the same report from two hosts (`analytics.amplitude.com/org/…` and
// `app.amplitude.com/analytics/org/…`); both count as one host so they give one id.
const AMPLITUDE_HOSTS = new Set(['analytics.amplitude.com', 'app.amplitude.com'])

function toolOf(host: string): Tool {
  if (AMPLITUDE_HOSTS.has(host) || host.endsWith('.amplitude.com')) return 'amplitude'
  if (host.endsWith('.looker.com') || host.includes('looker')) return 'looker'
  return 'other'
}

function lookerIdentity(url: URL): Pick<UrlIdentity, 'kind' | 'nativeId'> | null {
  const parts = url.pathname.split('/').filter(Boolean)
  // `/embed/…` shows the same content as the path without it.
  if (parts[0] === 'embed') parts.shift()
  const [head, id] = parts
  if (!head || !id) return null
  // `dashboards-next/N` is the newer viewer of `dashboards/N`: one dashboard.
  if (head === 'dashboards' || head === 'dashboards-next') {
    return { kind: 'dashboard', nativeId: decodeURIComponent(id) }
  }
  if (head === 'looks') return { kind: 'look', nativeId: id }
  if (head === 'explore') {
    const qid = url.searchParams.get('qid')
    return qid ? { kind: 'explore', nativeId: qid } : null
  }
  return null
}

const AMPLITUDE_KINDS: Record<string, Kind> = {
  dashboard: 'dashboard',
  chart: 'chart',
  notebook: 'notebook',
}

function amplitudeIdentity(url: URL): Pick<UrlIdentity, 'kind' | 'nativeId'> | null {
  const parts = url.pathname.split('/').filter(Boolean)
  if (parts[0] === 'analytics') parts.shift()
  // parts: <org>/<kind>/<id>[/…]
  const kind = parts[1] ? AMPLITUDE_KINDS[parts[1]] : undefined
  const id = parts[2]
  return kind && id ? { kind, nativeId: id.toLowerCase() } : null
}

/** The identity a URL gives a report, or null when it is not a report link we recognise. */
export function identifyUrl(raw: string): UrlIdentity | null {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  const host = url.hostname.toLowerCase()
  const tool = toolOf(host)
  const found =
    tool === 'looker' ? lookerIdentity(url) : tool === 'amplitude' ? amplitudeIdentity(url) : null
  if (!found) return null
  return { tool, ...found, host: AMPLITUDE_HOSTS.has(host) ? 'amplitude.com' : host }
}

/**
 * The id rule of ARCHITECTURE.md: `<tool>-<kind>-<native id>`, lower-cased; where one file holds
 * two hosts of one tool, the host's first label comes first (`acme-looker-dashboard-12`).
 */
export function reportIdFor(identity: UrlIdentity, prefixHost: boolean): string {
  const base = `${identity.tool}-${identity.kind}-${identity.nativeId}`.toLowerCase()
  return prefixHost ? `${identity.host.split('.')[0] ?? identity.host}-${base}` : base
}

/** Which tools appear with more than one host among these identities. */
export function toolsWithSeveralHosts(identities: readonly UrlIdentity[]): Set<Tool> {
  const hosts = new Map<Tool, Set<string>>()
  for (const identity of identities) {
    const set = hosts.get(identity.tool) ?? new Set<string>()
    set.add(identity.host)
    hosts.set(identity.tool, set)
  }
  return new Set([...hosts].filter(([, set]) => set.size > 1).map(([tool]) => tool))
}
