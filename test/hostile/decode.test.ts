import * as E from 'fp-ts/Either'
import { describe, expect, it } from 'vitest'
import { Attribution, Codec, DecodeError, Report, Statement } from '../../src/index.js'
import { readsAt } from '../support/complexity.js'
import { seedJson } from './support.js'

/** A proposition nested `depth` levels deep around a conjunction of `width` broken references. */
const nest = (depth: number, width: number): unknown => {
  let p: unknown = {
    kind: 'and',
    operands: Array.from({ length: width }, () => ({ kind: 'occurs', event: 'bad id!' })),
  }
  for (let i = 0; i < depth; i++) p = { kind: 'not', operand: p }
  return p
}

const unreadable = (r: E.Either<DecodeError.DecodeError, unknown>) =>
  E.isLeft(r) && r.left.issues.length === 1 && r.left.issues[0]!.code === 'unreadable_input'

describe('hostile: decoding invalid input does bounded work', () => {
  it('a 4 MB invalid document, its errors 240 levels deep, is rejected in bounded time and memory', () => {
    const r = seedJson()
    const p = nest(240, 1000)
    for (let i = 0; i < 100; i++)
      r.statements.push({
        id: `deep-${i}`,
        speakers: ['us'],
        act: 'state',
        content: { kind: 'proposition', proposition: p },
      })
    const text = JSON.stringify(r)
    expect(text.length).toBeGreaterThan(4_000_000)
    const before = process.memoryUsage().heapUsed
    const result = Report.fromJson(text)
    expect(E.isLeft(result) && result.left.issues.length).toBe(DecodeError.MAX_ISSUES + 1)
    expect(E.isLeft(result) && result.left.issues.at(-1)!.code).toBe('too_many_issues')
    // every issue holds its own path, not a copy of every level above it
    if (E.isLeft(result)) expect(result.left.issues[0]!.path.length).toBeLessThan(260)
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(400 * 2 ** 20)
  }, 20_000)

  it('MAX_ISSUES bounds the work, not only the output: past it, more bad input is not read', () => {
    const build = (n: number) => {
      const r = seedJson()
      for (let i = 0; i < n; i++) r.actors.push({ kind: 'robot', id: `a${i}`, name: '' })
      return r
    }
    const small = readsAt(build, (r) => Report.decode(r), 5_000)
    const large = readsAt(build, (r) => Report.decode(r), 40_000)
    expect(large / small).toBeLessThan(1.5)
  })

  it('an unknown key of 96 MB gives a short message, path and tree', () => {
    const r = seedJson()
    const key = 'k'.repeat(96 * 2 ** 20)
    r.statements[0][key] = 1
    const result = Report.decode(r)
    expect(E.isLeft(result)).toBe(true)
    if (E.isLeft(result)) {
      const [i] = result.left.issues
      expect(i!.code).toBe('unknown_key')
      expect(i!.message.length).toBeLessThan(200)
      expect(String(i!.path.at(-1)).length).toBe(DecodeError.MAX_KEY_LENGTH)
      expect(DecodeError.toTree(result.left).length).toBeLessThan(1000)
      expect(DecodeError.toList(result.left)[0]!.path.length).toBeLessThan(300)
    }
  }, 30_000)

  it('messages stay short when a value is long or repeats thousands of times', () => {
    const r = seedJson()
    r.statements[0].act = 'x'.repeat(100_000)
    r.statements[1].speakers = Array.from({ length: 5000 }, () => 'nobody-'.repeat(18))
    const result = Report.decode(r)
    expect(E.isLeft(result)).toBe(true)
    if (E.isLeft(result))
      for (const i of result.left.issues)
        expect(i.message.length).toBeLessThanOrEqual(DecodeError.MAX_MESSAGE_LENGTH)
  })
})

describe('hostile: repair hints are bounded', () => {
  it('thousands of dangling references among thousands of similar ids: hints within a fixed budget', () => {
    const r = seedJson()
    const long = 'an-actor-with-a-long-and-similar-identifier-number-'
    for (let i = 0; i < 20_000; i++)
      r.actors.push({ kind: 'state', id: `${long}${i}`, name: 'S', country: 'USA' })
    r.statements[0].speakers = Array.from({ length: 9_000 }, (_, i) => `${long}${i}x`)
    const result = Report.decode(r)
    expect(E.isLeft(result) && result.left.issues.length).toBe(DecodeError.MAX_ISSUES + 1)
    // the first ones got a hint; the budget ran out before the last
    if (E.isLeft(result)) {
      expect(result.left.issues[0]!.message).toContain('did you mean')
      expect(result.left.issues.at(-1)!.message).not.toContain('did you mean')
    }
  }, 20_000)

  it('thousands of misplaced spans in a long text: relocation hints within a fixed budget', () => {
    const span = { start: 0, end: 9, text: 'The words' }
    const r = {
      format: Report.FORMAT,
      headline: 'h',
      author: 'me',
      text: `${'Filler words of a long article. '.repeat(30_000)}The words.`,
      actors: [{ kind: 'author', id: 'me' }],
      events: [],
      statements: [
        {
          id: 's',
          speakers: ['me'],
          act: 'state',
          content: { kind: 'none' },
          evidence: Array.from({ length: 5_000 }, () => span),
        },
      ],
      threats: [],
    }
    const result = Report.decode(r)
    expect(E.isLeft(result)).toBe(true)
    if (E.isLeft(result)) {
      const mismatches = result.left.issues.filter(
        (i) => i.code === 'span_mismatch' && i.path.join('/').startsWith('statements/0/evidence/'),
      )
      expect(mismatches.length).toBeGreaterThan(500)
      expect(mismatches[0]!.message).toContain('the words occur at')
      expect(mismatches.at(-1)!.message).not.toContain('the words occur at')
    }
  }, 20_000)
})

