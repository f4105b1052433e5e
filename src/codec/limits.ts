/**
 * The limits every interpreter enforces.
 *
 * @internal
 */

/** Deepest nesting of objects and arrays that any decoder accepts. */
export const MAX_DEPTH = 256

/** Longest string any decoder accepts (in UTF-16 code units). */
export const MAX_STRING_LENGTH = 1_000_000
