/**
 * Commands of the `claimgraph` command line as data: each command declares its options,
 * operands, help text and handler; {@link parse} reads a command line against a command
 * with `node:util`'s `parseArgs`, and {@link help} writes its help. A new command is a new
 * entry in `commands.ts`.
 */
import { parseArgs } from 'node:util'
import { wrap } from '../Render.js'
import type { ExitCode } from './exit.js'
import type { Context } from './io.js'

/** One option of a command. `--help` (`-h`) is added to every command. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean'
  /** A one-letter alias, without the dash. */
  readonly short?: string
  /** What the option does, for the help text. */
  readonly description: string
  /** The name of the value in the help text (`--format FORMAT`). */
  readonly value?: string
  /** The values the option accepts; anything else is a usage error. */
  readonly choices?: ReadonlyArray<string>
  /** The value when the option is absent. */
  readonly default?: string
  /** Whether the option may be given several times (its value is then a list). */
  readonly multiple?: boolean
}

/** The options of a command, by long name. */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>

type One<S extends OptionSpec> = S extends { readonly type: 'boolean' }
  ? boolean
  : S extends { readonly choices: ReadonlyArray<infer C> }
    ? C
    : string

/** The values of parsed options: booleans default to false, lists to empty. */
export type Values<O extends OptionSpecs> = {
  readonly [K in keyof O]: O[K] extends { readonly multiple: true }
    ? ReadonlyArray<One<O[K]>>
    : O[K] extends { readonly type: 'boolean' }
      ? boolean
      : O[K] extends { readonly default: string }
        ? One<O[K]>
        : One<O[K]> | undefined
}

/** What a handler receives: the option values and the operands, in order. */
export interface Input<O extends OptionSpecs> {
  readonly values: Values<O>
  readonly operands: ReadonlyArray<string>
}

/** A command: its name, help text, options, operands and handler. */
export interface Command<O extends OptionSpecs = OptionSpecs> {
  readonly name: string
  /** One line for the list of commands. */
  readonly summary: string
  /** What follows `claimgraph NAME` in the usage line, e.g. `[options] FILE...`. */
  readonly usage: string
  /** Paragraphs shown by `claimgraph NAME --help`, between the usage line and the options. */
  readonly description: string
  readonly options: O
  /** How many operands the command takes. */
  readonly operands: { readonly min: number; readonly max: number }
  /** Runs the command; resolves to its exit code. */
  readonly run: (input: Input<O>, ctx: Context) => Promise<ExitCode>
}

/**
 * Declares a command. The option values a handler sees are typed from its options; the
 * table of commands holds commands of any options.
 */
export const command = <const O extends OptionSpecs>(c: Command<O>): Command =>
  // parse() builds values exactly from c.options, so the handler's view of them holds.
  c as unknown as Command

const HELP: OptionSpec = { type: 'boolean', short: 'h', description: 'show this help' }

/** The outcome of reading a command line against a command. */
export type Parsed =
  | { readonly kind: 'run'; readonly input: Input<OptionSpecs> }
  | { readonly kind: 'help' }
  | { readonly kind: 'usage'; readonly message: string }

/** Edit distance (insertions, deletions, substitutions, adjacent swaps) of two short words. */
export const distance = (a: string, b: string): number => {
  const rows: number[][] = []
  for (let i = 0; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j)
        continue
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, rows[i - 2]![j - 2]! + 1)
      row.push(d)
    }
    rows.push(row)
  }
  return rows[a.length]![b.length]!
}

/** The closest of `candidates` to `word`, when one is close enough to be a likely typo. */
export const suggest = (word: string, candidates: ReadonlyArray<string>): string | undefined => {
  if (word.length > 64) return undefined
  let best: string | undefined
  let bestDistance = Infinity
  for (const c of candidates) {
    const d = c.startsWith(word) && word.length >= 2 ? 0.5 : distance(word, c)
    if (d < bestDistance) {
      best = c
      bestDistance = d
    }
  }
  return bestDistance <= Math.max(1, Math.floor((best?.length ?? 0) / 3)) ? best : undefined
}

const didYouMean = (s: string | undefined) => (s === undefined ? '' : ` (did you mean ${s}?)`)

const optionsOf = (c: Command): OptionSpecs => ({ ...c.options, help: HELP })

/**
 * Reads `args` (what follows the command's name) against the command: options anywhere
 * before `--`, operands anywhere; `--help` wins over everything else.
 */
