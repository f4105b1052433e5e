const N = await import(process.argv[2] + '/index.js'); const F = await import(process.argv[2] + '/fixtures.js')
const v = JSON.parse(JSON.stringify(N.Report.encode(F.report)))
const what = process.argv[3]
const f = what === 'integ' ? () => N.Report.integrity(v) : what === 'walk' ? () => N.Report.Structure.walk(v, 0, false) : () => N.Report.decode(v)
for (let i = 0; i < 30000; i++) f()
