/**
 * The quick-find search: fuzzy, word-order-free matching of reports (fuse.js), and a trailing
 * customer in the query ("batch changes chime"). Pure TypeScript: runs in Node and in a worker.
 */
export { createSearch } from './create-search'
export { parseQuery } from './parse-query'
export type { ParsedQuery, Search, SearchMatch, SearchOptions, SearchResult } from './types'
