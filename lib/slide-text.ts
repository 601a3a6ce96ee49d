// What a slide's Markdown says, as the checks need it: click steps, words, images, components.
// The slide itself is split out by Slidev's parser (lib/deck.ts); inside one slide, Markdown
// structure comes from markdown-it, the same Markdown engine family Slidev renders with.
import MarkdownIt from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import type { DeckSlide } from './deck'
import { lineOf } from './citations'

const markdown = new MarkdownIt({ html: true })

export function tokens(slide: DeckSlide): Token[] {
  return markdown.parse(slide.content, {})
}

export function fenceLang(token: Token): string {
  return token.info.trim().split(/[\s{]/)[0]
}

/** Line (1-based, within the slide's raw text) where `needle` first appears. */
export function lineInRaw(slide: DeckSlide, needle: string): number {
  const at = slide.raw.indexOf(needle)
  return at < 0 ? 1 : lineOf(slide.raw, at)
}

/** Line (1-based, within the slide's raw text) of a token that markdown-it found in the content. */
export function tokenLine(slide: DeckSlide, token: Token): number {
  const at = slide.raw.indexOf(slide.content)
  const contentLine = at < 0 ? 1 : lineOf(slide.raw, at)
  return contentLine + (token.map?.[0] ?? 0)
}

/** Mermaid fences of a slide, with the line (inside the raw slide) of each opening fence. */
export function mermaidBlocks(slide: DeckSlide): { info: string, code: string, line: number }[] {
  return tokens(slide)
    .filter(t => t.type === 'fence' && fenceLang(t) === 'mermaid')
    .map(t => ({ info: t.info.trim(), code: t.content, line: tokenLine(slide, t) }))
}

/** Steps of a `{1|2-3|all}` highlight list, minus one: the clicks it adds. */
function highlightClicks(info: string): number {
  const ranges = info.match(/\{([^}]*)\}/)?.[1]
  return ranges ? ranges.split('|').length - 1 : 0
}

/** The content without fenced and inline code, so tags inside code are not taken for components. */
function withoutCode(slide: DeckSlide): string {
  return slide.content
    .replace(/^(```+|~~~+)[^\n]*\n[\s\S]*?^\1\s*$/gm, '')
    .replace(/(`+)[^`\n]+?\1/g, ' ')
}

/**
 * Click steps the slide's Markdown declares: `clicks:` in the frontmatter wins; otherwise
 * v-click elements and attributes, items inside v-clicks, code highlight steps, magic-move steps.
 * Components that consume clicks themselves must declare `clicks:` in the frontmatter.
 */
export function declaredClicks(slide: DeckSlide): number {
  const fixed = slide.frontmatter.clicks
  if (typeof fixed === 'number')
    return fixed
  let clicks = 0
  const prose = withoutCode(slide)
  clicks += (prose.match(/<(?:v-click|VClick)(?=[\s>/])/g) ?? []).length
  clicks += (prose.match(/<[A-Za-z][\w-]*\s[^>]*\bv-click(?:\.\w+)?(?=[\s>=/])/g) ?? []).length
  for (const block of prose.matchAll(/<(?:v-clicks|VClicks)\b[^>]*>([\s\S]*?)<\/(?:v-clicks|VClicks)>/g)) {
    const items = block[1].split('\n').filter(l => /^([-*+]|\d+\.)\s/.test(l))
    clicks += items.length
  }
  for (const t of tokens(slide)) {
    if (t.type === 'fence' && fenceLang(t).startsWith('md') && /magic-move/.test(t.info))
      clicks += Math.max(0, (t.content.match(/^```+\w/gm) ?? []).length - 1)
    else if (t.type === 'fence')
      clicks += highlightClicks(t.info)
  }
  for (const m of prose.matchAll(/^<<<\s+\S+[^\n]*$/gm))
    clicks += highlightClicks(m[0])
  return clicks
}

/** Highest click step the notes refer to: `[click]` counts up, `[click:N]` jumps to N. */
export function noteClickMarkers(note: string): number {
  let step = 0
  let highest = 0
  for (const m of note.matchAll(/\[click(?::(\d+))?\]/g)) {
    step = m[1] ? Number(m[1]) : step + 1
    highest = Math.max(highest, step)
  }
  return highest
}

function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.%-]*/gu) ?? []).length
}

