/**
 * Reading JSON documents for the command, in bounded memory: a whole file as one
 * document, or a file of one document per line (NDJSON), each at most a configurable
 * number of bytes. A stream that fails while being read throws a {@link ReadFailure}, so
 * that a read error is never confused with a bug.
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { display } from '../Render.js'

/** The default maximum size of one document (a whole file, or one line of NDJSON). */
export const DEFAULT_MAX_SIZE = 64 * 1024 * 1024

/** The largest maximum size that may be configured: a document must fit one JavaScript string. */
export const MAX_MAX_SIZE = 256 * 1024 * 1024

/** A failure of the stream itself (an I/O error), as opposed to a problem with its bytes. */
export interface ReadFailure {
  readonly _tag: 'ReadFailure'
  /** The system error code (`EIO`, `EISDIR`, …), or a short description. */
  readonly code: string
}

/** Whether a thrown value is a {@link ReadFailure}. */
export const isReadFailure = (e: unknown): e is ReadFailure =>
  typeof e === 'object' && e !== null && (e as { _tag?: unknown })._tag === 'ReadFailure'

const failure = (e: unknown): ReadFailure => ({
  _tag: 'ReadFailure',
  code:
    typeof (e as NodeJS.ErrnoException | undefined)?.code === 'string'
      ? (e as NodeJS.ErrnoException).code!
      : 'read error',
})

/**
 * The chunks of a stream; a stream error becomes a {@link ReadFailure}. Leaving the loop
 * early destroys the stream, so reading stops.
 */
async function* chunks(stream: NodeJS.ReadableStream): AsyncGenerator<Buffer> {
  const it = stream[Symbol.asyncIterator]()
  try {
    for (;;) {
      let next: IteratorResult<string | Buffer>
      try {
        next = await it.next()
      } catch (e) {
        throw failure(e)
      }
      if (next.done === true) return
      yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value
    }
  } finally {
    try {
      await it.return?.()
    } catch {
      // the stream is being torn down; nothing more to read
    }
  }
}

/** A size in bytes for people: `64 MiB`, `1.5 KiB`, `12 bytes`. */
export const formatSize = (n: number): string => {
  for (const [unit, size] of [
    ['GiB', 2 ** 30],
    ['MiB', 2 ** 20],
    ['KiB', 2 ** 10],
  ] as const)
    if (n >= size) return `${Number((n / size).toFixed(2))} ${unit}`
  return `${n} byte${n === 1 ? '' : 's'}`
}

/**
 * Reads a size such as `1048576`, `512K`, `64MiB` or `1G` (binary units); undefined when
 * it is not one, or is 0.
 */
export const parseSize = (s: string): number | undefined => {
  const m = /^(\d{1,12})\s*(b|k|kib|m|mib|g|gib)?$/i.exec(s.trim())
  if (m === null) return undefined
  const unit = (m[2] ?? 'b').toLowerCase()[0]!
  const n =
    Number(m[1]) * (unit === 'k' ? 2 ** 10 : unit === 'm' ? 2 ** 20 : unit === 'g' ? 2 ** 30 : 1)
  return n > 0 ? n : undefined
}

/** A document read: its parsed value, or what is wrong with its bytes. */
export type Read =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string }

const utf8 = new TextDecoder('utf-8', { fatal: true })
const BOM = '\uFEFF'

const decodeText = (bytes: Uint8Array): string | undefined => {
  try {
    return utf8.decode(bytes)
  } catch {
    return undefined
  }
}

const parseJson = (text: string): Read => {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (e) {
    // the parser's message quotes the input: shown, never obeyed
    return {
      ok: false,
      message: `not valid JSON (${display(String((e as Error).message).slice(0, 120))})`,
    }
  }
}

const tooLarge = (what: string, max: number) =>
  `${what} is larger than the maximum document size of ${formatSize(max)} (see --max-size)`

/**
 * Reads one whole JSON document of at most `max` bytes: an empty file, white space only,
 * bad UTF-8, bad JSON and a document over the limit each get their message. Reading stops
 * at the limit.
 */
export const readDocument = async (stream: NodeJS.ReadableStream, max: number): Promise<Read> => {
  const parts: Buffer[] = []
  let size = 0
  for await (const chunk of chunks(stream)) {
    size += chunk.length
    if (size > max) return { ok: false, message: tooLarge('the file', max) }
    parts.push(chunk)
  }
  if (size === 0) return { ok: false, message: 'file is empty' }
  let text = decodeText(parts.length === 1 ? parts[0]! : Buffer.concat(parts, size))
  if (text === undefined) return { ok: false, message: 'not valid UTF-8' }
  if (text.startsWith(BOM)) text = text.slice(1)
  if (text.trim() === '') return { ok: false, message: 'file holds only white space' }
  return parseJson(text)
}

