// Words on the canvas, per slide and for the deck: the numbers behind the words-per-slide rule
// and the table `npm run lint:deck` prints.
import { partOfFile, talk } from '../data/talk'
import type { Deck, DeckSlide } from './deck'
import { MAX_MEDIAN_SLIDE_WORDS, MAX_SLIDE_WORDS } from './settings'
import { isReferencesSlide, slideWords } from './slide-text'

export interface SlideWordCount {
  slide: DeckSlide
  words: number
}

/**
 * The slides the talk shows, with their prose words: references slides and slides of
 * backup or appendix parts (data/talk.ts) are left out. A file in no part counts as talk.
 */
export function talkSlideWords(deck: Deck): SlideWordCount[] {
  return deck.slides
    .filter(s => !isReferencesSlide(s) && (partOfFile(s.file, talk)?.kind ?? 'main') === 'main')
    .map(slide => ({ slide, words: slideWords(slide) }))
}

export function median(values: readonly number[]): number {
  if (values.length === 0)
    return 0
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/**
 * A compact report: every slide's words in slide order (`12:34`, `*` over the limit), then
 * the median and the densest slides.
 */
export function wordsReport(deck: Deck, perLine = 10): string {
  const counts = deck.slides.filter(s => !isReferencesSlide(s)).map(slide => ({ slide, words: slideWords(slide) }))
  const cells = counts.map(c => `${String(c.slide.no).padStart(3)}:${String(c.words).padEnd(3)}${c.words > MAX_SLIDE_WORDS ? '*' : ' '}`)
  const rows: string[] = []
  for (let i = 0; i < cells.length; i += perLine)
    rows.push(cells.slice(i, i + perLine).join(' '))
  const talk = talkSlideWords(deck)
  const over = counts.filter(c => c.words > MAX_SLIDE_WORDS).length
  const densest = [...counts].sort((a, b) => b.words - a.words || a.slide.no - b.slide.no).slice(0, 5)
  return [
    `Words of prose on the canvas per slide (slide:words; * over ${MAX_SLIDE_WORDS}; references slides left out):`,
    '',
    ...rows,
    '',
    `median ${median(talk.map(t => t.words))} over the talk's ${talk.length} slides (limit ${MAX_MEDIAN_SLIDE_WORDS}); ${over} slide(s) over ${MAX_SLIDE_WORDS}. Densest:`,
    ...densest.map(d => `  ${String(d.words).padStart(3)}  slide ${d.slide.no} "${d.slide.title}" (${d.slide.file}:${d.slide.line})`),
  ].join('\n')
}
