// A typedoc plugin for claimgraph's API reference:
// - each module's page (a namespace of the main entry: `Threat`, `Report`, …) opens with
//   the module's header comment — its prose, its `@example` blocks and its `@since` —
//   instead of the one-line summary of its `export * as` in src/index.ts;
// - ```mermaid blocks become `<pre class="mermaid">`, drawn in the browser by mermaid's own
//   script, copied into the site from the installed `mermaid` package (no download);
// - links to the repository's guides (the README's absolute GitHub links, which work on
//   the registry page) point at the guides' pages of the site instead.
import { copyFileSync, existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import {
  Comment,
  CommentTag,
  Converter,
  MinimalSourceFile,
  PageEvent,
  ReflectionKind,
  RendererEvent,
} from 'typedoc'

const root = join(dirname(new URL(import.meta.url).pathname), '..')
const REPOSITORY = 'https://github.com/claimgraph/claimgraph/blob/main/'

/**
 * The header comment of a module: the JSDoc block that opens the file, as lines without
 * their ` * ` margin; undefined when the file does not open with one.
 */
export const moduleHeader = (source) => {
  const m = /^\s*\/\*\*([\s\S]*?)\*\//.exec(source.replace(/^#!.*\n/, ''))
  if (m === null) return undefined
  return m[1]
    .split('\n')
    .map((l) => l.replace(/^\s*\* ?/, ''))
    .join('\n')
    .trim()
}

/** The header split into its prose and its block tags (`@example`, `@since`, …), in order. */
export const splitTags = (header) => {
  const blocks = [{ tag: undefined, lines: [] }]
  let fenced = false
  for (const line of header.split('\n')) {
    if (/^\s*```/.test(line)) fenced = !fenced
    const tag = fenced ? null : /^@(\w+)\s*(.*)$/.exec(line)
    if (tag) blocks.push({ tag: `@${tag[1]}`, lines: tag[2] === '' ? [] : [tag[2]] })
    else blocks.at(-1).lines.push(line)
  }
  return blocks.map((b) => ({ tag: b.tag, text: b.lines.join('\n').trim() }))
}

export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project
    const parse = (text, file) =>
      app.converter.parseRawComment(new MinimalSourceFile(text, file), project.files).content
    for (const ns of project.getReflectionsByKind(ReflectionKind.Namespace)) {
      if (ns.parent?.kind !== ReflectionKind.Module) continue
      const file = join(root, 'src', `${ns.name}.ts`)
      if (!existsSync(file)) continue
      const header = moduleHeader(readFileSync(file, 'utf8'))
      if (header === undefined) continue
      const [prose, ...tags] = splitTags(header)
      const comment = new Comment(
        parse(prose.text, file),
        tags
          .filter((t) => !['@module', '@packageDocumentation'].includes(t.tag))
          .map((t) => new CommentTag(t.tag, parse(t.text, file))),
      )
      ns.comment = comment
    }
  })

  // the site's page of each guide, by its path in the repository (`docs/attribution.md`)
  let guides = new Map()
  app.renderer.on(RendererEvent.BEGIN, (event) => {
    guides = new Map()
    for (const doc of event.project.getReflectionsByKind(ReflectionKind.Document)) {
      const path = event.project.files.getReflectionPath(doc)
      if (path !== undefined) guides.set(relative(root, path), doc)
    }
  })

  app.renderer.on(PageEvent.END, (page) => {
    if (page.contents === undefined) return
    const router = app.renderer.router
    let html = page.contents.replace(
      /href="https:\/\/github\.com\/claimgraph\/claimgraph\/blob\/main\/([^"#]+)(#[^"]*)?"/g,
      (whole, path, anchor) => {
        const target = guides.get(path)
        return target === undefined
          ? whole
          : `href="${router.relativeUrl(page.model, target)}${anchor ?? ''}"`
      },
    )
    let diagrams = 0
    html = html.replace(
      /<pre><code class="mermaid">([\s\S]*?)<\/code>(?:<button[^>]*>[^<]*<\/button>)?<\/pre>/g,
      (_, body) => {
        diagrams++
        return `<pre class="mermaid">${body}</pre>`
      },
    )
    if (diagrams > 0) {
      const script = router.baseRelativeUrl(page.model, 'assets/mermaid.min.js')
      html = html.replace(
        '</body>',
        `<script src="${script}"></script><script>mermaid.initialize({ startOnLoad: true, securityLevel: 'strict' })</script></body>`,
      )
    }
    page.contents = html
  })

  app.renderer.on(RendererEvent.END, (event) => {
    const script = createRequire(join(root, 'package.json')).resolve('mermaid/dist/mermaid.min.js')
    copyFileSync(script, join(event.outputDirectory, 'assets', 'mermaid.min.js'))
  })
}

export { REPOSITORY }