/** One line of an NDJSON file, read. */
export type Line =
  | {
      readonly kind: 'line'
      /** 1-based. */
      readonly number: number
      readonly read: Read
    }
  | { readonly kind: 'blank'; readonly number: number }
  | { readonly kind: 'too-long'; readonly number: number; readonly message: string }

/**
 * One line of an NDJSON file, as text not yet parsed (read with `parse: false`): parse
 * it with {@link parseLine}, in another thread if need be.
 */
export type Text = {
  readonly kind: 'text'
  readonly number: number
  readonly text: string
  /** Whether the line is the last one, without a line end. */
  readonly last: boolean
}

/** Parses the text of a line (see {@link Text}); a truncated last line is named as such. */
export const parseLine = (text: string, last: boolean): Read => {
  const read = parseJson(text)
  return !read.ok && last
    ? { ok: false, message: `truncated line: no newline at the end and ${read.message}` }
    : read
}

/**
 * The lines of an NDJSON stream, each read as a JSON document of at most `max` bytes. A
 * line over the limit ends the stream (nothing after it can be found without reading
 * on); memory holds at most one line. Line ends are LF or CRLF; a BOM is skipped; blank
 * lines are reported as such; a last line without a line end is named as truncated when
 * it is not JSON.
 */
export function readLines(stream: NodeJS.ReadableStream, max: number): AsyncGenerator<Line>
/** The lines, with those that hold JSON left as text (see {@link Text}). */
export function readLines(
  stream: NodeJS.ReadableStream,
  max: number,
  options: { readonly parse: false },
): AsyncGenerator<Exclude<Line, { readonly read: { readonly ok: true } }> | Text>
export async function* readLines(
  stream: NodeJS.ReadableStream,
  max: number,
  options: { readonly parse: boolean } = { parse: true },
): AsyncGenerator<Line | Text> {
  let pending: Buffer[] = []
  let size = 0
  let number = 0
  const line = (bytes: Buffer, last: boolean): Line | Text => {
    number++
    let text = decodeText(bytes)
    if (text === undefined)
      return { kind: 'line', number, read: { ok: false, message: 'not valid UTF-8' } }
    if (number === 1 && text.startsWith(BOM)) text = text.slice(1)
    if (text.endsWith('\r')) text = text.slice(0, -1)
    if (text.trim() === '') return { kind: 'blank', number }
    if (!options.parse) return { kind: 'text', number, text, last }
    return { kind: 'line', number, read: parseLine(text, last) }
  }
  const over = (): Line => ({
    kind: 'too-long',
    number: number + 1,
    message: `${tooLarge('the line', max)}; the rest of the file is not checked`,
  })
  for await (const chunk of chunks(stream)) {
    let buf = chunk
    let nl = buf.indexOf(10)
    while (nl >= 0) {
      if (size + nl > max) {
        yield over()
        return
      }
      const piece = buf.subarray(0, nl)
      yield line(
        pending.length === 0 ? piece : Buffer.concat([...pending, piece], size + nl),
        false,
      )
      pending = []
      size = 0
      buf = buf.subarray(nl + 1)
      nl = buf.indexOf(10)
    }
    if (buf.length > 0) {
      if (size + buf.length > max) {
        yield over()
        return
      }
      // a copy: the stream may reuse the chunk's memory
      pending.push(Buffer.from(buf))
      size += buf.length
    }
  }
  if (size > 0) yield line(Buffer.concat(pending, size), true)
}

/** An input that cannot be opened: why, in words. */
export type OpenFailure = { readonly _tag: 'OpenFailure'; readonly message: string }

/** Opens a file for reading, after checking it exists and is not a directory. */
export const openFile = async (file: string): Promise<NodeJS.ReadableStream | OpenFailure> => {
  try {
    const s = await stat(file)
    if (s.isDirectory()) return { _tag: 'OpenFailure', message: 'is a directory' }
    return createReadStream(file)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    return {
      _tag: 'OpenFailure',
      message:
        code === 'ENOENT'
          ? 'no such file'
          : code === 'EACCES'
            ? 'permission denied'
            : `cannot be read (${code ?? 'error'})`,
    }
  }
}
