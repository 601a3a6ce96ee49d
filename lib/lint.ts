// The deck checks that need no browser: each rule reads the parsed deck and returns problems
// that say what is wrong, where (file:line and slide number) and how to fix it.
import MarkdownIt from 'markdown-it'
import { sources as registry, findSource, type Source } from '../data/sources'
import { citedIdsInOrder, lineOf, noteCitations, slideCitations } from './citations'
import type { Deck, DeckSlide } from './deck'
import { where } from './deck'
import { mermaidError } from './mermaid-node'
import { referencePagesNeeded } from './references'

export interface Problem {
  rule: string
  message: string
}

export interface LintContext {
  sources: readonly Source[]
}

type Rule = (deck: Deck, ctx: LintContext) => Promise<Problem[]> | Problem[]

/** Line (1-based, inside the slide's raw text) of the first occurrence of `needle` at or after `from`. */
function lineInRaw(slide: DeckSlide, needle: string): number {
  const at = slide.raw.indexOf(needle)
  return at < 0 ? 1 : lineOf(slide.raw, at)
}

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

const markdown = new MarkdownIt({ html: true })

/** Mermaid fences of a slide, with the line (inside the raw slide) where each starts. */
export function mermaidBlocks(slide: DeckSlide): { code: string, line: number }[] {
  const tokens = markdown.parse(slide.content, {})
  return tokens
    .filter(t => t.type === 'fence' && t.info.trim().split(/[\s{]/)[0] === 'mermaid')
    .map(t => ({ code: t.content, line: lineInRaw(slide, t.content.split('\n')[0]) - 1 }))
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

export const RULES: Record<string, Rule> = {
  'citation-unknown': citationsResolve,
  'source-uncited': sourcesAreCited,
  'mermaid-syntax': mermaidParses,
  'references-pages': referencePagesCover,
}

export interface LintOptions {
  /** Only these rules (all when omitted). */
  rules?: string[]
  sources?: readonly Source[]
}

export async function lintDeck(deck: Deck, options: LintOptions = {}): Promise<Problem[]> {
  const ctx: LintContext = { sources: options.sources ?? registry }
  const names = options.rules ?? Object.keys(RULES)
  const results = await Promise.all(names.map(name => RULES[name](deck, ctx)))
  return results.flat()
}
