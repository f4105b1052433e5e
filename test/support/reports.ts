import * as E from 'fp-ts/Either'
import { DecodeError, Report } from '../../src/index.js'
import * as fixtures from '../../src/fixtures/index.js'

/** A small invented report: the author voice, and whatever nodes a test gives. */
export const mini = (parts: {
  readonly actors?: ReadonlyArray<any>
  readonly events?: ReadonlyArray<any>
  readonly statements?: ReadonlyArray<any>
  readonly threats?: ReadonlyArray<any>
  readonly text?: string
  readonly published?: string
}): Report.ReportData =>
  ({
    format: Report.FORMAT,
    headline: 'An invented report',
    author: 'author',
    ...(parts.text === undefined ? {} : { text: parts.text }),
    ...(parts.published === undefined ? {} : { published: parts.published }),
    actors: [{ kind: 'author', id: 'author' }, ...(parts.actors ?? [])],
    events: parts.events ?? [],
    statements: parts.statements ?? [],
    threats: parts.threats ?? [],
  }) as any

/** A copy of the seed's data, edited; rules run on report data without decoding it again. */
export const seedEdit = (f: (r: any) => void): Report.ReportData => {
  const r = JSON.parse(JSON.stringify(Report.encode(fixtures.report)))
  f(r)
  return r
}

/** Decodes, or throws with the issues (for examples that must be valid reports). */
export const decoded = (r: Report.ReportData): Report.Report =>
  E.getOrElseW((e: DecodeError.DecodeError) => {
    throw new Error(DecodeError.toTree(e))
  })(Report.decode(r))

export const state = (id: string, name: string, country: string) => ({
  kind: 'state',
  id,
  name,
  country,
})
export const person = (id: string, name: string, extra: object = {}) => ({
  kind: 'person',
  id,
  name,
  ...extra,
})
export const anon = (id: string, description: string, extra: object = {}) => ({
  kind: 'anonymous',
  id,
  description,
  count: 'unknown',
  ...extra,
})
export const outlet = (id: string, name: string, extra: object = {}) => ({
  kind: 'outlet',
  id,
  name,
  ...extra,
})
export const org = (id: string, name: string, sector = 'government', extra: object = {}) => ({
  kind: 'organization',
  id,
  name,
  sector,
  ...extra,
})
export const event = (id: string, extra: object = {}) => ({
  id,
  type: 'act',
  description: `event ${id}`,
  status: 'occurred',
  ...extra,
})
export const occurs = (event: string) => ({ kind: 'occurs', event })
export const not = (operand: object) => ({ kind: 'not', operand })
export const says = (p: object) => ({ kind: 'proposition', proposition: p })
export const statement = (
  id: string,
  speakers: ReadonlyArray<string>,
  act: string,
  content: object,
  extra: object = {},
) => ({
  id,
  speakers,
  act,
  content,
  ...extra,
})
export const threat = (id: string, extra: object) => ({ id, valence: 'negative', ...extra })
