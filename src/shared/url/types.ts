import type { Customer } from '../catalog/schema'

/** What a person chose to fill in; the report's filters decide where each value goes. */
export interface FilterValues {
  /** Fills every filter marked `customer:` (its name, or the named attribute). */
  customer?: Customer | null
  /** Literal values per filter name (quoted as Looker's filter UI would); several are ORed. */
  set?: Record<string, string[]>
  /** Looker filter expressions per filter name, emitted exactly as written. */
  expr?: Record<string, string>
}

export type BuildResult =
  { ok: true; url: string; warnings: string[] } | { ok: false; error: string }

export type CheckResult = { ok: true; warnings: string[] } | { ok: false; error: string }
