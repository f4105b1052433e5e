import { Country } from 'claimgraph'
import * as O from 'fp-ts/lib/Option.js'
import assert from 'node:assert/strict'

assert.deepEqual(Country.name('IRQ'), O.some('Iraq'))
assert.equal(Country.isAssigned('IRA'), false)
assert.deepEqual(Country.suggest('IRA'), O.some('IRN')) // the IOC's code for Iran
assert.equal(Country.isUserAssigned('XKX'), true) // Kosovo, in wide use
assert.equal(Country.nameMatches('USA', 'the U.S.'), true)
assert.equal(Country.nameMatches('USA', 'Axios'), false)
