const [oldDir, newDir, ...which] = process.argv.slice(2)
const O = await import(oldDir + '/index.js'); const OF = await import(oldDir + '/fixtures.js')
const N = await import(newDir + '/index.js')
const text = JSON.stringify(O.Report.encode(OF.report))
const v = JSON.parse(text)
const now = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000 }
const all = {
  Walk: [() => O.Report.Structure.walk(v, 0, false), () => N.Report.Structure.walk(v, 0, false)],
  Copy: [() => O.Report.Structure.walk(v, 0, true), () => N.Report.Structure.walk(v, 0, true)],
  Share: [() => O.Report.decode(v, {share: true}), () => N.Report.decode(v, {share: true})],
  Decode: [() => O.Report.decode(v), () => N.Report.decode(v)],
  Integ: [() => O.Report.integrity(v), () => N.Report.integrity(v)],
}
for (const p of which.length ? which : Object.keys(all)) {
  const [a, b] = all[p]
  let ba = Infinity, bb = Infinity
  for (let r = 0; r < 40; r++) for (const [f, set] of [[a, (x) => ba = Math.min(ba, x)], [b, (x) => bb = Math.min(bb, x)]]) {
    let n = 0; const t = now(); let e; do { f(); n++; e = now() - t } while (e < 10); set(e / n)
  }
  console.log(p.padEnd(8), 'old', (ba*1000).toFixed(1), 'new', (bb*1000).toFixed(1), 'ratio', (bb/ba).toFixed(3))
}
