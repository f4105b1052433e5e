/**
 * `claimgraph check --jobs N`: the reports of an NDJSON stream checked in worker threads.
 * The main thread reads and splits the stream and writes what the workers found, in the
 * order of the lines; the workers parse, decode, validate and describe each report.
 * Lines travel in batches (a few hundred KiB), and at most two batches per worker are in
 * flight at a time, so memory stays flat however long the stream.
 *
 * A short stream (one batch or less) is checked in this thread: starting a worker costs
 * more than it saves. Without a built worker (when running from source), every stream is.
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { ExitCode } from './exit.js'
import type { Context } from './io.js'
import { parseLine, readLines, type Read } from './read.js'

/** The counts of a run, by name; a batch's counts are added to the run's. */
export type Tally = Record<string, number>

/** Checks one read document, telling `ctx` what it found and counting it in `t`. */
export type CheckRead = (read: Read, where: string, t: Tally, ctx: Context) => void

/** A batch of lines for a worker: `[line number, text, whether it is the last line]`. */
export interface Batch {
  readonly name: string
  readonly lines: ReadonlyArray<readonly [number, string, boolean]>
}

/** One thing a worker's check said, to be said again, in order, by the main thread. */
export type Said =
  | readonly ['text', string]
  | readonly ['json', unknown]
  | readonly ['error', string]
  | readonly ['raise', ExitCode]

/** What a worker found in a batch. */
export interface Found {
  readonly said: ReadonlyArray<Said>
  readonly tally: Tally
}

/** The worker's script, built beside the command (`dist/check-worker.js`). */
const WORKER = new URL('./check-worker.js', import.meta.url)

/** How many jobs `--jobs` means when not given: the number of cores, when a worker can run. */
export const defaultJobs = (): number =>
  existsSync(fileURLToPath(WORKER)) ? availableParallelism() : 1

/** A flush of lines goes to a worker once it holds this many bytes of text, or this many lines. */
const BATCH_BYTES = 256 * 1024
const BATCH_LINES = 512

/** A context that records what is said, for a worker to send back. */
export const recorder = (said: Said[]): Context => {
  let status: ExitCode = 0 as ExitCode
  const ctx: Context = {
    text: (s) => said.push(['text', s]),
    json: (v) => said.push(['json', v]),
    error: (s) => said.push(['error', s]),
    progress: () => undefined,
    stdin: undefined as unknown as NodeJS.ReadableStream,
    columns: undefined,
    interactive: false,
    raise: (code) => {
      said.push(['raise', code])
      if (code > status) status = code
    },
    status: () => status,
    closed: () => false,
    usage: (message) => {
      said.push(['error', message])
      return 2 as ExitCode
    },
  }
  return ctx
}

/** Checks a batch: what a worker does, and what this thread does for a short stream. */
export const checkBatch = (batch: Batch, checkRead: CheckRead): Found => {
  const said: Said[] = []
  const ctx = recorder(said)
  const tally: Tally = {}
  for (const [number, text, last] of batch.lines)
    checkRead(parseLine(text, last), `${batch.name}:${number}`, tally, ctx)
  return { said, tally }
}

/** Says again, through the real context, what a batch's check said; adds up its counts. */
const replay = (found: Found, t: Tally, ctx: Context): void => {
  for (const s of found.said) {
    switch (s[0]) {
      case 'text':
        ctx.text(s[1])
        break
      case 'json':
        ctx.json(s[1])
        break
      case 'error':
        ctx.error(s[1])
        break
      case 'raise':
        ctx.raise(s[1])
        break
    }
  }
  for (const [k, n] of Object.entries(found.tally)) t[k] = (t[k] ?? 0) + n
}

/** Worker threads that check batches, each one batch at a time. */
class Pool {
  private readonly idle: Worker[] = []
  private readonly waiting: Array<{
    readonly batch: Batch
    readonly done: (f: Found) => void
    readonly fail: (e: unknown) => void
  }> = []
  private readonly busy = new Map<
    Worker,
    { readonly done: (f: Found) => void; readonly fail: (e: unknown) => void }
  >()
  private readonly workers: Worker[] = []