export const parse = (c: Command, args: ReadonlyArray<string>): Parsed => {
  const options = optionsOf(c)
  const config = Object.fromEntries(
    Object.entries(options).map(([name, o]) => [
      name,
      {
        type: o.type,
        ...(o.short === undefined ? {} : { short: o.short }),
        ...(o.multiple === true ? { multiple: true } : {}),
      },
    ]),
  )
  const { tokens } = parseArgs({
    args: [...args],
    options: config,
    strict: false,
    allowPositionals: true,
    tokens: true,
  })
  const longs = Object.keys(options).map((n) => `--${n}`)
  const values: Record<string, unknown> = {}
  const operands: string[] = []
  let problem: string | undefined
  const fail = (message: string) => {
    problem ??= message
  }
  for (const token of tokens) {
    if (token.kind === 'positional') {
      operands.push(token.value)
      continue
    }
    if (token.kind === 'option-terminator') continue
    const spec = Object.hasOwn(options, token.name) ? options[token.name] : undefined
    if (spec === undefined || (token.rawName.startsWith('--') && token.name.length === 1)) {
      const near = token.rawName.startsWith('--')
        ? suggest(token.rawName, longs)
        : longs.find((l) => l[2] === token.name)
      fail(`unknown option ${token.rawName}${didYouMean(near)}`)
      continue
    }
    if (token.name === 'help') return { kind: 'help' }
    const shown = `--${token.name}`
    let value: unknown
    if (spec.type === 'boolean') {
      if (token.value !== undefined) {
        fail(`${shown} takes no value`)
        continue
      }
      value = true
    } else {
      const v = token.value
      if (v === undefined || (token.inlineValue !== true && v.startsWith('-') && v !== '-')) {
        fail(
          `${shown} needs a value${spec.choices === undefined ? '' : `: ${spec.choices.join(' or ')}`}`,
        )
        continue
      }
      if (spec.choices !== undefined && !spec.choices.includes(v)) {
        fail(`${shown} takes ${spec.choices.join(' or ')}, not ${JSON.stringify(v)}`)
        continue
      }
      value = v
    }
    if (spec.multiple === true) values[token.name] = [...((values[token.name] as []) ?? []), value]
    else if (token.name in values && values[token.name] !== value)
      fail(`${shown} is given twice with different values`)
    else values[token.name] = value
  }
  if (problem !== undefined) return { kind: 'usage', message: problem }
  for (const [name, spec] of Object.entries(c.options)) {
    if (name in values) continue
    values[name] =
      spec.multiple === true ? [] : spec.type === 'boolean' ? false : (spec.default ?? undefined)
  }
  if (operands.length < c.operands.min)
    return {
      kind: 'usage',
      message: `${c.name} needs ${c.operands.min === 1 ? 'an operand' : `${c.operands.min} operands`}: ${c.usage}`,
    }
  if (operands.length > c.operands.max)
    return {
      kind: 'usage',
      message: `${c.name} takes at most ${c.operands.max} operand${c.operands.max === 1 ? '' : 's'}, not ${operands.length}: ${c.usage}`,
    }
  return { kind: 'run', input: { values: values as Values<OptionSpecs>, operands } }
}

/** Help text is wrapped to this many columns. */
const WIDTH = 80

/** Paragraphs (separated by blank lines) wrapped to `width`; single line ends are spaces. */
const paragraphs = (text: string, width: number): string =>
  text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => wrap(p.replace(/\s*\n\s*/g, ' '), width).join('\n'))
    .join('\n\n')

const column = (rows: ReadonlyArray<readonly [string, string]>, indent = 2): string => {
  const width = Math.max(...rows.map(([l]) => l.length))
  const pad = ' '.repeat(indent + width + 3)
  return rows
    .map(([l, r]) =>
      `${' '.repeat(indent)}${l.padEnd(width)}   ${paragraphs(r, WIDTH - pad.length)
        .split('\n')
        .join(`\n${pad}`)}`.trimEnd(),
    )
    .join('\n')
}

/** The help text of one command. */
export const help = (program: string, c: Command): string => {
  const rows = Object.entries(optionsOf(c)).map(([name, o]): readonly [string, string] => [
    `${o.short === undefined ? '    ' : `-${o.short}, `}--${name}${o.type === 'string' ? ` ${o.choices?.join('|') ?? o.value ?? 'VALUE'}` : ''}`,
    `${o.description}${o.default === undefined ? '' : ` (default: ${o.default})`}`,
  ])
  return [
    `Usage: ${program} ${c.name} ${c.usage}`,
    '',
    paragraphs(c.description, WIDTH),
    '',
    'Options:',
    column(rows),
    '',
    `"--" ends the options: what follows is an operand even if it starts with "-".`,
  ].join('\n')
}

/** The overview: every command with its summary. */
export const overview = (
  program: string,
  version: string,
  commands: ReadonlyArray<Command>,
  epilogue: string,
): string =>
  [
    `${program} ${version}: decode, validate and inspect claimgraph reports`,
    '',
    `Usage: ${program} COMMAND [options] [operands]`,
    '',
    'Commands:',
    column(commands.map((c) => [c.name, c.summary])),
    '',
    'Options:',
    column([
      ['-h, --help', 'show this help'],
      ['-v, --version', 'print the version'],
    ]),
    '',
    `Run "${program} COMMAND --help" for a command's options.`,
    '',
    epilogue,
  ].join('\n')
