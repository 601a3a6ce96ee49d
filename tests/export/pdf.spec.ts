// Exports the real deck through `npm run export` (scripts/export.ts) and reads every output
// back with poppler and qpdf, independently of the export's own checks. The first export
// builds the deck for printing; the others reuse that build of the same files (as a user's
// second export does), except the reproducibility check, which builds again.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { findSource } from '../../data/sources'
import { authorLine, partOfFile, talk } from '../../data/talk'
import { citationNumbers, noteCitations, slideCitations } from '../../lib/citations'
import { loadDeck } from '../../lib/deck'
import { handoutModel, plainTitle, printedOpening } from '../../lib/export/handout'
import { pngInk } from '../../lib/export/verify'
import { CANVAS, ENTRY, METADATA_FIXTURE, ROOT } from '../../lib/settings'
import { TALK_ENV } from '../../lib/talk-file'
import { declaredClicks } from '../../lib/slide-text'
import { inkPerPage, info, normalizeText, outline, pageCount, pagesText, structure, unembeddedFonts } from './pdf-tools'

/** A rendered page with less ink than this is blank (a title alone covers more). */
const BLANK_PAGE_INK = 0.002

const deck = await loadDeck(ENTRY)
const out = mkdtempSync(join(tmpdir(), 'export-'))
const titles = deck.slides.map(s => plainTitle(s.title))

function exportTo(name: string, ...args: string[]): string {
  return exportWith({}, name, ...args)
}

function exportWith(env: NodeJS.ProcessEnv, name: string, ...args: string[]): string {
  const path = join(out, name)
  execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/export.ts', '--output', path, ...args], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } })
  return path
}

function expectNoBlankPage(pdf: string) {
  const blank = inkPerPage(pdf).flatMap((ink, i) => ink < BLANK_PAGE_INK ? [`page ${i + 1} (${(ink * 100).toFixed(2)} % ink)`] : [])
  expect(blank, `blank pages in ${pdf}`).toEqual([])
}

function expectFontsEmbedded(pdf: string) {
  const { fonts, unembedded } = unembeddedFonts(pdf)
  expect(fonts).toBeGreaterThan(0)
  expect(unembedded, 'fonts not embedded').toEqual([])
}

/** The parts of the talk that have slides, in order, each with its slides' titles. */
function expectedOutline(): { title: string, kids: string[] }[] {
  const parts: { title: string, kids: string[] }[] = []
  for (const slide of deck.slides) {
    const part = partOfFile(slide.file, talk)!
    if (parts.at(-1)?.title !== part.title)
      parts.push({ title: part.title, kids: [] })
    parts.at(-1)!.kids.push(plainTitle(slide.title))
  }
  return parts
}

function expectTalkMetadata(pdf: string, title: string) {
  const meta = info(pdf)
  expect(meta.Title).toBe(title)
  expect(meta.Author).toBe(authorLine(talk))
  expect(meta.Subject).toBe(talk.subtitle)
  expect(meta.Keywords).toBe(talk.keywords.join(', '))
  // No time of printing anywhere: no dates in the Info dictionary, no XMP copy with its own.
  expect(meta.CreationDate).toBeUndefined()
  expect(meta.ModDate).toBeUndefined()
  expect(meta['Metadata Stream']).toBe('no')
  expect(meta.Tagged).toBe('yes')
}

/** Tagged: a structure tree with a heading of level `slideLevel` for every slide. */
function expectTagged(pdf: string, slideLevel: string) {
  const { catalog, tags } = structure(pdf)
  expect(catalog['/StructTreeRoot'], 'tagged: a structure tree').toBeTruthy()
  expect(catalog['/MarkInfo']?.['/Marked']).toBe(true)
  expect(tags.get(slideLevel) ?? 0, `${slideLevel} headings in the tag tree`).toBeGreaterThanOrEqual(deck.slides.length)
}

test.describe.configure({ mode: 'serial', timeout: 240_000 })

test('slides PDF: a page per slide with its title, outline by part then slide, links, tags, talk metadata, fonts', async () => {
  const pdf = exportTo('slides.pdf')
  expect(pageCount(pdf)).toBe(deck.slides.length)
  const texts = pagesText(pdf)
  deck.slides.forEach((slide, i) => expect(texts[i], `page ${slide.no} (${slide.file})`).toContain(normalizeText(titles[i])))
  expectNoBlankPage(pdf)
  expectFontsEmbedded(pdf)
  expectTalkMetadata(pdf, talk.title)
  expectTagged(pdf, '/H1')

  const bookmarks = outline(pdf)
  expect(bookmarks.map(b => ({ title: b.title, kids: b.kids.map(k => k.title) }))).toEqual(expectedOutline())
  for (const b of bookmarks.flatMap(b => b.kids))
    expect(texts[b.page - 1], `bookmark "${b.title}" opens its slide`).toContain(normalizeText(b.title))

  // Every <Cite> on a slide and every listed reference is a live link to its source's URL.
  const { uriLinks } = structure(pdf)
  const cites = deck.slides.flatMap(s => slideCitations(s.content))
  const cited = [...citationNumbers(deck.slides).keys()]
  expect(uriLinks.length).toBeGreaterThanOrEqual(cites.length + cited.length)
  const linked = new Set(uriLinks)
  expect(cited.filter(id => !linked.has(findSource(id)!.url)), 'cited sources without a link').toEqual([])
})

