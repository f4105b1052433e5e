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

/** A relative time counted from a chain of n anchors, the last an event whose time is counted from another event… */
const anchored = (n: number): { t: Time.TimeRef; events: Record<string, Time.TimeRef> } => {
  const events: Record<string, Time.TimeRef> = { e0: Time.time('XXXX-01-01') }
  for (let i = 1; i < n; i++)
    events[`e${i}`] = Time.relative(
      'a day later',
      { unit: 'day', amount: 1 },
      Time.ofEvent(Id.event(`e${i - 1}`)),
    )
  let t: Time.TimeRef = Time.relative(
    'then',
    { unit: 'day', amount: 0 },
    Time.ofEvent(Id.event(`e${n - 1}`)),
  )
  for (let i = 0; i < n; i++) t = Time.relative('a week later', { unit: 'week', amount: 1 }, t)
  return { t, events }
}

const offices = cases<Actor.Actor>({
  name: 'Actor.rolesAt on a person with n dated offices',
  covers: ['Actor.rolesAt', 'Actor.tenure'],
  n: 100,
  build: person,
  run: (a) => Actor.rolesAt(Time.time('2020-06'), { publication: Time.time('2030-01-01') })(a),
})

const times = cases<ReturnType<typeof anchored>>(
  {
    name: 'Time.resolveWith on a chain of n relative anchors and n event anchors',
    covers: ['Time.resolveWith', 'Time.resolve'],
    n: 50,
    build: anchored,
    run: ({ t, events }) => Time.resolveWith({ eventTime: (id) => events[id] })(t),
  },
  {
    name: 'Time.compareWith (sameYear: every year of the cycle) on chains of anchors',
    covers: ['Time.compareWith'],
    n: 50,
    build: anchored,
    run: ({ t, events }) =>
      Time.compareWith({ eventTime: (id) => events[id], sameYear: true })(
        t,
        Time.time('XXXX-06-01'),
      ),
  },
  {
    name: 'Time.supplyYear on a chain of n relative anchors',
    covers: ['Time.supplyYear'],
    n: 50,
    build: anchored,
    run: ({ t }) => Time.supplyYear(Time.time('2024-06-01'))(t),
  },
)

export default [...offices, ...times]
