#!/usr/bin/env node
/**
 * The `claimgraph` command: runs the command line against the process's own streams.
 * When the reader of the output goes away (`claimgraph inspect | head -1`), the command
 * stops quietly with the outcome found so far; an unexpected exception is a bug, reported
 * as such with exit code 70.
 */
import { EXIT } from './exit.js'
import { context } from './io.js'
import { internalError } from './report.js'
import { PROGRAM, run } from './run.js'

const ctx = context(
  { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env },
  { onClosed: () => process.exit(ctx.status()) },
)

run(process.argv.slice(2), ctx).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    internalError(e, PROGRAM, ctx)
    process.exitCode = EXIT.internal
  },
)
