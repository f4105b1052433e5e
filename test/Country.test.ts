import { createRequire } from 'node:module'
import * as O from 'fp-ts/Option'
import { describe, expect, it } from 'vitest'
import { Country } from '../src/index.js'

// an independent list of the codes, to check the table against
const countries = createRequire(import.meta.url)('i18n-iso-countries') as {
  getAlpha3Codes: () => Record<string, string>
}

describe('Country', () => {
  describe('model', () => {
    it('ALPHA3 holds exactly the 249 assigned ISO 3166-1 alpha-3 codes, in order, once each', () => {
      const theirs = Object.keys(countries.getAlpha3Codes()).filter(
        (c) => !Country.isUserAssigned(c),
      )
      const ours = Country.ALPHA3.map((e) => e.code)
      expect(ours).toHaveLength(249)
      expect([...ours].sort()).toEqual(ours)
      expect(new Set(ours).size).toBe(249)
      expect([...ours].sort()).toEqual([...theirs].sort())
      for (const e of Country.ALPHA3) expect(e.name.length).toBeGreaterThan(2)
    })
    it('every look-alike points at an assigned or user-assigned code, and is not assigned itself', () => {
      for (const [from, to] of Object.entries(Country.LOOKALIKES)) {
        expect(Country.isAssigned(from), from).toBe(false)
        expect(Country.isAssigned(to) || Country.isUserAssigned(to), to).toBe(true)
      }
      for (const code of Object.keys(Country.ALIASES))
        expect(Country.isAssigned(code), code).toBe(true)
    })
  })
  describe('guards', () => {
    it('isAssigned and isUserAssigned', () => {
      expect(Country.isAssigned('IRQ')).toBe(true)
      expect(Country.isAssigned('XKX')).toBe(false)
      for (const c of ['AAA', 'AAZ', 'QMA', 'QZZ', 'XAA', 'XKX', 'XXA', 'ZZA', 'ZZZ'])
        expect(Country.isUserAssigned(c), c).toBe(true)
      for (const c of ['ABA', 'QLZ', 'ZYZ', 'USA', 'xkx', 'XK'])
        expect(Country.isUserAssigned(c), c).toBe(false)
    })
  })
  describe('queries', () => {
    it('name', () => {
      expect(Country.name('DEU')).toEqual(O.some('Germany'))
      expect(Country.name('GER')).toEqual(O.none)
    })
    it('suggest: look-alikes, then the one code a letter away', () => {
      expect(Country.suggest('GER')).toEqual(O.some('DEU'))
      expect(Country.suggest('LEB')).toEqual(O.some('LBN'))
      expect(Country.suggest('KOS')).toEqual(O.some('XKX'))
      expect(Country.suggest('USA')).toEqual(O.none)
      expect(Country.suggest('IRZ')).toEqual(O.none) // IRL, IRN and IRQ are all a letter away
      expect(Country.suggest('ZWX')).toEqual(O.some('ZWE'))
      expect(Country.suggest('??')).toEqual(O.none)
    })
    it('nameMatches: names, capitals, aliases, demonyms, initials; not other names', () => {
      const yes: ReadonlyArray<readonly [string, string]> = [
        ['USA', 'United States'],
        ['USA', 'the United States of America'],
        ['USA', 'U.S.'],
        ['USA', 'Washington'],
        ['IRN', 'Iran'],
        ['IRN', 'Iranian'],
        ['SYR', 'Syria'],
        ['RUS', 'Russian'],
        ['VNM', 'Vietnam'],
        ['GBR', 'U.K.'],
        ['ARE', 'the UAE'],
        ['DEU', 'Germany'],
        ['DEU', 'German'],
        ['CZE', 'Czech Republic'],
        ['KOR', 'Republic of Korea'],
        ['ISR', 'Israel'],
        ['XKX', 'anything at all'],
      ]
      for (const [code, name] of yes)
        expect(Country.nameMatches(code, name), `${code} ${name}`).toBe(true)
      const no: ReadonlyArray<readonly [string, string]> = [
        ['USA', 'Axios'],
        ['USA', 'Reuters'],
        ['IRN', 'IRGC'],
        ['ISL', 'Israel'],
        ['IRQ', 'Iran'],
        ['FRA', ''],
        ['GBR', 'Hezbollah'],
      ]
      for (const [code, name] of no)
        expect(Country.nameMatches(code, name), `${code} ${name}`).toBe(false)
    })
  })
})
