import { PassThrough } from 'node:stream'
import { describe, expect, it, vi } from 'vitest'
import { Report } from '../../src/index.js'
import * as fixtures from '../../src/fixtures/index.js'
import { context } from '../../src/cli/io.js'
import { run } from '../../src/cli/run.js'
import { runIn } from '../support/cli.js'

// A bug stands in for every bug: the rules throw on a report whose headline says so.
vi.mock('../../src/Rules.js', async (original) => {
  const rules = await original<typeof import('../../src/Rules.js')>()
  const boom = (r: { readonly headline: string }) => {
    if (r.headline === 'BOOM') throw new TypeError('cannot read properties of undefined')
    return rules.standard(r as never)
  }
  return { ...rules, standard: boom }
})

const seed = JSON.stringify(Report.encode(fixtures.report))
const boom = JSON.stringify({ ...JSON.parse(seed), headline: 'BOOM' })

describe('cli: the command under faults', () => {
  it('an exception while checking is an internal error (exit 70), never a read error; the other reports are checked', async () => {
    const r = await runIn(['check', '--ndjson', '-'], { stdin: `${seed}\n${boom}\n${seed}\n` })
    expect(r.code).toBe(70)
    expect(r.stderr).toContain(
      '<stdin>:2: internal error: TypeError: cannot read properties of undefined\n  This is a bug in claimgraph, not a problem with the input.',
    )
    expect(r.stderr).not.toContain('cannot be read')
    expect(r.stdout).toContain('checked 3 reports in 1 file: 2 valid')
  })
  it('in inspect too', async () => {
    await expect(runIn(['inspect', '-'], { stdin: boom })).rejects.toThrow(TypeError)
  })
  it('a stream that fails while being read is unreadable (exit 3), and says why', async () => {
    const stdin = new PassThrough()
    const stdout = new PassThrough()
    const stderr = new PassThrough()
    let err = ''
    stderr.on('data', (d: Buffer) => (err += d.toString()))
    stdout.resume()
    stdin.write(seed.slice(0, 100))
    setImmediate(() => stdin.destroy(Object.assign(new Error('i/o'), { code: 'EIO' })))
    const code = await run(['check', '-'], context({ stdout, stderr, stdin, env: {} }))
    expect(code).toBe(3)
    expect(err).toBe('<stdin>: cannot be read (EIO)\n')
  })
})
