// The handout a reader learns from: every slide at its final click step, printed as vector
// from Slidev's print route and scaled into the page, with its notes under it; part headers;
// citations as numbered links into the references at the end; page numbers; a header from
// the talk's metadata. The model is made here in Node; handoutDom() rebuilds the print
// page into the handout inside the browser.
import MarkdownIt from 'markdown-it'
import { findSource } from '../../data/sources'
import { authorLine, partOfFile, type Talk } from '../../data/talk'
import { citationNumbers } from '../citations'
import type { Deck } from '../deck'
import type { Paper } from './output'


/** Page margins of the handout, in millimetres (the running header and footer sit inside top and bottom). */
export const HANDOUT_MARGIN_MM = { top: 16, bottom: 16, side: 16 } as const

export interface HandoutSlide {
  no: number
  title: string
  notesHtml: string
}

export interface HandoutPart {
  /** Undefined for slides whose file no part of the talk lists. */
  title?: string
  number?: number
  slides: HandoutSlide[]
}

export interface HandoutReference {
  n: number
  title: string
  publisher: string
  date: string
  url: string
  secondary: boolean
}

export interface HandoutModel {
  title: string
  subtitle: string
  /** Lines under the title: speaker, event and date, facts checked up to, where the slides live. */
  facts: string[]
  parts: HandoutPart[]
  references: HandoutReference[]
}

const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false })

markdown.renderer.rules.blockquote_open = () => '<aside class="for-reader"><p class="for-reader-label">For the reader</p>\n'
markdown.renderer.rules.blockquote_close = () => '</aside>\n'

