// Deterministic synthetic reports of any size, in the proportions of a busy news report:
// per 10 statements, 1 actor, 2 events and half a threat; chains of 1–3 links, a third of
// them from anonymous sources; propositions 1–3 levels deep.
export const synthetic = (statements) => {
  const nActors = Math.max(10, Math.ceil(statements / 10))
  const nEvents = Math.max(2, Math.ceil(statements / 5))
  const nThreats = Math.max(1, Math.ceil(statements / 20))
  const actor = (i) => `a${i % nActors}`
  const event = (i) => `e${i % nEvents}`
  const actors = [{ kind: 'author', id: 'a0' }]
  for (let i = 1; i < nActors; i++) {
    actors.push(
      i % 3 === 0
        ? {
            kind: 'anonymous',
            id: `a${i}`,
            description: 'officials',
            count: (i % 4) + 1,
            affiliation: 'a1',
          }
        : i % 3 === 1
          ? { kind: 'state', id: `a${i}`, name: `State ${i}`, country: 'USA' }
          : {
              kind: 'person',
              id: `a${i}`,
              name: `Person ${i}`,
              offices: [{ title: 'minister', in: 'a1' }],
            },
    )
  }
  const events = []
  for (let i = 0; i < nEvents; i++) {
    events.push({
      id: `e${i}`,
      type: 'attack',
      description: `event ${i}`,
      status: i % 2 === 0 ? 'occurred' : 'hypothetical',
      agents: [actor(i + 1)],
      targets: [actor(i + 2)],
      time: `2024-${String((i % 12) + 1).padStart(2, '0')}`,
      ...(i > 0 ? { relations: [{ kind: 'response_to', event: `e${i - 1}` }] } : {}),
    })
  }
  // a later event answers an earlier one: times must not run backwards
  for (const e of events) e.time = '2024'
  const prop = (i) =>
    i % 3 === 0
      ? { kind: 'occurs', event: event(i) }
      : i % 3 === 1
        ? { kind: 'not', operand: { kind: 'occurs', event: event(i) } }
        : {
            kind: 'and',
            operands: [
              { kind: 'occurs', event: event(i) },
              {
                kind: 'epistemic',
                likelihood: { factuality: 'PS+', cue: 'may' },
                operand: { kind: 'occurs', event: event(i + 1) },
              },
            ],
          }
  const threats = []
  for (let i = 0; i < nThreats; i++) {
    threats.push({
      id: `t${i}`,
      issuer: [actor(i + 1)],
      addressee: [actor(i + 2)],
      enforcer: [actor(i + 4)],
      condition: prop(i + 1),
      consequence: { kind: 'occurs', event: event(i) },
      valence: 'negative',
      likelihood: { factuality: 'PS+', cue: 'could' },
    })
  }
  const out = []
  for (let i = 0; i < statements; i++) {
    const hops = (i % 3) + 1
    const chain = Array.from({ length: hops }, (_, h) => ({
      source: actor(i * 7 + h * 3 + 1),
      cue: h === 0 ? 'told' : 'said',
    }))
    const seen = new Set()
    const unique = chain.filter((l) => (seen.has(l.source) ? false : (seen.add(l.source), true)))
    out.push({
      id: `s${i}`,
      speakers: [actor(i + 1)],
      act: i % 4 === 0 ? 'warn' : 'assert',
      content:
        i % 4 === 0
          ? { kind: 'threat', threat: `t${i % nThreats}` }
          : { kind: 'proposition', proposition: prop(i) },
      addressees: [actor(i + 2)],
      ...(i > 0 && i % 5 === 0 ? { replyTo: `s${i - 1}` } : {}),
      attribution: { chain: unique },
    })
  }
  return {
    format: 'claimgraph/2',
    headline: `Synthetic report of ${statements} statements`,
    author: 'a0',
    language: 'en',
    actors,
    events,
    statements: out,
    threats,
  }
}
