/**
 * Runs a command line: finds the command in the table, reads its options, and calls its
 * handler. Usage errors get a suggestion when a name is a likely typo.
 */
import { help, overview, parse, suggest, type Command } from './command.js'
import { COMMANDS } from './commands.js'
import { EXIT, EXIT_HELP, type ExitCode } from './exit.js'
import { withUsage, type Context } from './io.js'
import { VERSION } from './version.js'

/** The program's name in help and messages. */
export const PROGRAM = 'claimgraph'

const top = (commands: ReadonlyArray<Command>) => overview(PROGRAM, VERSION, commands, EXIT_HELP)

/** Runs `argv` (the arguments after the program's name) with the given commands. */
export const run = async (
  argv: ReadonlyArray<string>,
  ctx: Context,
  commands: ReadonlyArray<Command> = COMMANDS,
): Promise<ExitCode> => {
  const [first, ...rest] = argv
  const names = commands.map((c) => c.name)
  const usage = (message: string, hint: string): ExitCode => {
    ctx.error(`${PROGRAM}: ${message}\n${hint}`)
    ctx.raise(EXIT.usage)
    return EXIT.usage
  }
  if (first === undefined) {
    ctx.error(top(commands))
    return EXIT.usage
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? rest[0] : undefined
    if (topic === undefined) {
      ctx.text(top(commands))
      return EXIT.ok
    }
    const c = commands.find((x) => x.name === topic)
    if (c === undefined) return unknownCommand(topic, names, usage)
    ctx.text(help(PROGRAM, c))
    return EXIT.ok
  }
  if (first === '--version' || first === '-v' || first === '-V') {
    ctx.text(VERSION)
    return EXIT.ok
  }
  if (first.startsWith('-') && first !== '-') {
    const near = suggest(first, ['--help', '--version'])
    return usage(
      `unknown option ${JSON.stringify(first)}${near === undefined ? '' : ` (did you mean ${near}?)`}`,
      `Usage: ${PROGRAM} COMMAND [options] [operands]; run "${PROGRAM} --help" for the commands.`,
    )
  }
  const c = commands.find((x) => x.name === first)
  if (c === undefined) return unknownCommand(first, names, usage)
  const parsed = parse(c, rest)
  const hint = `Run "${PROGRAM} ${c.name} --help" for its options.`
  switch (parsed.kind) {
    case 'help':
      ctx.text(help(PROGRAM, c))
      return EXIT.ok
    case 'usage':
      return usage(parsed.message, hint)
    case 'run':
      return c.run(
        parsed.input,
        withUsage(ctx, (m) => usage(m, hint)),
      )
  }
}

const unknownCommand = (
  name: string,
  names: ReadonlyArray<string>,
  usage: (message: string, hint: string) => ExitCode,
): ExitCode => {
  const near = suggest(name, names)
  return usage(
    `unknown command ${JSON.stringify(name)}${near === undefined ? '' : ` (did you mean "${near}"?)`}`,
    `The commands are ${names.join(', ')}; run "${PROGRAM} --help" for more.`,
  )
}