test('slides PDF: other talk metadata (RFL_TALK) reaches the cover and the PDF\'s Title, Author, Subject and Keywords', async () => {
  const { talk: fixture } = await import('../fixtures/talk/talk')
  const pdf = exportWith({ [TALK_ENV]: METADATA_FIXTURE }, 'fixture-talk.pdf')
  const meta = info(pdf)
  expect(meta.Title).toBe(fixture.title)
  expect(meta.Author).toBe('Ada Fixture, Fixture Lab')
  expect(meta.Subject).toBe(fixture.subtitle)
  expect(meta.Keywords).toBe(fixture.keywords.join(', '))
  const cover = pagesText(pdf)[0]
  for (const line of [fixture.title, 'Ada Fixture', 'FixtureConf 2031'])
    expect(cover).toContain(line)
})

test('slides PDF: two exports of one commit, each with its own build, have the same text and pages', async () => {
  const first = exportTo('slides.pdf')
  const second = exportTo('slides-again.pdf', '--rebuild')
  expect(pageCount(second)).toBe(pageCount(first))
  expect(pagesText(second)).toEqual(pagesText(first))
  expect(info(second).CreationDate).toBeUndefined()
})

test('clicks PDF: one page per click step of every slide, each with its slide\'s title', async () => {
  const pdf = exportTo('clicks.pdf', '--with-clicks')
  const steps = deck.slides.flatMap(s => Array.from({ length: declaredClicks(s) + 1 }, () => s))
  expect(pageCount(pdf)).toBe(steps.length)
  const texts = pagesText(pdf)
  steps.forEach((slide, i) => expect(texts[i], `page ${i + 1}: slide ${slide.no}`).toContain(normalizeText(plainTitle(slide.title))))
  expectNoBlankPage(pdf)
})

test('handout (A4): every slide with its notes, part headers, numbered citations into the references, page numbers', async () => {
  const pdf = exportTo('notes.pdf', '--notes')
  expect(info(pdf)['Page size']).toContain('(A4)')
  const texts = pagesText(pdf)
  const text = texts.join(' ')
  const model = handoutModel(deck, talk)
  for (const slide of model.parts.flatMap(p => p.slides)) {
    expect(text, `handout, slide ${slide.no}`).toContain(normalizeText(slide.title))
    const page = texts.find(t => t.includes(`Slide ${slide.no} ${normalizeText(slide.title)}`))
    expect(page, `slide ${slide.no} has its own page`).toBeDefined()
    expect(page, `notes of slide ${slide.no} on its page`).toContain(normalizeText(printedOpening(slide.notesHtml, 5)))
  }
  // Readable notes: no raw citation keys, no click markers, no print timestamp.
  expect(text).not.toMatch(/\[@|\[click/)
  expect(text).not.toMatch(/\d{1,2}:\d{2}:\d{2}/)
  // The front page: the talk's metadata.
  for (const line of [talk.title, talk.subtitle, authorLine(talk), `Facts checked up to ${talk.asOf}`])
    expect(texts[0]).toContain(normalizeText(line))
  // Part headers and page numbers.
  for (const part of expectedOutline())
    expect(text).toContain(`${normalizeText(part.title)}`)
  texts.forEach((t, i) => expect(t, `page number on page ${i + 1}`).toContain(`Page ${i + 1} of ${texts.length}`))
  // Citations in the notes are links to the numbered references at the end.
  const numbers = citationNumbers(deck.slides)
  const inNotes = new Set(deck.slides.flatMap(s => noteCitations(s.note).map(c => c.id)))
  const { internalLinks } = structure(pdf)
  expect(new Set(internalLinks)).toEqual(new Set([...inNotes].map(id => `/ref-${numbers.get(id)}`)))
  const references = texts.slice(texts.findIndex(t => t.includes('Every source the slides and notes cite'))).join(' ')
  for (const [id, n] of numbers)
    expect(references, `reference [${n}]`).toContain(`[${n}] ${normalizeText(findSource(id)!.publisher)}`)
  // Outline: the parts, then the references.
  const bookmarks = outline(pdf)
  expect(bookmarks.map(b => b.title)).toEqual([...expectedOutline().map(p => p.title), 'All references, numbered'])
  expect(bookmarks.flatMap(b => b.kids).map(k => k.title)).toEqual(titles)
  expectTalkMetadata(pdf, `${talk.title}: handout`)
  // The handout's parts are h1, its slide headings h2; the slides' own headings sit below.
  expectTagged(pdf, '/H2')
  expect(structure(pdf).tags.get('/H1')).toBe(expectedOutline().length + 2)
  expectNoBlankPage(pdf)
  expectFontsEmbedded(pdf)
})

test('handout: --paper letter prints on US Letter', async () => {
  const pdf = exportTo('notes-letter.pdf', '--notes', '--paper', 'letter')
  expect(info(pdf)['Page size']).toContain('612 x 792 pts (letter)')
  expect(pageCount(pdf)).toBeGreaterThan(deck.slides.length)
})

test('PNGs: one per slide, 1920 px wide, none blank', async () => {
  const dir = join(out, 'png')
  exportTo('png', '--png')
  const files = readdirSync(dir).filter(f => f.endsWith('.png')).sort()
  expect(files).toHaveLength(deck.slides.length)
  for (const file of files) {
    const { width, height, ink } = pngInk(join(dir, file))
    expect(width, file).toBe(1920)
    expect(Math.abs(height - 1920 * CANVAS.height / CANVAS.width), `${file}: ${height} px high`).toBeLessThan(1)
    expect(ink, `${file} has ink`).toBeGreaterThan(BLANK_PAGE_INK)
  }
})
