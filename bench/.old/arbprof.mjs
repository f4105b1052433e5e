import fc from 'fast-check'
const Arbitrary = await import(process.argv[2] + '/arbitrary.js')
fc.sample(Arbitrary.report, { numRuns: 50, seed: 1 })
const t = performance.now()
fc.sample(Arbitrary.report, { numRuns: 200, seed: 2 })
console.log('warm', ((performance.now() - t) / 200).toFixed(1), 'ms per sample')
