/**
 * What several commands share: the `--max-size` option, reading an input by name, and
 * issues made safe for a terminal.
 */
import * as DecodeError from '../DecodeError.js'
import { display } from '../Render.js'
import type * as V from '../Validator.js'
import type { OptionSpec } from './command.js'
import { EXIT } from './exit.js'
import type { Context } from './io.js'
import {
  DEFAULT_MAX_SIZE,
  MAX_MAX_SIZE,
  formatSize,
  isReadFailure,
  openFile,
  parseSize,
} from './read.js'

/** The `--max-size` option. */
export const maxSizeOption = {
  type: 'string',
  value: 'SIZE',
  description: `the largest document (a file, or a line of NDJSON) to read: bytes, or with K, M or G (binary); at most ${formatSize(MAX_MAX_SIZE)}. A larger one is malformed (exit 4) and reading stops there. Default: ${formatSize(DEFAULT_MAX_SIZE)}`,
} as const satisfies OptionSpec

/** The value of `--max-size`; undefined after reporting a usage error. */
export const maxSize = (raw: string | undefined, ctx: Context): number | undefined => {
  if (raw === undefined) return DEFAULT_MAX_SIZE
  const n = parseSize(raw)
  if (n !== undefined && n <= MAX_MAX_SIZE) return n
  ctx.usage(
    `--max-size takes a size from 1 byte to ${formatSize(MAX_MAX_SIZE)} (such as 1048576, 512K, 64M), not ${JSON.stringify(raw)}`,
  )
  return undefined
}

/** A name for people: a file name as given, `<stdin>` for `-`. */
export const nameOf = (file: string): string => display(file === '-' ? '<stdin>' : file)

/** Opens `file` (`-`: standard input); on failure says why and records exit 3. */
export const open = async (
  file: string,
  ctx: Context,
): Promise<NodeJS.ReadableStream | undefined> => {
  if (file === '-') return ctx.stdin
  const s = await openFile(file)
  if ('_tag' in s && s._tag === 'OpenFailure') {
    ctx.raise(EXIT.unreadable)
    ctx.error(`${nameOf(file)}: ${s.message}`)
    return undefined
  }
  return s as NodeJS.ReadableStream
}

/**
 * Says what went wrong while reading `name`: a stream that failed is unreadable (exit 3);
 * any other exception is a bug (exit 70).
 */
export const reportFailure = (e: unknown, name: string, ctx: Context): void => {
  if (!isReadFailure(e)) return internalError(e, name, ctx)
  ctx.raise(EXIT.unreadable)
  ctx.error(
    `${name}: ${e.code === 'EACCES' ? 'permission denied' : e.code === 'EISDIR' ? 'is a directory' : `cannot be read (${e.code})`}`,
  )
}

/** Says that the command failed on something it should not fail on (exit 70). */
export const internalError = (e: unknown, where: string, ctx: Context): void => {
  ctx.raise(EXIT.internal)
  ctx.error(
    `${where}: internal error: ${display(e instanceof Error ? `${e.name}: ${e.message}` : String(e)).slice(0, 500)}\n` +
      `  This is a bug in claimgraph, not a problem with the input. Please report it with the input: ${BUGS}`,
  )
}

/** Where bugs are reported. */
export const BUGS = 'https://github.com/claimgraph/claimgraph/issues'

const safePath = (p: DecodeError.Path): DecodeError.Path =>
  p.map((k) => (typeof k === 'string' ? display(k) : k))

/** A decode error whose paths and messages are safe to place inside lines of text. */
export const safeDecodeError = (e: DecodeError.DecodeError): DecodeError.DecodeError => {
  const [first, ...rest] = e.issues.map((i) => ({
    ...i,
    path: safePath(i.path),
    message: display(i.message),
  }))
  return { ...e, issues: [first!, ...rest] }
}

/** Validator issues whose paths, nodes and messages are safe to place inside lines of text. */
export const safeIssues = (issues: ReadonlyArray<V.Issue>): ReadonlyArray<V.Issue> =>
  issues.map((i) => ({
    ...i,
    path: safePath(i.path),
    message: display(i.message),
    ...(i.node === undefined ? {} : { node: display(i.node) }),
  }))

/** Indents every line of a block of text by two spaces. */
export const indent = (s: string): string =>
  s
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n')

/** The decode error as a tree for people, indented, safe for a terminal. */
export const decodeTree = (e: DecodeError.DecodeError): string =>
  indent(DecodeError.toTree(safeDecodeError(e)))
