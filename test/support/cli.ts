import { PassThrough } from 'node:stream'
import type { Command } from '../../src/cli/command.js'
import { context } from '../../src/cli/io.js'
import { run } from '../../src/cli/run.js'
import { COMMANDS } from '../../src/cli/commands.js'

/** Runs the command line in this process, with captured output and the given input. */
export const runIn = async (
  argv: ReadonlyArray<string>,
  options: {
    readonly stdin?: string | Buffer
    readonly commands?: ReadonlyArray<Command>
    readonly columns?: number
    readonly env?: Record<string, string>
  } = {},
) => {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const stdin = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (d: Buffer) => (out += d.toString('utf8')))
  stderr.on('data', (d: Buffer) => (err += d.toString('utf8')))
  stdin.end(options.stdin ?? '')
  const ctx = context({
    stdout: Object.assign(
      stdout,
      options.columns === undefined ? {} : { isTTY: true, columns: options.columns },
    ),
    stderr,
    stdin,
    env: options.env ?? {},
  })
  const code = await run(argv, ctx, options.commands ?? COMMANDS)
  await new Promise((r) => setImmediate(r))
  return { code, stdout: out, stderr: err }
}
