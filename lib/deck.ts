// Reads a deck with Slidev's own parser, so every check sees the slides exactly as Slidev does.
import { relative } from 'node:path'
import { load } from '@slidev/parser/fs'
import { ROOT } from './settings'

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
  headmatter: Record<string, unknown>
  slides: DeckSlide[]
}

export async function loadDeck(entry: string): Promise<Deck> {
  const root = ROOT
  const data = await load({ userRoot: root, roots: [root] }, entry)
  const slides = data.slides.map((s): DeckSlide => ({
    no: s.index + 1,
    title: s.title ?? '',
    file: relative(root, s.source.filepath),
    line: s.source.start + 1,
    raw: s.source.raw,
    content: s.source.content ?? s.content,
    note: s.source.note ?? s.note ?? '',
    frontmatter: s.frontmatter ?? {},
  }))
  return { entry: relative(root, entry), headmatter: data.headmatter, slides }
}

/** "pages/02-history.md:14 (slide 5)": where a problem is, for a person to open. */
export function where(slide: DeckSlide, lineInRaw = 1): string {
  return `${slide.file}:${slide.line + lineInRaw - 1} (slide ${slide.no})`
}
