// How citations are written, and how they are found again, in one place.
// On a slide:  <Cite id="android-2022" />   In presenter notes:  [@android-2022]

const SLIDE_CITE = /<Cite\b[^>]*?\bid\s*=\s*["']([^"']*)["'][^>]*>/g
const NOTE_CITE = /\[@([^\]\s]+)\]/g

export interface CitationUse {
  id: string
  /** Character offset of the citation inside the text it was found in. */
  offset: number
}

function matchAll(re: RegExp, text: string): CitationUse[] {
  return [...text.matchAll(re)].map(m => ({ id: m[1], offset: m.index ?? 0 }))
}

/** Citations written on a slide body (the <Cite/> component). */
export function slideCitations(content: string): CitationUse[] {
  return matchAll(SLIDE_CITE, content)
}

/** Citations written in presenter notes ([@id]). */
export function noteCitations(note: string): CitationUse[] {
  return matchAll(NOTE_CITE, note)
}

/** Ids cited by a list of slides, first use first, each once. */
export function citedIdsInOrder(slides: readonly { content: string, note?: string }[]): string[] {
  const seen = new Set<string>()
  for (const slide of slides) {
    for (const use of [...slideCitations(slide.content), ...noteCitations(slide.note ?? '')])
      seen.add(use.id)
  }
  return [...seen]
}

/**
 * The number a source carries everywhere (slide marker, notes, handout, references):
 * its 1-based position in the order of first use across the deck.
 */
export function citationNumbers(slides: readonly { content: string, note?: string }[]): Map<string, number> {
  return new Map(citedIdsInOrder(slides).map((id, i) => [id, i + 1]))
}

/** 1-based line number of a character offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n')
      line++
  }
  return line
}
