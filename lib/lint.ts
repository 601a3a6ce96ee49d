// The deck checks that need no browser: each rule reads the deck as Slidev's parser sees it
// and returns problems that say what is wrong, where (file:line and slide number) and how to fix it.
import { readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { sources as registry, findSource, type Source } from '../data/sources'
import { citedIdsInOrder, noteCitations, slideCitations } from './citations'
import type { Deck } from './deck'
import { where } from './deck'
import { mermaidError } from './mermaid-node'
import { referencePagesNeeded } from './references'
import { ROOT } from './settings'
import { componentTags, declaredClicks, images, lineInRaw, mermaidBlocks, noteClickMarkers } from './slide-text'

export { mermaidBlocks } from './slide-text'

export interface Problem {
  rule: string
  message: string
}

export interface LintContext {
  sources: readonly Source[]
  components: ReadonlySet<string>
}

type Rule = (deck: Deck, ctx: LintContext) => Promise<Problem[]> | Problem[]

const citationsResolve: Rule = (deck, ctx) => {
  const known = new Set(ctx.sources.map(s => s.id))
  const problems: Problem[] = []
  for (const slide of deck.slides) {
    const uses = [
      ...slideCitations(slide.content).map(u => ({ ...u, text: `<Cite id="${u.id}"`, kind: 'the slide cites' })),
      ...noteCitations(slide.note).map(u => ({ ...u, text: `[@${u.id}]`, kind: 'the notes cite' })),
    ]
    for (const use of uses) {
      if (!known.has(use.id)) {
        problems.push({
          rule: 'citation-unknown',
          message: `${where(slide, lineInRaw(slide, use.text))}: ${use.kind} an unknown source id "${use.id}". `
            + 'Fix the id, or add the source to a list in data/sources/.',
        })
      }
    }
  }
  return problems
}

const sourcesAreCited: Rule = (deck, ctx) => {
  const cited = new Set(citedIdsInOrder(deck.slides))
  return ctx.sources.filter(s => !cited.has(s.id)).map(s => ({
    rule: 'source-uncited',
    message: `data/sources: the source "${s.id}" is cited by no slide and no note. Cite it (<Cite id="${s.id}" /> or [@${s.id}]) or remove it from the registry.`,
  }))
}

const noUnverifiedSource: Rule = (deck, ctx) => {
  const unverified = new Set(ctx.sources.filter(s => s.status === 'U').map(s => s.id))
  const problems: Problem[] = []
  for (const slide of deck.slides) {
    for (const use of [...slideCitations(slide.content), ...noteCitations(slide.note)]) {
      if (unverified.has(use.id)) {
        problems.push({
          rule: 'source-unverified',
          message: `${where(slide, lineInRaw(slide, use.id))}: cites "${use.id}", a source with status U (no source found): the claim cannot be stated as fact. Find a source (V or V-2) or drop the claim.`,
        })
      }
    }
  }
  return problems
}

const mermaidParses: Rule = async (deck) => {
  const problems: Problem[] = []
  for (const slide of deck.slides) {
    for (const block of mermaidBlocks(slide)) {
      const detail = await mermaidError(block.code)
      if (detail) {
        problems.push({
          rule: 'mermaid-syntax',
          message: `${where(slide, block.line)}: the Mermaid diagram does not parse: ${detail}. Fix the diagram's syntax at the position shown.`,
        })
      }
    }
  }
  return problems
}

const referencePagesCover: Rule = (deck) => {
  const count = citedIdsInOrder(deck.slides).filter(id => findSource(id)).length
  const pages = deck.slides.filter(s => /<References\b/.test(s.content))
  const needed = referencePagesNeeded(count)
  if (pages.length === needed)
    return []
  const at = pages[0] ? where(pages[0]) : deck.entry
  return [{
    rule: 'references-pages',
    message: `${at}: the deck cites ${count} sources, which need ${needed} references slide(s) (<References :page="N" />), but it has ${pages.length}. `
      + `${pages.length < needed ? 'Add' : 'Remove'} references slides in pages/09-references.md.`,
  }]
}

const slideHasTitle: Rule = deck => deck.slides
  .filter(s => !s.title.trim())
  .map(s => ({
    rule: 'title',
    message: `${where(s)}: the slide has no title. Start it with a "# Title" line (or set "title:" in its frontmatter): titles name slides in the overview, the notes and the PDF's text.`,
  }))

const slideHasNotes: Rule = deck => deck.slides
  .filter(s => !s.note.trim())
  .map(s => ({
    rule: 'notes',
    message: `${where(s, lineInRaw(s, s.title || '\n'))}: the slide "${s.title}" has no presenter notes. Add the spoken script as the slide's last HTML comment (<!-- ... -->).`,
  }))

const clickMarkersFit: Rule = deck => deck.slides.flatMap((s) => {
  const markers = noteClickMarkers(s.note)
  const steps = declaredClicks(s)
  return markers <= steps
    ? []
    : [{
        rule: 'click-markers',
        message: `${where(s, lineInRaw(s, '[click'))}: the notes have ${markers} [click] step(s) but the slide has ${steps} click step(s). `
          + 'Remove the extra [click] markers, add v-click steps, or declare "clicks: N" in the frontmatter when a component consumes the clicks.',
      }]
})

const imagesHaveAlt: Rule = deck => deck.slides.flatMap(s => images(s)
  .filter(img => !img.alt)
  .map(img => ({
    rule: 'image-alt',
    message: `${where(s, img.line)}: the image "${img.src}" has no alt text. Describe it: ![what it shows](${img.src}) or <img alt="what it shows">.`,
  })))

const componentsExist: Rule = (deck, ctx) => deck.slides.flatMap(s => componentTags(s)
  .filter(tag => !ctx.components.has(tag.name))
  .map(tag => ({
    rule: 'component-missing',
    message: `${where(s, tag.line)}: <${tag.name}> is not a component of this deck (components/), of Slidev or of its theme. Fix the name or add components/${tag.name}.vue.`,
  })))

/** Components a slide may use: the deck's own, Slidev's built-ins, the theme's, Vue's. */
export function knownComponents(): Set<string> {
  const names = new Set(['Transition', 'TransitionGroup', 'KeepAlive', 'Teleport', 'Suspense', 'Component', 'RouterLink', 'RouterView'])
  const dirs = [
    join(ROOT, 'components'),
    join(ROOT, 'node_modules/@slidev/client/builtin'),
    join(ROOT, 'node_modules/@slidev/theme-default/components'),
  ]
  for (const dir of dirs) {
    let files: string[] = []
    try {
      files = readdirSync(dir)
    }
    catch {}
    for (const f of files) {
      if (/\.(vue|ts)$/.test(f) && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
        names.add(basename(f).replace(/\.(vue|ts)$/, ''))
    }
  }
  return names
}

export const RULES: Record<string, Rule> = {
  'title': slideHasTitle,
  'notes': slideHasNotes,
  'click-markers': clickMarkersFit,
  'citation-unknown': citationsResolve,
  'source-unverified': noUnverifiedSource,
  'source-uncited': sourcesAreCited,
  'image-alt': imagesHaveAlt,
  'component-missing': componentsExist,
  'mermaid-syntax': mermaidParses,
  'references-pages': referencePagesCover,
}

export interface LintOptions {
  /** Only these rules (all when omitted). */
  rules?: string[]
  sources?: readonly Source[]
}

export async function lintDeck(deck: Deck, options: LintOptions = {}): Promise<Problem[]> {
  const ctx: LintContext = { sources: options.sources ?? registry, components: knownComponents() }
  const names = options.rules ?? Object.keys(RULES)
  const results = await Promise.all(names.map(name => RULES[name](deck, ctx)))
  return results.flat()
}
