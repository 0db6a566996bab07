// Limits of the saved state, apart from its zod schema so the search worker can use them without
// bundling zod.

/** Recents kept; older ones fall off. */
export const MAX_RECENTS = 50
/** Usage entries kept (query, report pairs); the weakest fall off first. */
export const MAX_USAGE = 2000
