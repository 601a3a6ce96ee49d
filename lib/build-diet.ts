// Leaves out of a build what the deck never loads.
//
// Fonts: @fontsource lists each face as woff2 and, for browsers without woff2, woff. Every
// browser that runs Slidev reads woff2, so the woff copies are dropped.
//
// Mermaid: the parts no slide uses. Mermaid's browser bundle
// loads every diagram type, its layout engines (elk alone is 1.6 MB) and KaTeX through
// dynamic imports; the bundler builds and ships all of them. Here each dynamic import of a
// part the deck does not use becomes a rejected promise, so the bundler drops the chunk.
// Decisions follow Mermaid's own detectors (the regular expressions in its bundle), run on
// the text of every ```mermaid block of the deck; anything this code cannot read is kept.

/** What the deck's diagrams need, found from their text. */
export interface MermaidUse {
  /** Every diagram's text, frontmatter and directives included. */
  diagrams: readonly string[]
  /** Mermaid configuration the deck applies to every diagram (setup/mermaid.ts), as text. */
  config?: string
}

export interface DietResult {
  code: string
  /** What was left out, e.g. "diagram gitGraph", "layout elk", "katex". */
  cut: string[]
}

const IMPORT = /import\("(\.\/[^"]+\.mjs)"\)/

/** Mermaid drops frontmatter, directives and comments before detecting the type. */
export function diagramBody(text: string): string {
  return text
    .replace(/^\s*---\n[\s\S]*?\n---\s*\n/, '')
    .replace(/%%\{[\s\S]*?\}%%/g, '')
    .replace(/^\s*%%.*$/gm, '')
}

function rejected(what: string): string {
  const message = `Mermaid ${what} is not in this build: no slide used it when the deck was built (lib/build-diet.ts). Build again after adding it to a slide.`
  return `Promise.reject(new Error(${JSON.stringify(message)}))`
}

interface Detector {
  id: string
  patterns: RegExp[]
  /** The whole `var detectorN ... var loaderN ...` text, to rewrite its import. */
  block: string
}

/** The diagram detectors of mermaid.esm.mjs: id, detection patterns, loader import. */
export function readDetectors(code: string): Detector[] {
  const found: Detector[] = []
  for (const m of code.matchAll(/var (id\d*) = "([^"]+)";\n(var detector\d* = [\s\S]*?)(?=\nvar (?:plugin|id)\d* = |\n\/\/ src\/)/g)) {
    const block = m[3]
    const patterns = [...block.matchAll(/(\/(?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\\n[])+\/)([a-z]*)\.test\(/g)]
      .map(p => new RegExp(p[1].slice(1, -1), p[2]))
    if (patterns.length > 0 && IMPORT.test(block))
      found.push({ id: m[2], patterns, block })
  }
  return found
}

/** Rewrites Mermaid's main bundle: diagram types no slide uses are left out. */
export function dietMainBundle(code: string, use: MermaidUse): DietResult {
  const detectors = readDetectors(code)
  // Mermaid 12 has over 30 diagram types; far fewer means its bundle changed shape.
  if (detectors.length < 20)
    throw new Error(`lib/mermaid-diet.ts found only ${detectors.length} diagram detectors in Mermaid's bundle; its layout has changed. Update readDetectors() for this Mermaid version.`)
  const bodies = use.diagrams.map(diagramBody)
  const cut: string[] = []
  // A chunk shared by two detectors (flowchart and flowchart-elk) is dropped only if both go.
  const keptImports = new Set<string>()
  const unused: Detector[] = []
  for (const d of detectors) {
    if (bodies.some(body => d.patterns.some(p => p.test(body))))
      keptImports.add(d.block.match(IMPORT)![1])
    else
      unused.push(d)
  }
  let out = code
  for (const d of unused) {
    const path = d.block.match(IMPORT)![1]
    if (keptImports.has(path))
      continue
    out = out.replace(d.block, d.block.replace(IMPORT, rejected(`diagram type "${d.id}"`)))
    cut.push(`diagram ${d.id}`)
  }
  return { code: out, cut }
}

