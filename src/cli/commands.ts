/**
 * The table of commands, in the order `claimgraph --help` lists them. A new command is a
 * module exporting `command({ … })` and one line here.
 */
import { check } from './check.js'
import { compare } from './compare.js'
import type { Command } from './command.js'
import { exportCommand } from './export.js'
import { inspect } from './inspect.js'
import { schemaCommand } from './schema.js'

/** Every command of `claimgraph`. */
export const COMMANDS: ReadonlyArray<Command> = [
  inspect,
  check,
  compare,
  exportCommand,
  schemaCommand,
]
