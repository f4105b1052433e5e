import { Actor, Id, Time } from '../../../src/index.js'
import { cases } from './case.js'

// Worst cases for the queries of the model modules: every office dated, partial and
// relative times that have to be resolved against the publication date.
const person = (n: number): Actor.Actor =>
  Actor.person('p', 'P', {
    offices: Array.from({ length: n }, (_, i) =>
      Actor.office(`office ${i}`, Id.actor('org'), {
        from: Time.time(`${2000 + (i % 50)}-01`),
        to: Time.relative('last month', { unit: 'month', amount: -1 }),
      }),
    ),
  })

export default cases<Actor.Actor>({
  name: 'Actor.rolesAt on a person with n dated offices',
  covers: ['Actor.rolesAt', 'Actor.tenure'],
  n: 100,
  build: person,
  run: (a) => Actor.rolesAt(Time.time('2020-06'), { publication: Time.time('2030-01-01') })(a),
})
