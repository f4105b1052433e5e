import * as E from 'fp-ts/lib/Either.js'
import { readFileSync } from 'node:fs'
import jsonld from 'jsonld'
import { Actor, DecodeError, Event, Report } from '../../src/index.js'

/** A report from parts, or the test fails with the decode errors. */
export const report = (
  parts: Partial<Report.Parts> & Pick<Report.Parts, 'actors'>,
): Report.Report => {
  const r = Report.make({
    headline: 'A report',
    author: Actor.author('me').id,
    ...parts,
    actors: [Actor.author('me'), ...parts.actors],
  })
  if (E.isLeft(r)) throw new Error(DecodeError.toTree(r.left))
  return r.right
}

/** A valid report's data, decoded (the test fails if it does not decode). */
export const decoded = (data: Report.ReportData): Report.Report => right(Report.decode(data))

/** The right of an Either, or the test fails with the decode errors. */
export const right = <A>(e: E.Either<DecodeError.DecodeError, A>): A => {
  if (E.isLeft(e)) throw new Error(DecodeError.toTree(e.left))
  return e.right
}

/**
 * Context documents served from test/fixtures/jsonld: the JSON-LD processor never reaches
 * the network (any other URL is an error).
 */
const CONTEXTS: Readonly<Record<string, string>> = {
  'https://schema.org': 'schema.org.jsonld',
  'https://schema.org/': 'schema.org.jsonld',
  'http://schema.org': 'schema.org.jsonld',
  'http://schema.org/': 'schema.org.jsonld',
}

export const loaded: string[] = []

export const documentLoader = async (url: string) => {
  const file = CONTEXTS[url]
  if (file === undefined) throw new Error(`no network in tests: ${url}`)
  loaded.push(url)
  return {
    contextUrl: undefined,
    documentUrl: url,
    document: JSON.parse(
      readFileSync(new URL(`../fixtures/jsonld/${file}`, import.meta.url), 'utf8'),
    ) as object,
  }
}

/** A JSON-LD document expanded, then as sorted N-Quads lines. */
export const quads = async (doc: object): Promise<ReadonlyArray<string>> => {
  const options = { documentLoader } as unknown as jsonld.Options.Expand
  const expanded = await jsonld.expand(doc as jsonld.JsonLdDocument, options)
  const nquads = (await jsonld.toRDF(expanded, {
    format: 'application/n-quads',
  })) as unknown as string
  return nquads
    .split('\n')
    .filter((l) => l !== '')
    .sort()
}

/**
 * The values the model's own codec accepts for a struct's enumerated field (read from the
 * codec's AST), so that a test enumerates the model, not the exporter's table.
 */
export const enumOf = (codec: { readonly ast: unknown }, field: string): ReadonlyArray<string> => {
  let node = codec.ast as { _tag: string; [k: string]: unknown }
  while (node._tag === 'Refine' || node._tag === 'Suspend')
    node = (node['from'] ?? node['type'] ?? (node['f'] as () => never)()) as typeof node
  const f = (
    node['fields'] as ReadonlyArray<{ key: string; type: { _tag: string; values?: string[] } }>
  ).find((x) => x.key === field)
  if (f?.type._tag !== 'Enum') throw new Error(`no enumerated field ${field}`)
  return f.type.values!
}

/** Every kind of event relation the model has. */
export const relationKinds = (): ReadonlyArray<string> => enumOf(Event.Relation, 'kind')
