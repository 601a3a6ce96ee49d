// The talk's plan: planned minutes per part and per slide, from the spoken notes at the pace in
// the talk metadata (data/talk.ts), with per-part overrides. The linter's timing table,
// notes/timing.md, the presenter's pacing display and the divider slides all read this one plan.
import type { Talk } from '../data/talk'
import type { Deck } from './deck'
import { clock, inAgenda, type PlannedPart, type PlannedSlide, type TalkPlan } from './pace'
import { noteWords, slideWords } from './slide-text'

export type { PlannedPart, PlannedSlide, TalkPlan } from './pace'

export function talkPlan(deck: Deck, talk: Talk): TalkPlan {
  const wpm = talk.wordsPerMinute
  const parts: PlannedPart[] = []
  const slides: PlannedSlide[] = deck.slides.map(s => ({
    no: s.no,
    title: s.title,
    file: s.file,
    part: talk.parts.find(p => p.file === s.file)?.id,
    words: noteWords(s),
    minutes: noteWords(s) / wpm,
  }))
  let agendaNumber = 0
  for (const part of talk.parts) {
    const own = slides.filter(s => s.part === part.id)
    const words = own.reduce((n, s) => n + s.words, 0)
    const estimate = words / wpm
    const minutes = part.minutes ?? estimate
    // An override spreads over the part's slides in proportion to their words (evenly if silent).
    for (const s of own)
      s.minutes = words > 0 ? minutes * s.words / words : minutes / own.length
    parts.push({
      ...part,
      number: inAgenda(part) ? ++agendaNumber : undefined,
      firstSlide: own[0]?.no ?? 0,
      lastSlide: own.at(-1)?.no ?? 0,
      slides: own.length,
      words,
      estimate,
      minutes,
    })
  }
  // The talk clock runs over the main parts' slides in deck order.
  let at = 0
  for (const s of slides) {
    if (parts.find(p => p.id === s.part)?.kind !== 'main')
      continue
    s.start = at
    at += s.minutes
    s.end = at
  }
  for (const p of parts) {
    const own = slides.filter(s => s.part === p.id && s.start !== undefined)
    if (own.length) {
      p.start = own[0].start
      p.end = own.at(-1)!.end
    }
  }
  const sum = (kind: (p: PlannedPart) => boolean) => parts.filter(kind).reduce((n, p) => n + p.minutes, 0)
  return {
    wordsPerMinute: wpm,
    slotMinutes: talk.slotMinutes,
    questionMinutes: talk.questionMinutes,
    parts,
    slides,
    mainMinutes: sum(p => p.kind === 'main'),
    otherMinutes: sum(p => p.kind !== 'main'),
  }
}

function table(header: string[], rows: string[][], rightFrom: number): string {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map(r => r[i].length)))
  const line = (r: string[]) => r.map((c, i) => i >= rightFrom ? c.padStart(widths[i]) : c.padEnd(widths[i])).join('  ').trimEnd()
  return [line(header), widths.map(w => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

/** The linter's table: main talk first with its total and the clock at each part's end, then backup and appendix. */
export function timingTable(deck: Deck, plan: TalkPlan): string {
  const row = (p: PlannedPart): string[] => {
    const own = deck.slides.filter(s => plan.slides[s.no - 1]?.part === p.id)
    return [
      p.title,
      p.kind,
      p.file,
      String(p.slides),
      String(own.reduce((n, s) => n + slideWords(s), 0)),
      String(p.words),
      `${p.minutes.toFixed(1)}${p.minutes !== p.estimate ? '*' : ''}`,
      p.end !== undefined ? clock(p.end) : '',
    ]
  }
  const total = (label: string, ps: PlannedPart[]) => [label, '', '', String(ps.reduce((n, p) => n + p.slides, 0)), '', String(ps.reduce((n, p) => n + p.words, 0)), ps.reduce((n, p) => n + p.minutes, 0).toFixed(1), '']
  const main = plan.parts.filter(p => p.kind === 'main')
  const other = plan.parts.filter(p => p.kind !== 'main')
  const rows = [...main.map(row), total('main talk', main), ...other.map(row), ...other.length ? [total('backup and appendix', other)] : []]
  const notes = plan.parts.some(p => p.minutes !== p.estimate) ? '\n* minutes set in data/talk.ts (parts[].minutes), not from the notes' : ''
  return table(['part', 'kind', 'file', 'slides', 'words on slides', 'words in notes', 'minutes', 'ends at'], rows, 3) + notes
}

/** A warning unless the main talk leaves the planned time for questions in the slot. */
export function slotWarning(plan: TalkPlan, talkFile = 'data/talk.ts'): string | undefined {
  const left = plan.slotMinutes - plan.mainMinutes
  const { min, max } = plan.questionMinutes
  if (left >= min && left <= max)
    return undefined
  return `${talkFile}: the main talk plans ${plan.mainMinutes.toFixed(1)} min at ${plan.wordsPerMinute} words a minute, which leaves ${left.toFixed(1)} min of the ${plan.slotMinutes}-min slot for questions; aim for ${min}-${max} min. `
    + (left < min ? 'Cut the spoken notes, move slides to a backup part, or' : 'Add to the notes, or') + ' change slotMinutes.'
}

/**
 * notes/timing.md: planned minutes per part and per slide, with the talk clock at each slide's
 * end. Generated from the deck (npm run notes:timing); a unit test fails when it is stale.
 */
export function timingMarkdown(plan: TalkPlan): string {
  const out = [
    '# Timing',
    '',
    '<!-- Generated by `npm run notes:timing` from the deck and data/talk.ts. Do not edit: edit the notes or the metadata and run it again. -->',
    '',
    `Planned from the spoken notes at ${plan.wordsPerMinute} words a minute (reader's paragraphs left out). `
    + `Main talk: **${clock(plan.mainMinutes)}** of a ${plan.slotMinutes}-minute slot, leaving ${clock(plan.slotMinutes - plan.mainMinutes)} for questions. `
    + `Backup and appendix: ${clock(plan.otherMinutes)}, not in the slot.`,
    '',
    '## Parts',
    '',
    '| # | part | kind | slides | minutes | starts at | ends at |',
    '|---|---|---|---|---|---|---|',
    ...plan.parts.map(p => `| ${p.number ?? ''} | ${p.title} | ${p.kind} | ${p.firstSlide === p.lastSlide ? p.firstSlide : `${p.firstSlide}-${p.lastSlide}`} | ${p.minutes.toFixed(1)}${p.minutes !== p.estimate ? ' (set)' : ''} | ${p.start !== undefined ? clock(p.start) : ''} | ${p.end !== undefined ? clock(p.end) : ''} |`),
    '',
    '## Slides',
    '',
    'The checkpoint is the talk clock when the slide should be done. Backup and appendix slides have none.',
  ]
  for (const p of plan.parts) {
    out.push('', `### ${p.number ? `${p.number}. ` : ''}${p.title} (${p.kind}, ${p.minutes.toFixed(1)} min)`, '', '| slide | title | words | minutes | checkpoint |', '|---|---|---|---|---|')
    for (const s of plan.slides.filter(s => s.part === p.id))
      out.push(`| ${s.no} | ${s.title.replace(/\|/g, '\\|')} | ${s.words} | ${s.minutes.toFixed(1)} | ${s.end !== undefined ? clock(s.end) : ''} |`)
  }
  return `${out.join('\n')}\n`
}