/** An HTML or Vue tag, with quoted attribute values that may hold ">" (e.g. `:data="a => b"`). */
const TAG = /<\/?[A-Za-z][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/g
/** An opening tag (same shape as TAG) whose class list holds "part": the kicker above a title. */
const KICKER = /<([A-Za-z][\w-]*)\b[^>]*\bclass\s*=\s*["'](?:[^"']*\s)?part(?:\s[^"']*)?["'][^>]*>[\s\S]*?<\/\1>/g
const CITE = /<Cite\b(?:[^>"']|"[^"]*"|'[^']*')*?(?:\/>|>[\s\S]*?<\/Cite>)/g
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: '\'', nbsp: ' ', mdash: '—', ndash: '–', hellip: '…' }

/** A slide that lists sources (<References />): not prose, never counted. */
export function isReferencesSlide(slide: DeckSlide): boolean {
  return /<References\b/.test(slide.content)
}

/**
 * The text a viewer reads on the slide's canvas: the title and the prose. Left out: code
 * (fences, `<<<` imports, inline code, <code>, <pre>), Mermaid and other fenced diagrams,
 * citations (<Cite/>), the kicker (class "part"), <script>/<style>, HTML comments, tags with
 * their attributes and component props, Vue interpolations, image alt text and link URLs,
 * and tables (Markdown and HTML) unless `tables` is set.
 */
export function canvasText(slide: DeckSlide, options: { tables?: boolean } = {}): string {
  let text = withoutCode(slide)
    .replace(/^[ \t]*<<<.*$/gm, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<(pre|code)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(CITE, ' ')
    .replace(KICKER, ' ')
  if (!options.tables) {
    text = text
      .replace(/<table\b[\s\S]*?<\/table>/g, ' ')
      .replace(/^[ \t]*\|.*$/gm, ' ')
  }
  return text
    .replace(/\{\{[\s\S]*?\}\}/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(TAG, ' ')
    .replace(/&(#x?[\da-f]+|\w+);/gi, (_m, name: string) => {
      if (name.startsWith('#'))
        return String.fromCodePoint(Number.parseInt(name.slice(name[1] === 'x' || name[1] === 'X' ? 2 : 1), name[1] === 'x' || name[1] === 'X' ? 16 : 10))
      return ENTITIES[name.toLowerCase()] ?? ' '
    })
}

/**
 * Prose words a viewer reads on the slide (see canvasText for what is left out).
 * A references slide counts 0.
 */
export function slideWords(slide: DeckSlide): number {
  return isReferencesSlide(slide) ? 0 : countWords(canvasText(slide))
}

/**
 * A reader's paragraph in the notes is a Markdown blockquote ("> For the reader: ..."):
 * detail for the self-paced reader that the speaker does not say. Presenter mode sets it
 * apart, the handout keeps it, and speaking-time estimates leave it out.
 */
const READER_PARAGRAPH = /^[ \t]*>.*(?:\n(?![ \t]*\n).*)*/gm

/** The notes without reader's paragraphs: what the speaker says. */
export function spokenNote(note: string): string {
  return note.replace(READER_PARAGRAPH, ' ')
}

/** The reader's paragraphs of the notes, without their "> " marks. */
export function readerParagraphs(note: string): string[] {
  return [...note.matchAll(READER_PARAGRAPH)].map(m => m[0].replace(/^[ \t]*> ?/gm, '').trim())
}

/** Words the speaker says: the spoken notes, without click markers and citation marks. */
export function noteWords(slide: DeckSlide): number {
  return countWords(spokenNote(slide.note).replace(/\[click(?::\d+)?\]/g, ' ').replace(/\[@[^\]]+\]/g, ' '))
}

/** The first `count` words of the notes as a reader sees them: no markers, citations or Markdown marks. */
export function noteOpening(note: string, count: number): string {
  // Up to the first citation at most: a viewer shows it as a number ("[36]"), which the words
  // around it do not contain.
  const beforeCitation = note.split(/\s*\[@/)[0]
  return beforeCitation.replace(/\[click(?::\d+)?\]/g, ' ').replace(/[*_`>#]/g, '').replace(/\s+/g, ' ').trim().split(' ').slice(0, count).join(' ')
}

export interface ImageUse {
  src: string
  alt: string
  line: number
}

/** Images from Markdown (`![alt](src)`) and HTML (`<img>`), with their alt text. */
export function images(slide: DeckSlide): ImageUse[] {
  const found: ImageUse[] = []
  for (const t of tokens(slide)) {
    for (const child of t.children ?? []) {
      if (child.type === 'image') {
        const src = child.attrGet('src') ?? ''
        found.push({ src, alt: child.content.trim(), line: lineInRaw(slide, src) })
      }
    }
  }
  for (const m of withoutCode(slide).matchAll(/<img\b[^>]*>/g)) {
    const src = m[0].match(/\bsrc\s*=\s*["']([^"']*)["']/)?.[1] ?? ''
    const alt = m[0].match(/\balt\s*=\s*["']([^"']*)["']/)?.[1] ?? ''
    found.push({ src, alt: alt.trim(), line: lineInRaw(slide, m[0]) })
  }
  return found
}

/** PascalCase component tags used in the slide body (outside code). */
export function componentTags(slide: DeckSlide): { name: string, line: number }[] {
  return [...withoutCode(slide).matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)]
    .map(m => ({ name: m[1], line: lineInRaw(slide, m[0]) }))
}
