// Exports the real deck through Playwright and reads every PDF back with poppler.
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { loadDeck } from '../../lib/deck'
import { ENTRY, ROOT } from '../../lib/settings'
import { declaredClicks, noteOpening } from '../../lib/slide-text'
import { allText, inkPerPage, normalizeText, pageCount, pageText, unembeddedFonts } from './pdf-tools'

/** A rendered page with less ink than this is blank (a title alone covers more). */
const BLANK_PAGE_INK = 0.002

const deck = await loadDeck(ENTRY)
const out = mkdtempSync(join(tmpdir(), 'export-'))

function exportPdf(name: string, ...args: string[]): string {
  const pdf = join(out, name)
  execFileSync('npx', ['tsx', 'scripts/export.ts', '--output', pdf, ...args], { cwd: ROOT, stdio: 'inherit' })
  return pdf
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

test.describe.configure({ timeout: 300_000 })

test('slides PDF: one page per slide, each slide\'s title on its page, no blank page, fonts embedded', async () => {
  const pdf = exportPdf('slides.pdf')
  expect(pageCount(pdf)).toBe(deck.slides.length)
  for (const slide of deck.slides)
    expect(pageText(pdf, slide.no), `page ${slide.no} (${slide.file})`).toContain(slide.title.replace(/`/g, ''))
  expectNoBlankPage(pdf)
  expectFontsEmbedded(pdf)
})

test('clicks PDF: one page per click step of every slide, no blank page', async () => {
  const pdf = exportPdf('clicks.pdf', '--with-clicks')
  expect(pageCount(pdf)).toBe(deck.slides.reduce((n, s) => n + declaredClicks(s) + 1, 0))
  expectNoBlankPage(pdf)
})

test('notes handout: every slide\'s title and the start of its notes', async () => {
  const pdf = exportPdf('notes.pdf', '--notes')
  const text = allText(pdf)
  for (const slide of deck.slides) {
    expect(text, `handout, slide ${slide.no}`).toContain(slide.title.replace(/`/g, ''))
    expect(text, `handout, notes of slide ${slide.no}`).toContain(normalizeText(noteOpening(slide.note, 5)))
  }
  expectNoBlankPage(pdf)
  expectFontsEmbedded(pdf)
})
