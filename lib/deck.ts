// Reads a deck with Slidev's own parser, so every check sees the slides exactly as Slidev does.
import { statSync } from 'node:fs'
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

/** A deck read once, with the files it came from and their state then. */
interface Remembered {
  entry: string
  /** The metadata, as JSON: each load of setup/ may bring its own copy of the same module. */
  talk: string
  files: { path: string, stamp: string }[]
  deck: Promise<Deck>
}
// Process-wide: Slidev loads each setup file afresh (jiti without a module cache), so a
// module-level variable here would exist once per setup file, not once per build.
const MEMORY = Symbol.for('rfl-talk:deck')
const memory = globalThis as { [MEMORY]?: Remembered }

function fileStamp(path: string): string {
  try {
    const s = statSync(path)
    return `${s.mtimeMs}:${s.size}`
  }
  catch {
    return 'missing'
  }
}

/**
 * loadDeck, remembered while none of the deck's files changes. One `slidev build` reads the deck
 * several times (the preparser in each of Slidev's parses, then the build's virtual modules);
 * reading it once saves a parse of every slide each time. A file added to the deck changes the
 * file that imports it, so the file list stays right.
 */
export async function loadDeckOnce(entry: string, talk?: Talk): Promise<Deck> {
  const path = resolve(entry)
  const talkJson = JSON.stringify(talk ?? null)
  const last = memory[MEMORY]
  if (last && last.entry === path && last.talk === talkJson && last.files.every(f => fileStamp(f.path) === f.stamp))
    return last.deck
  const before = fileStamp(path)
  const deck = loadDeck(path, talk)
  const current: Remembered = { entry: path, talk: talkJson, files: [{ path, stamp: before }], deck }
  memory[MEMORY] = current
  deck.then((d) => {
    const files = [...new Set(d.slides.map(s => resolve(ROOT, s.file)))].filter(f => f !== path)
    current.files.push(...files.map(f => ({ path: f, stamp: fileStamp(f) })))
  }, () => {
    if (memory[MEMORY] === current)
      memory[MEMORY] = undefined
  })
  return deck
}
