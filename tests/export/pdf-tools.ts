// Reading a PDF back with poppler's command-line tools.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

function poppler(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  }
  catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${tool} is not installed: install poppler-utils (apt-get install poppler-utils).`)
    throw error
  }
}

export function pageCount(pdf: string): number {
  return Number(poppler('pdfinfo', [pdf]).match(/^Pages:\s+(\d+)/m)?.[1])
}

/** Text of one page, with quotes and white space normalised for comparison. */
export function pageText(pdf: string, page: number): string {
  return normalizeText(poppler('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-']))
}

export function allText(pdf: string): string {
  return normalizeText(poppler('pdftotext', [pdf, '-']))
}

export function normalizeText(text: string): string {
  return text.replace(/[\u2018\u2019]/g, '\'').replace(/[\u201C\u201D]/g, '"').replace(/`/g, '').replace(/\s+/g, ' ').trim()
}

/** Fonts listed by pdffonts that are not embedded. */
export function unembeddedFonts(pdf: string): { fonts: number, unembedded: string[] } {
  const rows = poppler('pdffonts', [pdf]).split('\n').slice(2).filter(Boolean)
  // Columns: name type encoding emb sub uni object-id (2 fields); "emb" is 5th from the right.
  const unembedded = rows.filter((row) => {
    const cols = row.trim().split(/\s+/)
    return cols[cols.length - 5] !== 'yes'
  })
  return { fonts: rows.length, unembedded }
}

/** Share of non-white pixels on each page, rendered small and in grey by pdftoppm. */
export function inkPerPage(pdf: string): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'pages-'))
  poppler('pdftoppm', ['-r', '24', '-gray', pdf, join(dir, 'p')])
  return readdirSync(dir).filter(f => f.endsWith('.pgm')).sort().map((f) => {
    const data = readFileSync(join(dir, f))
    // Binary PGM: "P5 <w> <h> <max>\n" then one byte per pixel.
    const header = data.subarray(0, 64).toString('latin1').match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/)
    if (!header)
      throw new Error(`pdftoppm wrote an unexpected file: ${f}`)
    const pixels = data.subarray(header[0].length)
    let ink = 0
    for (const p of pixels) {
      if (p < 235)
        ink++
    }
    return ink / pixels.length
  })
}
