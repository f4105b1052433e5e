const [oldDir, newDir] = process.argv.slice(2)
const O = await import(oldDir + '/index.js'); const OF = await import(oldDir + '/fixtures.js')
const N = await import(newDir + '/index.js'); const NF = await import(newDir + '/fixtures.js')
const text = JSON.stringify(O.Report.encode(OF.report))
const v = JSON.parse(text)
const now = () => Number(process.hrtime.bigint()) / 1e6
const fs = {
  oldWalk: () => O.Report.Structure.walk(v, 0, false),
  newWalk: () => N.Report.Structure.walk(v, 0, false),
  oldCopy: () => O.Report.Structure.walk(v, 0, true),
  newCopy: () => N.Report.Structure.walk(v, 0, true),
  oldDecode: () => O.Report.decode(v),
  newDecode: () => N.Report.decode(v),
  oldShare: () => O.Report.decode(v, {share: true}),
  newShare: () => N.Report.decode(v, {share: true}),
  oldInteg: () => O.Report.integrity(v),
  newInteg: () => N.Report.integrity(v),
}
if (N.Report.decode(v)._tag !== 'Right') throw new Error('new rejects')
const best = {}
for (const k in fs) { best[k] = Infinity; const t = now(); while (now() - t < 50) fs[k]() }
for (let r = 0; r < 15; r++) for (const k in fs) { let n = 0; const t = now(); let e; do { fs[k](); n++; e = now() - t } while (e < 30); best[k] = Math.min(best[k], e / n) }
for (const k in best) console.log(k.padEnd(12), (best[k]*1000).toFixed(1), 'µs')
for (const p of ['Walk','Copy','Decode','Share','Integ']) console.log(p, 'new/old', (best['new'+p]/best['old'+p]).toFixed(3))
