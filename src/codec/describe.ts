/**
 * Short, safe descriptions of values and keys for messages: never longer than a few dozen
 * characters, whatever the input.
 *
 * @internal
 */

/** Longest part of a string value quoted in a message. */
const QUOTED = 40

/** A short, safe description of any value, for messages. Reads nothing from objects. */
export const describe = (u: unknown): string => {
  if (u === null) return 'null'
  if (Array.isArray(u)) return 'an array'
  switch (typeof u) {
    case 'string':
      return u.length > QUOTED
        ? `a string starting ${JSON.stringify(u.slice(0, QUOTED))}…`
        : JSON.stringify(u)
    case 'number':
      return Number.isNaN(u) ? 'NaN' : Object.is(u, -0) ? '-0' : String(u)
    case 'object':
      return 'an object'
    case 'undefined':
      return 'nothing'
    default:
      return `a ${typeof u}`
  }
}

/** A key as messages quote it: JSON, at most 40 characters of it. */
export const quoteKey = (k: string): string =>
  JSON.stringify(k.length > QUOTED ? `${k.slice(0, QUOTED)}…` : k)

/** "a" or "an" before a word. */
export const article = (word: string): string =>
  /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`

/**
 * Why something could not be read, from whatever was thrown, without trusting it: a thrown
 * proxy, a throwing `message` getter or a `message` that is not a string give a generic
 * reason. Never throws; at most 100 characters.
 */
export const reasonOf = (e: unknown): string => {
  try {
    if (typeof e === 'string') return e.slice(0, 100)
    if (typeof e === 'object' && e !== null) {
      const m: unknown = (e as { readonly message?: unknown }).message
      if (typeof m === 'string') return m.slice(0, 100)
    }
  } catch {
    // the error itself cannot be read
  }
  return 'an exception'
}