/** Slide titles as a reader sees them: no Markdown code marks or tags. */
export function plainTitle(title: string): string {
  return title.replace(/<[^>]+>/g, '').replace(/`/g, '').trim()
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/**
 * Notes as HTML for the reader: [click] markers dropped, [@id] as a numbered link [n] into
 * the references, a Markdown blockquote as a "For the reader" aside.
 */
export function notesToHtml(note: string, numbers: Map<string, number>): string {
  const withoutMarkers = note.replace(/[ \t]*\[click(?::\d+)?\][ \t]*/g, ' ')
  // Citations become placeholders Markdown leaves alone (private-use characters), then links.
  const cites: string[] = []
  const marked = withoutMarkers.replace(/\[@([^\]\s]+)\]/g, (_, id: string) => {
    cites.push(id)
    return `\uE000${cites.length - 1}\uE001`
  })
  const html = markdown.render(marked)
    .replace(/(<aside class="for-reader"><p class="for-reader-label">For the reader<\/p>\n)<p>\s*For the reader:?\s*/g, '$1<p>')
  return html.replace(/\uE000(\d+)\uE001/g, (_, i: string) => {
    const id = cites[Number(i)]
    const n = numbers.get(id)
    const source = findSource(id)
    return n === undefined || !source
      ? `<span class="cite cite-unknown">[unknown source ${escapeHtml(id)}]</span>`
      : `<a class="cite" href="#ref-${n}" title="${escapeHtml(source.title)}">[${n}]</a>`
  })
}

export function handoutModel(deck: Deck, talk: Talk): HandoutModel {
  const numbers = citationNumbers(deck.slides)
  const parts: HandoutPart[] = []
  for (const slide of deck.slides) {
    const part = partOfFile(slide.file, talk)
    const last = parts[parts.length - 1]
    const entry = { no: slide.no, title: plainTitle(slide.title), notesHtml: notesToHtml(slide.note, numbers) }
    if (last && last.title === part?.title)
      last.slides.push(entry)
    else
      parts.push({ title: part?.title, number: part ? talk.parts.indexOf(part) + 1 : undefined, slides: [entry] })
  }
  const references = [...numbers].flatMap(([id, n]) => {
    const s = findSource(id)
    return s ? [{ n, title: s.title, publisher: s.publisher, date: s.date, url: s.url, secondary: s.status === 'V-2' }] : []
  })
  const when = [talk.event, talk.date].filter(Boolean).join(', ')
  const facts = [
    authorLine(talk),
    ...(when ? [when] : []),
    `Facts checked up to ${talk.asOf}`,
    ...(talk.slidesUrl ? [`Slides: ${talk.slidesUrl}`] : []),
    ...(talk.repoUrl ? [`Source: ${talk.repoUrl}`] : []),
    ...(talk.licence ? [`Licence: ${talk.licence}`] : []),
  ]
  return { title: talk.title, subtitle: talk.subtitle, facts, parts, references }
}

/** Running header and footer (Chromium's templates): title and speaker; event and page numbers. */
export function headerFooter(talk: Talk): { headerTemplate: string, footerTemplate: string } {
  const style = `font-family: Inter, sans-serif; font-size: 7.5pt; color: #4b5563; width: 100%; margin: 0 ${HANDOUT_MARGIN_MM.side}mm; display: flex; justify-content: space-between;`
  const when = [talk.event, talk.date].filter(Boolean).join(', ')
  return {
    headerTemplate: `<div style="${style}"><span>${escapeHtml(talk.title)}</span><span>${escapeHtml(authorLine(talk))}</span></div>`,
    footerTemplate: `<div style="${style}"><span>${escapeHtml(when || 'Handout')}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
  }
}

/** Text the running header and footer put on every page (left out when checking a page for content). */
export function runningText(talk: Talk): RegExp[] {
  const when = [talk.event, talk.date].filter(Boolean).join(', ') || 'Handout'
  const literal = (s: string) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
  return [literal(talk.title), literal(authorLine(talk)), literal(when), /Page \d+ of \d+/]
}

/** The first `count` words of a slide's notes as the handout prints them. */
export function printedOpening(notesHtml: string, count: number): string {
  const text = notesHtml.replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
  return text.replace(/\s+/g, ' ').trim().split(' ').slice(0, count).join(' ')
}

/** Heading text of a slide's page in the handout. */
export function slideHeading(slide: { no: number, title: string }): string {
  return `Slide ${slide.no} ${slide.title}`
}

/** The handout's stylesheet; `contentWidthPx` is the printable width the slides are scaled to. */
export function handoutCss(paper: Paper, contentWidthPx: number, canvasWidth: number): string {
  return `
@page { size: ${paper} portrait; margin: ${HANDOUT_MARGIN_MM.top}mm ${HANDOUT_MARGIN_MM.side}mm ${HANDOUT_MARGIN_MM.bottom}mm; }
html.print, html.print body { background: #fff !important; }
#page-root { display: block !important; }
#print-content, #twoslash-container { display: none !important; }
#handout { font-family: Inter, sans-serif; color: #1f2937; font-size: 10.5pt; line-height: 1.45; width: ${contentWidthPx}px; }
#handout .front h1 { font-size: 24pt; line-height: 1.15; margin: 0 0 8pt; font-weight: 700; }
#handout .front .subtitle { font-size: 13pt; margin: 0 0 14pt; color: #374151; }
#handout .front ul.facts { list-style: none; padding: 0; margin: 0 0 16pt; color: #374151; }
#handout .front .how { border-top: 1px solid #d1d5db; padding-top: 10pt; }
#handout .front ol.contents { margin: 8pt 0 0; padding-left: 18pt; list-style: decimal; }
#handout section.slide { break-before: page; }
#handout h1.part { font-size: 16pt; margin: 0 0 8pt; color: #b7410e; font-weight: 700; }
#handout h2.slide-title { font-size: 12.5pt; margin: 0 0 6pt; font-weight: 700; }
#handout h2.slide-title .no { color: #6b7280; font-weight: 600; margin-right: 6pt; }
#handout figure.canvas { box-sizing: border-box; margin: 0 0 10pt; border: 1px solid #d1d5db; width: ${contentWidthPx}px; break-inside: avoid; }
#handout figure.canvas > .print-slide-container { zoom: ${(contentWidthPx - 2) / canvasWidth}; break-after: auto !important; }
#handout .notes p { margin: 0 0 6pt; }
#handout .notes ul, #handout .notes ol { margin: 0 0 6pt; padding-left: 16pt; }
#handout .notes ul { list-style: disc; }
#handout .notes ol { list-style: decimal; }
#handout a.cite { color: #1d4ed8; text-decoration: none; font-size: 0.85em; }
#handout aside.for-reader { border-left: 3px solid #1d4ed8; background: #eff6ff; padding: 6pt 10pt; margin: 8pt 0; break-inside: avoid; }
#handout .for-reader-label { font-weight: 700; color: #1e3a8a; margin: 0 0 3pt !important; font-size: 9pt; }
#handout section.references { break-before: page; }
#handout section.references h1 { font-size: 16pt; margin: 0 0 8pt; }
#handout section.references ol { padding: 0; margin: 0; font-size: 9pt; line-height: 1.35; list-style: none; }
#handout section.references li { margin: 0 0 5pt; padding-left: 26pt; text-indent: -26pt; break-inside: avoid; }
#handout section.references .n { display: inline-block; width: 26pt; text-indent: 0; color: #4b5563; }
#handout section.references .url { color: #4b5563; word-break: break-all; }
`
}

/**
 * Runs in the print page: builds #handout from the model, moving each slide's print
 * container into its section. Slide headings are moved down three levels for the tagged
 * structure (the handout's part is h1, the slide's heading h2).
 */
export function handoutDom(args: { model: HandoutModel, css: string }): void {
  const { model, css } = args
  const el = (tag: string, attrs: Record<string, string> = {}, text?: string) => {
    const node = document.createElement(tag)
    for (const [k, v] of Object.entries(attrs))
      node.setAttribute(k, v)
    if (text !== undefined)
      node.textContent = text
    return node
  }
  const style = el('style', {}, css)
  document.head.append(style)
  const containers = new Map<number, HTMLElement>()
  for (const c of document.querySelectorAll<HTMLElement>('#print-content > .print-slide-container'))
    containers.set(Number(c.id.split('-')[0]), c)

  const root = el('main', { id: 'handout' })
  const front = el('section', { class: 'front' })
  front.append(el('h1', {}, model.title), el('p', { class: 'subtitle' }, model.subtitle))
  const facts = el('ul', { class: 'facts' })
  for (const line of model.facts)
    facts.append(el('li', {}, line))
  const how = el('div', { class: 'how' })
  how.append(el('p', {}, 'Each page shows one slide as the audience sees it at its last step, then what the speaker says about it. '
    + 'Numbers in brackets, such as [1], link to the references at the end. Boxes marked "For the reader" hold detail the speaker does not say aloud.'))
  const contents = el('ol', { class: 'contents' })
  for (const part of model.parts.filter(p => p.title))
    contents.append(el('li', {}, `${part.title} (from slide ${part.slides[0].no})`))
  how.append(contents)
  front.append(facts, how)
  root.append(front)

  for (const part of model.parts) {
    part.slides.forEach((slide, i) => {
      const section = el('section', { class: 'slide', id: `slide-${slide.no}` })
      if (i === 0 && part.title)
        section.append(el('h1', { class: 'part' }, `Part ${part.number}: ${part.title}`))
      const heading = el('h2', { class: 'slide-title' })
      heading.append(el('span', { class: 'no' }, `Slide ${slide.no}`), document.createTextNode(` ${slide.title}`))
      const figure = el('figure', { 'class': 'canvas', 'aria-label': `Slide ${slide.no}` })
      const container = containers.get(slide.no)
      if (container) {
        for (const h of container.querySelectorAll('h1, h2, h3, h4'))
          h.setAttribute('aria-level', String(Math.min(6, Number(h.tagName[1]) + 2)))
        figure.append(container)
      }
      const notes = el('div', { class: 'notes' })
      notes.innerHTML = slide.notesHtml
      section.append(heading, figure, notes)
      root.append(section)
    })
  }

  const refs = el('section', { class: 'references' })
  refs.append(el('h1', {}, 'References'))
  refs.append(el('p', {}, 'Every source the slides and notes cite, numbered as on the slides and in the notes.'))
  const list = el('ol')
  for (const r of model.references) {
    const li = el('li', { id: `ref-${r.n}` })
    li.append(el('span', { class: 'n' }, `[${r.n}]`), document.createTextNode(`${r.publisher}, `))
    li.append(el('a', { href: r.url }, r.title))
    li.append(document.createTextNode(`, ${r.date}${r.secondary ? ' (secondary source)' : ''}. `))
    li.append(el('span', { class: 'url' }, r.url))
    list.append(li)
  }
  refs.append(list)
  root.append(refs)
  document.getElementById('page-root')!.prepend(root)
}
