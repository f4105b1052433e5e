/**
 * The command's view of the outside world: where text and JSON go, standard input, the
 * terminal's width, and what happens when the reader of the output goes away.
 *
 * Text for people is made safe for a terminal on its way out: control characters (C0
 * but line feed, DEL, C1) and bidirectional controls are shown as `<U+XXXX>`, never
 * obeyed. Values inside a line are escaped before they are placed (see `Render.display`),
 * so a line feed inside a name cannot start a line of its own. JSON is written as is: it
 * is JSON, its escapes are its own.
 */
import { EXIT, type ExitCode } from './exit.js'

/** The streams and environment a run uses; `main.ts` passes the process's own. */
export interface Streams {
  readonly stdout: NodeJS.WritableStream & { readonly isTTY?: boolean; readonly columns?: number }
  readonly stderr: NodeJS.WritableStream & { readonly isTTY?: boolean }
  readonly stdin: NodeJS.ReadableStream
  readonly env: Readonly<Record<string, string | undefined>>
}

/** What a command's handler uses to talk to the outside world. */
export interface Context {
  /** Writes lines of text for people to standard output. */
  readonly text: (s: string) => void
  /** Writes one JSON value on one line of standard output, unfiltered. */
  readonly json: (value: unknown) => void
  /** Writes lines of text for people to standard error. */
  readonly error: (s: string) => void
  /** Shows a progress line on standard error when it is a terminal; the next output clears it. */
  readonly progress: (s: string) => void
  /** Standard input. */
  readonly stdin: NodeJS.ReadableStream
  /** The width of the terminal standard output is on, or `COLUMNS`; undefined when neither. */
  readonly columns: number | undefined
  /** Whether standard error is a terminal (progress lines are shown only then). */
  readonly interactive: boolean
  /** Records an outcome: the run's exit code is the highest recorded. */
  readonly raise: (code: ExitCode) => void
  /** The highest outcome recorded so far. */
  readonly status: () => ExitCode
  /** Whether the reader of standard output has gone away (EPIPE); stop producing output. */
  readonly closed: () => boolean
  /** Reports a usage error for the running command and returns its exit code. */
  readonly usage: (message: string) => ExitCode
}

/** Bidirectional controls, and control characters other than line feed. */
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g

/** `<U+XXXX>` for one UTF-16 code unit. */
export const codePoint = (c: string): string =>
  `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`

/** Text for a terminal: line feeds stay, every other control is shown, not obeyed. */
export const terminalSafe = (s: string): string => s.replace(UNSAFE, codePoint)

/** The options that create a context from streams. */
export interface ContextOptions {
  /** Called once when standard output or standard error reports EPIPE. */
  readonly onClosed?: () => void
}

const widthOf = (s: Streams): number | undefined => {
  if (s.stdout.isTTY === true && typeof s.stdout.columns === 'number' && s.stdout.columns > 0)
    return s.stdout.columns
  const env = s.env['COLUMNS']
  if (env !== undefined && /^\d{1,4}$/.test(env) && Number(env) > 0) return Number(env)
  return undefined
}

/** A context over the given streams. */
export const context = (s: Streams, options: ContextOptions = {}): Context => {
  let closed = false
  let progressShown = false
  let status: ExitCode = EXIT.ok
  // EPIPE: the reader went away (`| head -1`); any other error: output cannot go on either.
  const onError = () => {
    if (closed) return
    closed = true
    options.onClosed?.()
  }
  s.stdout.on('error', onError)
  s.stderr.on('error', onError)
  const interactive = s.stderr.isTTY === true
  const clearProgress = () => {
    if (progressShown && !closed) s.stderr.write('\r\x1b[K')
    progressShown = false
  }
  const lines = (t: string) => (t.endsWith('\n') ? t : `${t}\n`)
  const ctx: Context = {
    text: (t) => {
      clearProgress()
      if (!closed) s.stdout.write(terminalSafe(lines(t)))
    },
    json: (value) => {
      clearProgress()
      if (!closed) s.stdout.write(`${JSON.stringify(value)}\n`)
    },
    error: (t) => {
      clearProgress()
      if (!closed) s.stderr.write(terminalSafe(lines(t)))
    },
    progress: (t) => {
      if (!interactive || closed) return
      s.stderr.write(`\r\x1b[K${terminalSafe(t)}`)
      progressShown = true
    },
    stdin: s.stdin,
    columns: widthOf(s),
    interactive,
    raise: (code) => {
      if (code > status) status = code
    },
    status: () => status,
    closed: () => closed,
    usage: (message) => {
      ctx.error(message)
      ctx.raise(EXIT.usage)
      return EXIT.usage
    },
  }
  return ctx
}

/** The same context, with `usage` reporting for the named command. */
export const withUsage = (ctx: Context, usage: (message: string) => ExitCode): Context => ({
  ...ctx,
  usage: (message) => {
    const code = usage(message)
    ctx.raise(code)
    return code
  },
})