  constructor(size: number, workerData: unknown) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(WORKER, { workerData })
      w.on('message', (found: Found) => {
        const job = this.busy.get(w)
        this.busy.delete(w)
        this.idle.push(w)
        this.next()
        job?.done(found)
      })
      w.on('error', (e) => {
        const job = this.busy.get(w)
        this.busy.delete(w)
        job?.fail(e)
      })
      this.workers.push(w)
      this.idle.push(w)
    }
  }

  run(batch: Batch): Promise<Found> {
    return new Promise((done, fail) => {
      this.waiting.push({ batch, done, fail })
      this.next()
    })
  }

  private next(): void {
    while (this.idle.length > 0 && this.waiting.length > 0) {
      const w = this.idle.pop()!
      const job = this.waiting.shift()!
      this.busy.set(w, job)
      w.postMessage(job.batch)
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()))
  }
}

/** How a stream is checked with worker threads. */
export interface Jobs {
  /** How many worker threads. */
  readonly jobs: number
  readonly maxSize: number
  /** Whether to show progress lines. */
  readonly progress: boolean
  /** What every worker is started with (plain data): the settings of the check. */
  readonly workerData: unknown
  /** The check of one document, for lines checked in this thread. */
  readonly checkRead: CheckRead
  /** Says that a line is malformed (too long): in this thread, in its place. */
  readonly malformed: (where: string, message: string) => void
}

/**
 * Checks the reports of an NDJSON stream with worker threads; says the same, in the same
 * order, as checking them one by one in this thread would.
 */
export const checkLinesWithJobs = async (
  stream: NodeJS.ReadableStream,
  name: string,
  t: Tally,
  ctx: Context,
  o: Jobs,
): Promise<{ readonly reports: number; readonly lines: number; readonly stopped: boolean }> => {
  const { jobs, checkRead, malformed } = o
  let pool: Pool | undefined
  const inFlight: Array<Promise<Found>> = []
  let lines: Array<readonly [number, string, boolean]> = []
  let bytes = 0
  let reports = 0
  let count = 0
  let shown = 0
  const progress = (upTo: number) => {
    if (!o.progress) return
    const k = Math.floor(upTo / 1000)
    if (k > shown) {
      shown = k
      ctx.progress(`checked ${k * 1000} lines of ${name}…`)
    }
  }
  const settle = async () => {
    const found = await inFlight.shift()!
    replay(found, t, ctx)
  }
  /** Sends the lines read so far to a worker; with `end`, checks them here if no worker has started. */
  const flush = async (end: boolean) => {
    if (lines.length === 0) return
    const batch: Batch = { name, lines }
    const upTo = lines[lines.length - 1]![0]
    lines = []
    bytes = 0
    if (pool === undefined && end) {
      // a short stream: not worth a worker
      replay(checkBatch(batch, checkRead), t, ctx)
      progress(upTo)
      return
    }
    pool ??= new Pool(jobs, o.workerData)
    inFlight.push(pool.run(batch))
    while (inFlight.length >= 2 * jobs) await settle()
    progress(upTo)
  }
  try {
    for await (const line of readLines(stream, o.maxSize, { parse: false })) {
      if (ctx.closed()) return { reports, lines: count, stopped: true }
      count = line.number
      if (line.kind === 'blank') continue
      if (line.kind === 'too-long') {
        await flush(true)
        while (inFlight.length > 0) await settle()
        malformed(`${name}:${line.number}`, line.message)
        return { reports, lines: count, stopped: true }
      }
      reports++
      if (line.kind === 'line') {
        // a line that is not UTF-8: nothing for a worker to parse; said in its place
        await flush(true)
        while (inFlight.length > 0) await settle()
        checkRead(line.read, `${name}:${line.number}`, t, ctx)
        continue
      }
      lines.push([line.number, line.text, line.last])
      bytes += line.text.length
      if (bytes >= BATCH_BYTES || lines.length >= BATCH_LINES) await flush(false)
    }
    await flush(true)
    while (inFlight.length > 0) await settle()
    return { reports, lines: count, stopped: false }
  } finally {
    await pool?.close()
  }
}
