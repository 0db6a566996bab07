/**
 * Numbers requests and tells whether an answer is for the latest one: answers for a query the
 * person has already typed past arrive late and must be dropped, not shown.
 */
export interface LatestGate {
  /** The number of a new request; every earlier one is stale from now on. */
  next(): number
  isLatest(seq: number): boolean
}

export function createLatestGate(): LatestGate {
  let latest = 0
  return {
    next: () => ++latest,
    isLatest: (seq) => seq === latest,
  }
}