describe('hostile: no exception escapes a decoder', () => {
  const throwing = (thrown: () => unknown) => {
    const r = seedJson()
    Object.defineProperty(r.statements[0], 'act', {
      enumerable: true,
      get() {
        throw thrown()
      },
    })
    return r
  }

  it('a getter that throws an error whose message is not a string', () => {
    const weird = Object.assign(new Error('x'), { message: 42 })
    expect(unreadable(Report.decode(throwing(() => weird)))).toBe(true)
    expect(unreadable(Report.decode(throwing(() => ({ message: { toString: () => 'x' } }))))).toBe(
      true,
    )
    expect(unreadable(Report.decode(throwing(() => null)))).toBe(true)
    expect(unreadable(Report.decode(throwing(() => 'a string')))).toBe(true)
  })

  it('a getter that throws an error whose message is itself a throwing getter', () => {
    const nasty = new Error('x')
    Object.defineProperty(nasty, 'message', {
      get() {
        throw new Error('again')
      },
    })
    expect(unreadable(Report.decode(throwing(() => nasty)))).toBe(true)
  })

  it('a getter that throws a proxy whose traps throw', () => {
    const trap = () => {
      throw new Error('trap')
    }
    const proxy = new Proxy(new Error('x'), { getPrototypeOf: trap, get: trap, has: trap })
    expect(unreadable(Report.decode(throwing(() => proxy)))).toBe(true)
    const { proxy: revoked, revoke } = Proxy.revocable({}, {})
    revoke()
    expect(unreadable(Report.decode(throwing(() => revoked)))).toBe(true)
  })

  it('a proxy whose getPrototypeOf trap throws, as the input or inside it', () => {
    const hostile = (target: object) =>
      new Proxy(target, {
        getPrototypeOf() {
          throw new Error('no prototype for you')
        },
      })
    expect(unreadable(Report.decode(hostile(seedJson())))).toBe(true)
    const r = seedJson()
    r.statements[0] = hostile(r.statements[0])
    expect(unreadable(Report.decode(r))).toBe(true)
    expect(unreadable(Codec.decode(Statement.Statement)(hostile(seedJson().statements[0])))).toBe(
      true,
    )
    const { proxy: revoked, revoke } = Proxy.revocable({}, {})
    revoke()
    expect(unreadable(Report.decode(revoked))).toBe(true)
    // a trap that throws the proxy itself: reading the error runs the trap again
    const self: object = new Proxy(seedJson(), {
      getPrototypeOf() {
        throw self
      },
    })
    expect(unreadable(Report.decode(self))).toBe(true)
    const inner = seedJson()
    const selfInner: object = new Proxy(inner.statements[0], {
      getPrototypeOf() {
        throw selfInner
      },
    })
    inner.statements[0] = selfInner
    expect(unreadable(Report.decode(inner))).toBe(true)
  })
})

describe('hostile: an array is read once', () => {
  /** An array whose `length` answers `first` on the first read and the real length after. */
  const lying = <A>(items: A[], first: number) => {
    let reads = 0
    const proxy = new Proxy(items, {
      get(target, key, receiver) {
        if (key === 'length') return reads++ === 0 ? first : target.length
        return Reflect.get(target, key, receiver)
      },
    })
    return { proxy, reads: () => reads }
  }

  it('a proxy array whose length changes between reads cannot bypass the chain limit', () => {
    const links = Array.from({ length: 5000 }, (_, i) => ({ source: `s${i}`, cue: 'said' }))
    for (const decode of [
      (u: unknown) => Codec.decode(Attribution.Attribution)(u),
      (u: unknown) => Codec.validateWith(Attribution.Attribution, u, 'reject'),
    ]) {
      const { proxy, reads } = lying(links, 1)
      const r = decode({ chain: proxy }) as E.Either<unknown, Attribution.Attribution>
      expect(reads()).toBe(1)
      if (E.isRight(r)) expect(r.right.chain.length).toBeLessThanOrEqual(1000)
    }
  })

  it('a proxy array that grows after its length is read is decoded at the length first read', () => {
    const { proxy, reads } = lying([{ source: 'a', cue: 'said' }, { source: 'b' }], 1)
    const r = Codec.decode(Attribution.Attribution)({ chain: proxy })
    expect(r).toEqual(E.right({ chain: [{ source: 'a', cue: 'said' }] }))
    expect(reads()).toBe(1)
  })
})
