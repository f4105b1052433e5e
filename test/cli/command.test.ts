import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { command, distance, help, parse, suggest } from '../../src/cli/command.js'
import { COMMANDS } from '../../src/cli/commands.js'
import { EXIT } from '../../src/cli/exit.js'
import { runIn } from '../support/cli.js'

// A command as another module would add it: one entry in the table.
const echo = command({
  name: 'echo',
  summary: 'print the operands',
  usage: '[options] WORD...',
  description: 'Prints each WORD.',
  options: {
    upper: { type: 'boolean', short: 'u', description: 'in capitals' },
    sep: { type: 'string', value: 'TEXT', default: ',', description: 'between words' },
    mode: { type: 'string', choices: ['a', 'b'], description: 'a mode' },
    tag: { type: 'string', multiple: true, description: 'a tag, repeatable' },
  },
  operands: { min: 1, max: 3 },
  run: async ({ values, operands }, ctx) => {
    // the values are typed from the options
    const upper: boolean = values.upper
    const sep: string = values.sep
    const mode: 'a' | 'b' | undefined = values.mode
    const tags: ReadonlyArray<string> = values.tag
    const words = operands.join(sep)
    ctx.text(
      `${upper ? words.toUpperCase() : words}${mode === undefined ? '' : ` [${mode}]`}${tags.map((t) => ` #${t}`).join('')}`,
    )
    return EXIT.ok
  },
})
const table = [...COMMANDS, echo]

