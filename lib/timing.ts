// Speaking-time estimate per part of the talk, from the words in the notes.
import { basename } from 'node:path'
import { parseTimeString } from '@slidev/parser/utils'
import type { Deck, DeckSlide } from './deck'
import { noteWords, slideWords } from './slide-text'

/** Words per minute of a calm conference talk; the estimate divides the notes' words by this. */
export const SPEAKING_WPM = 130

/** How far the estimate may stray from the headmatter's `duration` before the linter warns. */
export const DURATION_TOLERANCE = 0.1

export interface PartTiming {
  part: string
  file: string
  slides: number
  slideWords: number
  noteWords: number
  minutes: number
}

/** A part is the file its slides are written in (slides.md holds the cover and agenda). */
function partName(file: string, first: DeckSlide): string {
  const kicker = first.content.match(/<div class="part">([^<]+)<\/div>/)?.[1]
  return kicker ?? (file === 'slides.md' ? 'Opening' : basename(file, '.md'))
}

export function timingByPart(deck: Deck): PartTiming[] {
  const parts = new Map<string, DeckSlide[]>()
  for (const slide of deck.slides)
    parts.set(slide.file, [...parts.get(slide.file) ?? [], slide])
  return [...parts].map(([file, slides]) => {
    const notes = slides.reduce((n, s) => n + noteWords(s), 0)
    return {
      part: partName(file, slides[0]),
      file,
      slides: slides.length,
      slideWords: slides.reduce((n, s) => n + slideWords(s), 0),
      noteWords: notes,
      minutes: notes / SPEAKING_WPM,
    }
  })
}

/** The headmatter's `duration` in minutes, or undefined when it has none. */
export function plannedMinutes(deck: Deck): number | undefined {
  const duration = deck.headmatter.duration
  if (typeof duration !== 'string' && typeof duration !== 'number')
    return undefined
  return parseTimeString(duration).seconds / 60
}

export function timingTable(rows: PartTiming[]): string {
  const header = ['part', 'file', 'slides', 'words on slides', 'words in notes', 'minutes']
  const body = rows.map(r => [r.part, r.file, String(r.slides), String(r.slideWords), String(r.noteWords), r.minutes.toFixed(1)])
  const total = ['total', '', String(rows.reduce((n, r) => n + r.slides, 0)), String(rows.reduce((n, r) => n + r.slideWords, 0)), String(rows.reduce((n, r) => n + r.noteWords, 0)), rows.reduce((n, r) => n + r.minutes, 0).toFixed(1)]
  const all = [header, ...body, total]
  const widths = header.map((_, i) => Math.max(...all.map(r => r[i].length)))
  const line = (r: string[]) => r.map((c, i) => i >= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i])).join('  ')
  return [line(header), widths.map(w => '-'.repeat(w)).join('  '), ...body.map(line), line(total)].join('\n')
}

/** A warning when the estimate strays more than DURATION_TOLERANCE from the planned duration. */
export function durationWarning(deck: Deck, rows: PartTiming[]): string | undefined {
  const planned = plannedMinutes(deck)
  if (planned === undefined)
    return `${deck.entry}: the headmatter has no duration, so the talk's length cannot be checked. Add e.g. "duration: 40min".`
  const estimate = rows.reduce((n, r) => n + r.minutes, 0)
  const off = (estimate - planned) / planned
  if (Math.abs(off) <= DURATION_TOLERANCE)
    return undefined
  return `${deck.entry}: the notes read as ${estimate.toFixed(1)} min at ${SPEAKING_WPM} words a minute, ${Math.round(Math.abs(off) * 100)} % ${off > 0 ? 'longer' : 'shorter'} than the planned ${planned} min (duration in the headmatter). ${off > 0 ? 'Cut' : 'Add to'} the notes, or change the duration.`
}
