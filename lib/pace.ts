// The talk's plan as the browser needs it (pacing in presenter mode, divider slides) and the
// arithmetic on it. No dependencies: the deck bundles this file. lib/timing.ts builds the plan.
import type { TalkPart } from '../data/talk'

export interface PlannedSlide {
  /** 1-based slide number, as in the URL /N. */
  no: number
  title: string
  file: string
  /** Id of the part in data/talk.ts, or undefined when the slide's file is in no part. */
  part?: string
  /** Words the speaker says (reader's paragraphs, citations and click markers left out). */
  words: number
  minutes: number
  /** Planned start and end, in minutes into the talk; only for slides of main parts. */
  start?: number
  end?: number
}

export interface PlannedPart extends TalkPart {
  /** 1-based number in the agenda (the divider shows it); undefined for parts not in the agenda. */
  number?: number
  firstSlide: number
  lastSlide: number
  slides: number
  words: number
  /** Minutes from the notes at the talk's pace. */
  estimate: number
  /** Planned minutes: the part's `minutes` override, or the estimate. */
  minutes: number
  /** Planned start and end, in minutes into the talk; only for main parts. */
  start?: number
  end?: number
}

export interface TalkPlan {
  wordsPerMinute: number
  slotMinutes: number
  questionMinutes: { min: number, max: number }
  parts: PlannedPart[]
  slides: PlannedSlide[]
  /** The main talk: what is spoken in the slot. */
  mainMinutes: number
  /** Backup and appendix: shown only for questions or for readers. */
  otherMinutes: number
}

/** Minutes as a clock reading: 14.5 -> "14:30", 62 -> "1:02:00". */
export function clock(minutes: number): string {
  const total = Math.round(Math.abs(minutes) * 60)
  const h = Math.floor(total / 3600)
  const m = Math.floor(total / 60) % 60
  const s = String(total % 60).padStart(2, '0')
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}

export interface Pace {
  slide?: PlannedSlide
  part?: PlannedPart
  /**
   * Minutes behind plan (negative: ahead). Zero while the talk clock is inside the current
   * slide's planned window; undefined on slides that are not on the talk clock (backup, appendix).
   */
  behind?: number
}

/** Where the speaker stands against the plan on slide `no` after `elapsed` minutes of talk. */
export function paceAt(plan: TalkPlan, no: number, elapsed: number): Pace {
  const slide = plan.slides.find(s => s.no === no)
  const part = plan.parts.find(p => p.id === slide?.part)
  if (slide?.start === undefined || slide.end === undefined)
    return { slide, part }
  const behind = elapsed < slide.start ? elapsed - slide.start : elapsed > slide.end ? elapsed - slide.end : 0
  return { slide, part, behind }
}

/** "2:05 behind", "0:40 ahead" or "on plan" (within half a second). */
export function describeBehind(behind: number): string {
  if (Math.abs(behind) * 60 < 0.5)
    return 'on plan'
  return `${clock(behind)} ${behind > 0 ? 'behind' : 'ahead'}`
}

/** Whether a part is in the agenda of the divider slides: main parts, unless `agenda: false`. */
export function inAgenda(part: TalkPart): boolean {
  return part.kind === 'main' && part.agenda !== false
}

/** The agenda: the main parts that are chapters of the talk, in talk order. */
export function agendaParts(plan: TalkPlan): PlannedPart[] {
  return plan.parts.filter(inAgenda)
}