/** The ids of the diagram types the deck uses, by Mermaid's own detectors. */
export function usedDiagramTypes(code: string, use: MermaidUse): string[] {
  const bodies = use.diagrams.map(diagramBody)
  return readDetectors(code).filter(d => bodies.some(body => d.patterns.some(p => p.test(body)))).map(d => d.id)
}

/** Rewrites one of Mermaid's shared chunks: unused layout engines and KaTeX are left out. */
export function dietChunk(code: string, use: MermaidUse, mainBundle: string): DietResult {
  const text = use.diagrams.join('\n')
  const types = usedDiagramTypes(mainBundle, use)
  // The layout the deck's Mermaid configuration sets for every diagram; Mermaid 12's default is elk.
  const layout = (use.config ?? '').match(/\blayout\s*:\s*['"]([\w.-]+)['"]/)?.[1] ?? 'elk'
  // Each optional part: the chunk's file-name prefix, its name, whether the deck needs it.
  const parts: [chunk: string, name: string, needed: boolean][] = [
    // the default layout, flowchart-elk, `layout: elk` in a diagram, elk.* algorithms
    ['elk', 'layout elk', layout.startsWith('elk') || /elk/i.test(text)],
    // mindmap lays out with cose-bilkent by default
    ['cose-bilkent', 'layout cose-bilkent', layout === 'cose-bilkent' || /cose/i.test(text) || types.includes('mindmap')],
    // swimlane diagrams lay out with their own engine
    ['swimlanes', 'layout swimlane', layout === 'swimlane' || /swimlane/i.test(text) || types.includes('swimlane')],
    // labels with $$...$$ are typeset by KaTeX
    ['katex', 'katex', /\$\$/.test(text)],
  ]
  const cut: string[] = []
  let out = code
  for (const [chunk, name, needed] of parts) {
    const re = new RegExp(`import\\("\\./${chunk}-[A-Z0-9]+\\.mjs"\\)`, 'g')
    if (!needed && re.test(out)) {
      out = out.replace(re, rejected(name))
      cut.push(name)
    }
  }
  return { code: out, cut }
}

/** A @fontsource stylesheet without its woff fallbacks (every browser Slidev supports reads woff2). */
export function dropWoffFallbacks(css: string): string {
  return css.replace(/,\s*url\([^)]*\.woff\)\s*format\(["']woff["']\)/g, '')
}

/** Slidev's per-slide frontmatter modules ("pages/02-how.md__slidev_14.frontmatter"). */
export const FRONTMATTER_MODULE = /__slidev_\d+\.frontmatter$/
const SLIDE_META = 'export const meta'

/**
 * UnoCSS: a slide's notes without their prose. Slidev marks each slide's frontmatter module
 * `@unocss-include`, so that classes set in frontmatter are generated; the module also holds
 * the slide's rendered notes, and every word of them became a UnoCSS candidate (thousands per
 * deck, a tenth of a second of every build, and CSS for words like "hidden"). The slide meta,
 * notes included, is fenced off with UnoCSS's skip comments; the class attributes of the notes
 * stay visible in a comment, so utility classes in notes are still generated.
 * Returns undefined for a module that is not a frontmatter module.
 */
export function fenceNotesFromUno(code: string): string | undefined {
  const at = code.indexOf(SLIDE_META)
  if (at < 0)
    return undefined
  // Notes HTML sits in a JSON string: class=\"a b\".
  const classes = [...code.slice(at).matchAll(/class=\\"([^"\\]*)\\"/g)].map(m => m[1])
  return `${code.slice(0, at)}/* classes in the notes: ${classes.join(' ')} */\n// @unocss-skip-start\n${code.slice(at)}\n// @unocss-skip-end\n`
}
