// Reads a deck with Slidev's own parser, so every check sees the slides exactly as Slidev does.
import { dirname, relative, resolve } from 'node:path'
import { load } from '@slidev/parser/fs'
import type { Talk } from '../data/talk'
import { ROOT } from './settings'
import { applyTalk } from './talk-frontmatter'
import { loadTalk } from './talk-file'

/**
 * Load mode that asks setup/preparser.ts to leave the slides as written. Inside Slidev's CLI
 * every parse runs the preparser, and the preparser itself reads the deck through this loader
 * (to number citations): without this mode it would transform, and call itself, again.
 */
export const AS_WRITTEN = 'as-written'

export interface DeckSlide {
  /** 1-based slide number, as in the URL /N. */
  no: number
  title: string
  /** The file the slide is written in (after following src: imports), relative to the repository. */
  file: string
  /** 1-based line of the slide's first line in that file. */
  line: number
  /** Raw text of the slide in its file, from its separator to its end. */
  raw: string
  content: string
  note: string
  frontmatter: Record<string, unknown>
}

export interface Deck {
  entry: string
  /** The headmatter as written in the entry file (without what the metadata fills in). */
  headmatter: Record<string, unknown>
  slides: DeckSlide[]
}

/**
 * The deck as Slidev parses it: slides and notes as written, titles as the deck shows them
 * (the cover's and the dividers' come from the talk metadata, as in setup/preparser.ts).
 */
export async function loadDeck(entry: string, talk?: Talk): Promise<Deck> {
  const root = ROOT
  // Only the deck at the repository's root runs setup/preparser.ts (Slidev's user root is the
  // entry's folder): the fixture decks under tests/ keep their titles as written.
  const metadata = dirname(resolve(entry)) === root ? talk ?? await loadTalk() : undefined
  const data = await load({ userRoot: root, roots: [root] }, entry, undefined, AS_WRITTEN)
  const headmatter = { ...data.entry.slides[0]?.frontmatter }
  const slides = data.slides.map((s, i): DeckSlide => {
    const frontmatter = { ...s.frontmatter }
    if (metadata)
      applyTalk(frontmatter, i === 0, metadata)
    return {
      no: s.index + 1,
      title: typeof frontmatter.title === 'string' ? frontmatter.title : s.title ?? '',
      file: relative(root, s.source.filepath),
      line: s.source.start + 1,
      raw: s.source.raw,
      content: s.source.content ?? s.content,
      note: s.source.note ?? s.note ?? '',
      frontmatter,
    }
  })
  return { entry: relative(root, entry), headmatter, slides }
}

/** "pages/02-history.md:14 (slide 5)": where a problem is, for a person to open. */
export function where(slide: DeckSlide, lineInRaw = 1): string {
  return `${slide.file}:${slide.line + lineInRaw - 1} (slide ${slide.no})`
}
