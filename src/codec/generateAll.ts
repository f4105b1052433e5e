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
import { generateModule, type Refusal } from './generate.js'

/** The exported codecs of each module of the library, by module and export name. */
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
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        ] as const,
    )
    .filter(([, codecs]) => codecs.length > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))

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
