// Exports the real deck to PDF through Playwright and reads it back with poppler.
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { loadDeck } from '../../lib/deck'
import { ENTRY, ROOT } from '../../lib/settings'

function poppler(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' })
  }
  catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${tool} is not installed: install poppler-utils (apt-get install poppler-utils).`)
    throw error
  }
}

const normalize = (text: string) => text.replace(/[\u2018\u2019]/g, '\'').replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, ' ').trim()

test('npm run export writes a PDF with one page per slide, every title, all fonts embedded', async () => {
  test.setTimeout(240_000)
  const deck = await loadDeck(ENTRY)
  const pdf = join(mkdtempSync(join(tmpdir(), 'export-')), 'deck.pdf')
  execFileSync('npx', ['tsx', 'scripts/export.ts', '--output', pdf], { cwd: ROOT, stdio: 'inherit' })

  const pages = Number(poppler('pdfinfo', [pdf]).match(/^Pages:\s+(\d+)/m)?.[1])
  expect(pages).toBe(deck.slides.length)

  for (const slide of deck.slides) {
    const text = normalize(poppler('pdftotext', ['-f', String(slide.no), '-l', String(slide.no), pdf, '-']))
    expect(text, `page ${slide.no} (${slide.file})`).toContain(normalize(slide.title.replace(/`/g, '')))
  }

  const fonts = poppler('pdffonts', [pdf]).split('\n').slice(2).filter(Boolean)
  expect(fonts.length).toBeGreaterThan(0)
  for (const line of fonts) {
    // columns: name type encoding emb sub uni object-id; "emb" is the 4th from the right
    const cols = line.trim().split(/\s+/)
    expect(cols[cols.length - 5], `font not embedded: ${line}`).toBe('yes')
  }
})
