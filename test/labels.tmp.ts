import * as Report from '../src/Report.js'
import * as A from '../src/codec/AST.js'
const seen = new Set<A.AST>(); const labels = new Map<string, string[]>()
const go = (n: A.AST) => { if (seen.has(n)) return; seen.add(n); if (n._tag==='Struct') labels.set(n.annotations.label, n.fields.map(f=>f.key)); A.children(n).forEach(go) }
go(Report.Structure.ast)
for (const [k,v] of labels) console.log(k, v.join(','))
