/**
 * The exit codes of the `claimgraph` command, one per kind of outcome. When several
 * outcomes happen in one run (many files, many reports), the command exits with the
 * highest code among them.
 */
export const EXIT = {
  /** Every report is valid (findings that are not errors are allowed). */
  ok: 0,
  /** A report is invalid: it does not decode, or a rule found an error. */
  invalid: 1,
  /** The command line is wrong: unknown command or option, missing operand. */
  usage: 2,
  /** A file cannot be read: missing, a directory, no permission, an I/O error. */
  unreadable: 3,
  /** A file or line is not a JSON document: empty, not UTF-8, not JSON, over the size limit. */
  malformed: 4,
  /** A bug in claimgraph: an unexpected exception. Never a verdict on the input. */
  internal: 70,
} as const

/** One of {@link EXIT}'s codes. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

/** The exit codes for people, as printed by `claimgraph --help`. */
export const EXIT_HELP = `Exit codes (the highest applies when several do):
  0   every report is valid (findings that are not errors allowed)
  1   a report is invalid
  2   usage error
  3   a file cannot be read
  4   a file or line is not a JSON document (empty, not UTF-8, not JSON, too large)
  70  internal error: a bug in claimgraph, please report it`