describe('cli/command', () => {
  describe('the table of commands', () => {
    it('a command added to the table is listed, parsed, helped and run', async () => {
      expect((await runIn(['--help'], { commands: table })).stdout).toMatch(
        /\n {2}echo +print the operands\n/,
      )
      expect(await runIn(['echo', '-u', '--sep=-', 'a', 'b'], { commands: table })).toMatchObject({
        code: 0,
        stdout: 'A-B\n',
      })
      expect(
        (await runIn(['echo', '--mode', 'b', '--tag', 'x', '--tag', 'y', 'w'], { commands: table }))
          .stdout,
      ).toBe('w [b] #x #y\n')
      const h = await runIn(['echo', '--help'], { commands: table })
      expect(h.code).toBe(0)
      expect(h.stdout).toContain('Usage: claimgraph echo [options] WORD...')
      expect(h.stdout).toMatch(/-u, --upper +in capitals/)
      expect(h.stdout).toMatch(/--sep TEXT +between words \(default: ,\)/)
      expect(h.stdout).toMatch(/--mode a\|b +a mode/)
      expect((await runIn(['help', 'echo'], { commands: table })).stdout).toBe(h.stdout)
    })
    it('every built-in command has help that names each of its options', () => {
      for (const c of COMMANDS) {
        const text = help('claimgraph', c)
        for (const name of Object.keys(c.options)) expect(text).toContain(`--${name}`)
        expect(text).toContain('--help')
      }
    })
  })

  describe('parse', () => {
    it('reads options before and after operands, and -- ends the options', () => {
      expect(parse(echo, ['a', '-u', 'b'])).toEqual({
        kind: 'run',
        input: {
          values: { upper: true, sep: ',', mode: undefined, tag: [] },
          operands: ['a', 'b'],
        },
      })
      expect(parse(echo, ['--', '-u', '--help'])).toMatchObject({
        kind: 'run',
        input: { values: { upper: false }, operands: ['-u', '--help'] },
      })
      expect(parse(echo, ['-'])).toMatchObject({ kind: 'run', input: { operands: ['-'] } })
    })
    it('--help and -h win over everything else before --', () => {
      expect(parse(echo, ['--bogus', '--help'])).toEqual({ kind: 'help' })
      expect(parse(echo, ['-h'])).toEqual({ kind: 'help' })
      expect(parse(echo, ['--', '--help']).kind).toBe('run')
    })
    it('unknown options are usage errors, with a suggestion when one is close', () => {
      expect(parse(echo, ['--uper', 'x'])).toEqual({
        kind: 'usage',
        message: 'unknown option --uper (did you mean --upper?)',
      })
      expect(parse(echo, ['-s', 'x'])).toEqual({
        kind: 'usage',
        message: 'unknown option -s (did you mean --sep?)',
      })
      expect(parse(echo, ['--zzzzzz', 'x'])).toEqual({
        kind: 'usage',
        message: 'unknown option --zzzzzz',
      })
      expect(parse(echo, ['--u', 'x'])).toMatchObject({ kind: 'usage' })
    })
    it('values: missing, not one of the choices, given to a flag, given twice', () => {
      expect(parse(echo, ['x', '--mode'])).toEqual({
        kind: 'usage',
        message: '--mode needs a value: a or b',
      })
      expect(parse(echo, ['--mode', '-u', 'x'])).toEqual({
        kind: 'usage',
        message: '--mode needs a value: a or b',
      })
      expect(parse(echo, ['--sep=-u', 'x'])).toMatchObject({
        kind: 'run',
        input: { values: { sep: '-u' } },
      })
      expect(parse(echo, ['--mode=c', 'x'])).toEqual({
        kind: 'usage',
        message: '--mode takes a or b, not "c"',
      })
      expect(parse(echo, ['--upper=yes', 'x'])).toEqual({
        kind: 'usage',
        message: '--upper takes no value',
      })
      expect(parse(echo, ['--mode=a', '--mode=b', 'x'])).toEqual({
        kind: 'usage',
        message: '--mode is given twice with different values',
      })
      expect(parse(echo, ['--mode=a', '--mode=a', 'x']).kind).toBe('run')
    })
    it('operands: too few, too many', () => {
      expect(parse(echo, [])).toEqual({
        kind: 'usage',
        message: 'echo needs an operand: [options] WORD...',
      })
      expect(parse(echo, ['a', 'b', 'c', 'd'])).toEqual({
        kind: 'usage',
        message: 'echo takes at most 3 operands, not 4: [options] WORD...',
      })
    })
  })

  describe('suggest', () => {
    it('finds a likely typo: a swap, a missing or extra letter, a prefix', () => {
      expect(suggest('chekc', ['inspect', 'check'])).toBe('check')
      expect(suggest('inspec', ['inspect', 'check'])).toBe('inspect')
      expect(suggest('insppect', ['inspect', 'check'])).toBe('inspect')
      expect(suggest('--strcit', ['--strict', '--format'])).toBe('--strict')
      expect(suggest('frobnicate', ['inspect', 'check'])).toBeUndefined()
      expect(suggest('x'.repeat(10_000), ['inspect'])).toBeUndefined()
    })
    it('distance counts edits', () => {
      expect(distance('', 'abc')).toBe(3)
      expect(distance('abc', 'abc')).toBe(0)
      expect(distance('abc', 'acb')).toBe(1)
      expect(distance('kitten', 'sitting')).toBe(3)
    })
  })

  describe('run', () => {
    it('no command: the overview on standard error, exit 2', async () => {
      const r = await runIn([])
      expect(r.code).toBe(EXIT.usage)
      expect(r.stderr).toContain('Commands:')
    })
    it('an unknown command gets a suggestion', async () => {
      const r = await runIn(['inpsect'])
      expect(r.code).toBe(2)
      expect(r.stderr).toContain('unknown command "inpsect" (did you mean "inspect"?)')
      expect((await runIn(['frobnicate'])).stderr).toContain(
        'unknown command "frobnicate"\nThe commands are inspect, check',
      )
      expect((await runIn(['help', 'nope'])).code).toBe(2)
    })
    it('an unknown top-level option gets a suggestion', async () => {
      const r = await runIn(['--verison'])
      expect(r.code).toBe(2)
      expect(r.stderr).toContain('unknown option "--verison" (did you mean --version?)')
    })
    it('SECURITY.md documents every exit code', () => {
      const security = readFileSync(new URL('../../SECURITY.md', import.meta.url), 'utf8')
      for (const code of Object.values(EXIT))
        expect(security).toMatch(new RegExp(`\\n {2}\\| ${code} +\\|`))
    })
    it('the overview documents every exit code', async () => {
      const { stdout } = await runIn(['--help'])
      for (const code of Object.values(EXIT))
        expect(stdout).toMatch(new RegExp(`\\n {2}${code} +\\S`))
    })
  })
})
