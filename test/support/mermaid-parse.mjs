// Parses Mermaid diagrams with mermaid's own parser and prints what it understood, so that
// a test can compare it with what was meant. Reads a JSON array of diagram texts on
// standard input; writes a JSON array with, for each, the configuration that directives
// or front matter set, the vertices (id, label) and the edges (start, end, label), or the
// parse error. mermaid's sanitizer needs a browser DOM; parsing does not, so it is
// replaced by the identity (labels are then what the parser read, before any HTML step).
import { register } from 'node:module'

const stub = `export default { addHook() {}, removeHook() {}, removeAllHooks() {}, sanitize: (s) => s }`
register(
  `data:text/javascript,${encodeURIComponent(`
export async function resolve(specifier, context, next) {
  if (specifier === 'dompurify')
    return { url: 'data:text/javascript,' + ${JSON.stringify(encodeURIComponent(stub))}, shortCircuit: true }
  return next(specifier, context)
}`)}`,
)
const { default: mermaid } = await import('mermaid')
mermaid.initialize({ startOnLoad: false })

let input = ''
for await (const chunk of process.stdin) input += chunk
const out = []
for (const text of JSON.parse(input)) {
  try {
    const { config } = await mermaid.parse(text)
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text)
    const db = diagram.db
    out.push({
      config: config ?? {},
      vertices: [...db.getVertices().values()].map((v) => ({ id: v.id, text: v.text })),
      edges: db.getEdges().map((e) => ({ start: e.start, end: e.end, text: e.text })),
    })
  } catch (e) {
    out.push({ error: String(e?.message ?? e).slice(0, 500) })
  }
}
process.stdout.write(JSON.stringify(out))
