// How a citation looks wherever it is shown: a numbered marker "[n]" that links to the source,
// with the title, publisher and year on hover and in its accessible name. <Cite> uses it on the
// canvas; setup/preparser.ts uses it to turn "[@id]" in the notes into the same link.
import { citationLabel, findSource, type Source } from '../data/sources'
import { noteCitations } from './citations'

/** Hover text: "Title (Publisher, 2019)". */
export function citeTitle(source: Source): string {
  return `${source.title} (${citationLabel(source)})`
}

/** Accessible name; it starts with the visible "[n]" so speech and sight agree. */
export function citeAriaLabel(n: number, source: Source): string {
  return `[${n}] source: ${citeTitle(source)}`
}

const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/** The link as HTML, for the notes (Slidev renders notes with markdown-it, raw HTML allowed). */
export function citeLinkHtml(n: number, source: Source): string {
  return `<a class="cite cite--note" href="${escapeAttr(source.url)}" target="_blank" rel="noopener" title="${escapeAttr(citeTitle(source))}" aria-label="${escapeAttr(citeAriaLabel(n, source))}">[${n}]</a>`
}

/**
 * The notes with every "[@id]" replaced by its numbered link. An id the registry does not know
 * (the linter reports it) shows as a marked "[unknown source: id]", never as the raw key.
 */
export function renderNoteCitations(note: string, numbers: ReadonlyMap<string, number>): string {
  let out = ''
  let at = 0
  for (const use of noteCitations(note)) {
    const source = findSource(use.id)
    const n = numbers.get(use.id)
    out += note.slice(at, use.offset)
    out += source && n ? citeLinkHtml(n, source) : `<span class="cite cite--unknown">[unknown source: ${escapeAttr(use.id)}]</span>`
    at = use.offset + use.id.length + 3
  }
  return out + note.slice(at)
}
