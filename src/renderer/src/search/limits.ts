/**
 * How many results the quick-find window asks for. Plain constants, apart from React, so that
 * the bench (scripts/bench) times the search exactly as the window runs it.
 */

/**
 * Rows the list holds at most. The list is virtualised, but the search pays per result (match
 * ranges, the copy to the window): at 200 it took about 4x as long per keystroke as at 50.
 */
export const RESULT_LIMIT = 50

/**
 * Rows the window finds within a keystroke: the 6 or 7 the window shows, the 2 the list renders
 * beyond them (VirtualOptions' overscan), and one more. A search costs about a third as much for
 * 10 results as for 50 (the pool that fuse.js scores grows with the limit), which kept the
 * keystroke-to-paint p95 at 10,000 reports under a frame (`npm run bench:renderer`); the rest of
 * the list is found when the person moves or scrolls towards its end.
 */
export const FIRST_SCREEN = 10
