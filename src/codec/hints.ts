/**
 * Repair hints: the nearest of a list of words by edit distance, and a one-line example of
 * the shape a node expects. Both are bounded: words longer than {@link MAX_WORD} get no
 * hint, and a decode spends at most a fixed budget of character comparisons on hints.
 *
 * @internal
 */
import type * as AST from './AST.js'
import { underlying } from './AST.js'

/** Longest word compared for a hint. */
export const MAX_WORD = 64

/** Character comparisons one decode may spend on hints. */
export const HINT_BUDGET = 20_000_000

/** A running budget of work for hints; every comparison spends from it. */
export interface Budget {
  left: number
}

/** A fresh budget. */
export const budget = (): Budget => ({ left: HINT_BUDGET })

/**
 * The Levenshtein distance of two words, or `limit + 1` as soon as it must exceed `limit`
 * (when the lengths differ by more, or every entry of a row of the table does).
 */
export const distance = (a: string, b: string, limit: number): number => {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  if (a === b) return 0
  const n = b.length
  let prev = new Array<number>(n + 1)
  let cur = new Array<number>(n + 1)
  for (let j = 0; j <= n; j++) prev[j] = j
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i
    let best = i
    const ai = a.charCodeAt(i - 1)
    for (let j = 1; j <= n; j++) {
      const d = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (ai === b.charCodeAt(j - 1) ? 0 : 1),
      )
      cur[j] = d
      if (d < best) best = d
    }
    if (best > limit) return limit + 1
    const swap = prev
    prev = cur
    cur = swap
  }
  return Math.min(prev[n]!, limit + 1)
}

/** The most edits a hint may be away from the word: two, or half the longer word. */
const allowed = (a: string, b: string): number =>
  Math.max(2, Math.floor(Math.max(a.length, b.length) / 2))

/** Characters that part the words of an id or a key: `ansar-al-sahel`, `us_forces`. */
const SEPARATOR = /[-_.:/ ]/

/**
 * Whether one of the two is the other with words added at its start or end, at a word
 * boundary: `ansar` and `ansar-al-sahel`, `state-department` and `us-state-department`.
 */
const extends_ = (a: string, b: string): boolean => {
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  if (short.length < 3 || short.length === long.length) return false
  const lower = long.toLowerCase()
  const part = short.toLowerCase()
  return (
    (lower.startsWith(part) && SEPARATOR.test(long.charAt(short.length))) ||
    (lower.endsWith(part) && SEPARATOR.test(long.charAt(long.length - short.length - 1)))
  )
}

/**
 * The candidate nearest to `word` by edit distance (ties go to the earlier candidate), if
 * one is close enough to be a plausible misspelling: within two edits, or within half the
 * length of the longer word, and not a complete replacement. Case differences count as
 * edits, but an exact match ignoring case always wins. With no such candidate, the first
 * that is the word with words added or left out at its start or end (`ansar-al-sahel` for
 * `ansar`), as a model writes a longer or shorter form of an id.
 */
export const nearest = (
  word: string,
  candidates: Iterable<string>,
  spend: Budget,
): string | undefined => {
  if (word.length === 0 || word.length > MAX_WORD) return undefined
  const lower = word.toLowerCase()
  let best: string | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  let longer: string | undefined
  for (const c of candidates) {
    if (c === word || c.length > MAX_WORD) continue
    if (spend.left <= 0) break
    spend.left -= Math.max(1, word.length * c.length)
    if (c.toLowerCase() === lower) return c
    if (longer === undefined && extends_(word, c)) longer = c
    const limit = Math.min(allowed(word, c), Math.max(word.length, c.length) - 1)
    if (limit < 1) continue
    const d = distance(word, c, Math.min(limit, bestDistance - 1))
    if (d <= limit && d < bestDistance) {
      best = c
      bestDistance = d
    }
  }
  return best ?? longer
}

/** ` (did you mean "x"?)`, or nothing. */
export const didYouMean = (near: string | undefined): string =>
  near === undefined ? '' : ` (did you mean ${JSON.stringify(near)}?)`

/** Longest example shown in a message. */
const MAX_EXAMPLE = 120

/**
 * A one-line example of a value a node accepts, in JSON: required properties with
 * placeholder values, the first member of a union, one item of an array. Placeholders
 * are `"…"` for strings and `"<actor id>"` for references.
 */
export const example = (node: AST.AST): string => {
  const text = render(node, 0)
  return text.length > MAX_EXAMPLE ? `${text.slice(0, MAX_EXAMPLE - 1)}…` : text
}

const render = (node: AST.AST, depth: number): string => {
  if (depth > 4) return '…'
  const n = underlying(node)
  switch (n._tag) {
    case 'String':
      return n.checks.some((c) => c.id === 'id')
        ? '"an-id"'
        : n.checks.some((c) => c.id === 'edtf')
          ? '"2024-10-25"'
          : '"…"'
    case 'Number':
      return String(n.min !== undefined && n.min > 0 ? n.min : n.integer ? 1 : 0.5)
    case 'Boolean':
      return 'true'
    case 'Literal':
      return JSON.stringify(n.value)
    case 'Enum':
      return JSON.stringify(n.values[0] ?? '')
    case 'Array':
      return n.min === 0 && depth > 0 ? '[]' : `[${render(n.item, depth + 1)}]`
    case 'Struct': {
      const required = n.fields.filter((f) => !f.optional)
      const shown = required.length > 0 ? required : n.fields.slice(0, 1)
      return `{${shown.map((f) => `${JSON.stringify(f.key)}:${render(f.type, depth + 1)}`).join(',')}}`
    }
    case 'Tagged':
      return n.members[0] === undefined ? '{}' : render(n.members[0].type, depth)
    case 'Union':
      return n.alternatives[0] === undefined ? '…' : render(n.alternatives[0].type, depth)
    case 'Ref':
      return JSON.stringify(`<${n.to} id>`)
    case 'Json':
      return 'null'
    case 'Refine':
    case 'Suspend':
    case 'Declare':
      return '…'
  }
}

/** A string that holds a finite number ("83", "-1.5"), as that number, or undefined. */
export const numberIn = (u: unknown): number | undefined => {
  if (typeof u !== 'string' || u.length > 32 || !/^\s*-?\d+(?:\.\d+)?\s*$/.test(u)) return undefined
  const n = Number(u)
  return Number.isFinite(n) ? n : undefined
}

/** `; write the number 83, without quotes` for a string that holds a number, or nothing. */
export const numberHint = (u: unknown): string => {
  const n = numberIn(u)
  return n === undefined ? '' : `; write the number ${n}, without quotes`
}

/** How a message names one alternative of a union: `"unknown"`, `an integer from 1`, `a string`. */
export const alternativeWords = (node: AST.AST): string => {
  const n = underlying(node)
  switch (n._tag) {
    case 'Literal':
      return JSON.stringify(n.value)
    case 'Number': {
      const what = n.integer ? 'an integer' : 'a number'
      return n.min !== undefined && n.max !== undefined
        ? `${what} from ${n.min} to ${n.max}`
        : n.min !== undefined
          ? `${what} of at least ${n.min}`
          : what
    }
    case 'String':
      return 'a string'
    case 'Boolean':
      return 'a boolean'
    case 'Enum':
      return `one of ${n.values.map((v) => JSON.stringify(v)).join(', ')}`
    case 'Array':
      return 'an array'
    default:
      return 'an object'
  }
}
