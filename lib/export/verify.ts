// The one check every export passes before it reports success (slides, click steps,
// handout, PNGs): the PDF is read back with poppler and must have the expected pages, text
// on every page, each slide's title on its page, and every font embedded.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { PNG } from 'pngjs'

export function poppler(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] })
  }
  catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${tool} is not installed; exports read every PDF back with poppler: sudo apt-get install poppler-utils`)
    throw error
  }
}

/** Quotes, backticks and white space as pdftotext gives them back, for comparing. */
export function normalizeText(text: string): string {
  return text.replace(/[\u2018\u2019]/g, '\'').replace(/[\u201C\u201D]/g, '"').replace(/`/g, '').replace(/\s+/g, ' ').trim()
}

/** Text of every page, normalised (pdftotext ends each page with a form feed). */
export function pagesText(pdf: string): string[] {
  const pages = poppler('pdftotext', ['-enc', 'UTF-8', pdf, '-']).split('\f')
  pages.pop()
  return pages.map(normalizeText)
}

export interface FontRow { name: string, embedded: boolean }

export function fonts(pdf: string): FontRow[] {
  // Columns: name type encoding emb sub uni object-id (2 fields); "emb" is 5th from the right.
  return poppler('pdffonts', [pdf]).split('\n').slice(2).filter(Boolean).map((row) => {
    const cols = row.trim().split(/\s+/)
    return { name: cols[0], embedded: cols[cols.length - 5] === 'yes' }
  })
}

export interface PageCheck {
  /** 1-based page number. */
  page: number
  /** Texts that must be on that page (a slide's title, a note's opening words), as written. */
  texts: string[]
  /** Who the page is for, in messages: "slide 7 (pages/02-history.md:40)". */
  label: string
}

export interface PdfExpectation {
  pages: number
  /** `pages` is a minimum (a handout's long notes may take more pages). */
  atLeast?: boolean
  checks: PageCheck[]
  /** Font families that must be among the embedded fonts (the deck's own faces). */
  families: string[]
  /** Running header and footer text, left out when a page is checked for content. */
  ignore?: RegExp[]
  /** Text that must appear nowhere, with why: e.g. [/\[@/, 'a raw citation key']. */
  forbidden?: [RegExp, string][]
}

export interface Failure {
  /** The page it concerns, when there is one. */
  page?: number
  message: string
}

/** Reads a PDF back and lists everything that is not as expected (empty: all good). */
export function verifyPdf(pdf: string, expected: PdfExpectation): Failure[] {
  const failures: Failure[] = []
  const texts = pagesText(pdf)
  if (expected.atLeast ? texts.length < expected.pages : texts.length !== expected.pages)
    failures.push({ message: `${texts.length} pages, expected ${expected.atLeast ? 'at least ' : ''}${expected.pages}` })
  texts.forEach((text, i) => {
    const content = (expected.ignore ?? []).reduce((t, re) => t.replace(new RegExp(re.source, 'g'), ' '), text).trim()
    if (content.length === 0)
      failures.push({ page: i + 1, message: `page ${i + 1} has no text (blank)` })
  })
  for (const check of expected.checks) {
    const text = texts[check.page - 1] ?? ''
    for (const wanted of check.texts) {
      if (text.length > 0 && !text.includes(normalizeText(wanted)))
        failures.push({ page: check.page, message: `page ${check.page}, ${check.label}: "${normalizeText(wanted)}" is not on it` })
    }
  }
  for (const [pattern, what] of expected.forbidden ?? []) {
    texts.forEach((text, i) => {
      const hit = text.match(pattern)
      if (hit)
        failures.push({ page: i + 1, message: `page ${i + 1} shows ${what}: "${text.slice(Math.max(0, hit.index! - 20), hit.index! + 30)}"` })
    })
  }
  const rows = fonts(pdf)
  if (rows.length === 0)
    failures.push({ message: 'the PDF has no fonts at all (nothing was drawn as text)' })
  for (const row of rows.filter(r => !r.embedded))
    failures.push({ message: `font ${row.name} is not embedded` })
  for (const family of expected.families) {
    const compact = family.replace(/\s+/g, '')
    if (rows.length > 0 && !rows.some(r => r.name.replace(/^[A-Z]{6}\+/, '').startsWith(compact)))
      failures.push({ message: `the deck's font ${family} is not in the PDF (it had not loaded when the page was printed)` })
  }
  return failures
}

/** Share of pixels that are not near-white in a PNG. */
export function pngInk(file: string): { width: number, height: number, ink: number } {
  const png = PNG.sync.read(readFileSync(file))
  let ink = 0
  for (let i = 0; i < png.data.length; i += 4) {
    if (png.data[i] < 235 || png.data[i + 1] < 235 || png.data[i + 2] < 235)
      ink++
  }
  return { width: png.width, height: png.height, ink: ink / (png.width * png.height) }
}

/** A PNG with less ink than this is blank: a slide's title alone covers more. */
export const BLANK_INK = 0.002

export function verifyPngs(files: string[], expected: { count: number, width: number, labels: string[] }): Failure[] {
  const failures: Failure[] = []
  if (files.length !== expected.count)
    failures.push({ message: `${files.length} PNG files, expected ${expected.count}` })
  files.forEach((file, i) => {
    const { width, ink } = pngInk(file)
    if (width !== expected.width)
      failures.push({ page: i + 1, message: `${expected.labels[i]}: ${width} px wide, expected ${expected.width}` })
    if (ink < BLANK_INK)
      failures.push({ page: i + 1, message: `${expected.labels[i]}: the image is blank (${(ink * 100).toFixed(2)} % ink)` })
  })
  return failures
}

/** "pages 3, 7" for a message. */
export function failedPages(failures: Failure[]): number[] {
  return [...new Set(failures.flatMap(f => f.page === undefined ? [] : [f.page]))].sort((a, b) => a - b)
}
