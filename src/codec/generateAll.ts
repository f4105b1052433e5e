/**
 * The generated modules of the library, as they should be: for each module of `src/` with
 * exported codecs, `src/generated/<Module>.ts`, written by {@link generateModule} from the
 * module's exported codecs. `npm run codegen` writes them; a test regenerates them in
 * memory and fails when a checked-in file differs.
 *
 * @internal
 */
import * as Library from '../index.js'
import { Codec } from '../Codec.js'
import type * as AST from './AST.js'
import { generateModule, type Refusal } from './generate.js'
import { isReferenceOrSpan } from './references.js'

/** The visitors each module asks for: the integrity passes of `Report` read references and spans. */
const VISITS: Readonly<
  Record<string, ReadonlyArray<readonly [string, AST.AST, (node: AST.AST) => boolean]>>
> = {
  Report: [['integrity', Library.Report.Structure.ast, isReferenceOrSpan]],
}

/** The exported codecs of each module of the library, by module and export name (names are unique). */
export const exportedCodecs = (): ReadonlyArray<
  readonly [string, ReadonlyArray<readonly [string, Codec<unknown, unknown>]>]
> =>
  Object.entries(Library)
    .map(
      ([module, namespace]) =>
        [
          module,
          Object.entries(namespace as Record<string, unknown>)
            .filter((e): e is [string, Codec<unknown, unknown>] => e[1] instanceof Codec)
            .sort(([a], [b]) => (a < b ? -1 : 1)),
        ] as const,
    )
    .filter(([, codecs]) => codecs.length > 0)
    .sort(([a], [b]) => (a < b ? -1 : 1))

/** Every generated module (path from the repository root → source), and what was refused. */
export const generatedFiles = (): {
  readonly files: Readonly<Record<string, string>>
  readonly refused: ReadonlyArray<string>
} => {
  const files: Record<string, string> = {}
  const refused: string[] = []
  for (const [module, codecs] of exportedCodecs()) {
    const out = generateModule(
      module,
      codecs.map(([name, codec]) => [name, codec.ast] as const),
      undefined,
      VISITS[module] ?? [],
    )
    files[`src/generated/${module}.ts`] = out.source
    refused.push(
      ...out.refused.map(
        ([name, r]: readonly [string, Refusal]) => `${module}.${name}${r.path}: ${r.reason}`,
      ),
    )
  }
  return { files, refused }
}
