/**
 * Normalisation of names, descriptions, types and quotes for comparison across reports.
 *
 * @internal
 */

const MARKS = /\p{M}+/gu
const NOT_WORD = /[^\p{L}\p{N}]+/gu
const POSSESSIVE = /['’‘`´]s\b/gu

/**
 * A name's words: Unicode compatibility decomposition, diacritics dropped, lower case,
 * possessive "'s" dropped, anything but letters and digits as a space, a leading "the"
 * dropped. Linear in the length of the name.
 */
export const words = (s: string): ReadonlyArray<string> => {
  const out = s
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(POSSESSIVE, '')
    .replace(NOT_WORD, ' ')
    .trim()
  if (out === '') return []
  const ws = out.split(' ')
  return ws.length > 1 && ws[0] === 'the' ? ws.slice(1) : ws
}

/** A name normalised to its words joined by single spaces. */
export const normal = (s: string): string => words(s).join(' ')

/**
 * Words that say nothing of who an anonymous source is: articles, numbers, rank and
 * vague nouns. Two descriptions that share only these share nothing.
 */
export const WEAK: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'in',
  'on',
  'at',
  'to',
  'with',
  'from',
  'for',
  'by',
  'one',
  'two',
  'three',
  'four',
  'five',
  'several',
  'some',
  'many',
  'few',
  'other',
  'another',
  'senior',
  'junior',
  'high',
  'ranking',
  'level',
  'top',
  'former',
  'current',
  'person',
  'people',
  'source',
  'sources',
  'official',
  'officials',
  'familiar',
  'close',
  'who',
  'said',
  'not',
  'authorized',
  'authorised',
  'speak',
  'publicly',
  'condition',
  'anonymity',
])

/**
 * Common nouns of institutions and groups: a name made only of these and of `WEAK` words
 * ("the police", "the trade ministry", "the government") names a kind of body, not one
 * body, so two reports naming it alike may mean different ones. A name with any other
 * word ("the European Union", "Hamas", "Voice of Tarsk") is a proper name.
 */
export const GENERIC: ReadonlySet<string> = new Set([
  ...['government', 'administration', 'cabinet', 'presidency', 'ministry', 'ministries'],
  ...['minister', 'department', 'office', 'agency', 'authority', 'authorities', 'embassy'],
  ...['consulate', 'mission', 'delegation', 'parliament', 'senate', 'assembly', 'congress'],
  ...['council', 'committee', 'commission', 'court', 'tribunal', 'prosecutor', 'prosecutors'],
  ...['regulator', 'police', 'army', 'military', 'navy', 'air', 'force', 'forces', 'troops'],
  ...['guard', 'guards', 'militia', 'militias', 'rebels', 'insurgents', 'fighters', 'group'],
  ...['groups', 'party', 'opposition', 'coalition', 'alliance', 'union', 'bloc', 'company'],
  ...['firm', 'bank', 'central', 'board', 'management', 'spokesman', 'spokeswoman'],
  ...['spokesperson', 'press', 'service', 'services', 'security', 'intelligence', 'state'],
  ...['federal', 'national', 'regional', 'local', 'city', 'municipal', 'foreign', 'interior'],
  ...['defence', 'defense', 'trade', 'finance', 'economy', 'health', 'justice', 'energy'],
  ...['protesters', 'residents', 'workers', 'union', 'hospital', 'university', 'school'],
  ...['news', 'agency', 'newspaper', 'paper', 'broadcaster', 'channel', 'television', 'radio'],
  ...['regierung', 'ministerium', 'polizei', 'armee', 'gouvernement', 'ministere', 'armee'],
  ...['gobierno', 'ministerio', 'policia', 'ejercito', 'governo', 'ministero', 'polizia'],
])

/**
 * A quote normalised for comparison: case, punctuation (straight and curly quotes among
 * it) and spacing do not count; letters keep their diacritics.
 */
export const quote = (s: string): string =>
  s.normalize('NFKC').toLowerCase().replace(NOT_WORD, ' ').trim()

/** Whether every word of `small` occurs in `large` (as words, in any order). */
export const within = (small: ReadonlyArray<string>, large: ReadonlyArray<string>): boolean => {
  if (small.length === 0 || small.length > large.length) return false
  const set = new Set(large)
  for (const w of small) if (!set.has(w)) return false
  return true
}

/**
 * Whether a normalised quote occurs as a run of whole words inside another (no longer
 * than {@link LONGEST_COMPARED}).
 */
export const quoteWithin = (small: string, large: string): boolean => {
  if (small === '' || small.length >= large.length || large.length > LONGEST_COMPARED) return false
  const i = large.indexOf(small)
  if (i < 0) return false
  const before = i === 0 || large[i - 1] === ' '
  const after = i + small.length === large.length || large[i + small.length] === ' '
  return before && after
}

/** Whether two word lists share a word outside `ignore`. */
export const shareWord = (
  a: ReadonlyArray<string>,
  b: ReadonlyArray<string>,
  ignore?: ReadonlySet<string>,
): boolean => {
  const set = new Set(a)
  for (const w of b) if (set.has(w) && (ignore === undefined || !ignore.has(w))) return true
  return false
}

/** At most `max` items of a list in words, then how many more: messages stay short. */
export const some = (items: Iterable<string>, max = 5): string => {
  const all = [...new Set(items)]
  return all.length <= max
    ? all.join('; ')
    : `${all.slice(0, max).join('; ')} and ${all.length - max} more`
}

/** Quotes longer than this (normalised) are compared by equality only, so comparing stays linear. */
export const LONGEST_COMPARED = 10_000
