// The talk's metadata, in one place. A speaker makes the talk theirs by editing this file:
// the cover, the closing slide, the PDF metadata, the handout header, the pacing plan and
// the generated notes all read it. Leave a personal field undefined rather than writing a
// placeholder: the deck then shows the kit's own honest default, and `npm run lint:deck`
// lists what is unset.

export interface Speaker {
  /** The speaker's name as it should appear on the cover and as the PDF's Author. */
  name?: string
  /** Employer or project, shown after the name. */
  affiliation?: string
}

/** Who the takeaways on the closing slides speak to, one line each. */
export interface Takeaway {
  audience: string
  line: string
}

/**
 * A part of the talk is one file of pages/ (slides.md holds the opening). Its planned
 * minutes come from its notes at `wordsPerMinute`, unless `minutes` overrides them.
 */
export interface TalkPart {
  /** Stable id, lower-case words joined by '-'. */
  id: string
  /** Name shown on the divider slide, the agenda, the pacing display and the PDF outline. */
  title: string
  /** The file the part's slides are written in, relative to the repository root. */
  file: string
  /** main: spoken in the slot; backup: shown only for questions; appendix: for readers. */
  kind: 'main' | 'backup' | 'appendix'
  /** Planned minutes, when the speaker wants something other than the notes' estimate. */
  minutes?: number
}

export interface Talk {
  title: string
  /** The thesis: one sentence the talk argues; the cover shows it under the title. */
  subtitle: string
  speaker: Speaker
  /** Conference or meetup name, e.g. "Kernel Recipes 2026". */
  event?: string
  /** Day of the talk, YYYY-MM-DD. */
  date?: string
  /** Day up to which the facts were checked, YYYY-MM-DD. Slides that state present status show it. */
  asOf: string
  /** Where the audience finds the slides again: shown as text and as a QR code on the closing slide. */
  slidesUrl?: string
  /** The repository this kit lives in. */
  repoUrl?: string
  /** Licence of the slides and notes, e.g. "CC BY 4.0". */
  licence?: string
  /** Speaking pace used for every time estimate. */
  wordsPerMinute: number
  /** Slot length in minutes, questions included. */
  slotMinutes: number
  keywords: readonly string[]
  takeaways: readonly Takeaway[]
  parts: readonly TalkPart[]
}

/** Used where the speaker's name is unset: the kit itself, never a "Your name" placeholder. */
export const KIT_NAME = 'Rust-for-Linux talk kit'

export const talk: Talk = {
  title: 'Rust in the Linux kernel',
  subtitle: 'Rust does not make the kernel safe. It shrinks what reviewers must trust to code they can find.',
  speaker: {},
  event: undefined,
  date: undefined,
  asOf: '2026-11-22',
  slidesUrl: undefined,
  repoUrl: undefined,
  licence: undefined,
  wordsPerMinute: 130,
  slotMinutes: 45,
  keywords: ['Rust', 'Linux kernel', 'memory safety', 'Rust for Linux'],
  takeaways: [
    { audience: 'C maintainer', line: 'Taking Rust is your subsystem\'s decision; if you take it, review the unsafe layer.' },
    { audience: 'Rust-curious developer', line: 'Start from an in-tree sample driver and the safe abstractions it uses.' },
    { audience: 'Manager', line: 'Rust removes bug classes from new code, not old code: budget for abstractions and review.' },
  ],
  // The parts in talk order. Replace or reorder them here when pages/ changes.
  parts: [
    { id: 'opening', title: 'Opening', file: 'slides.md', kind: 'main' },
    { id: 'why-rust', title: 'Why Rust', file: 'pages/01-why-rust.md', kind: 'main' },
    { id: 'history', title: 'How it got into the kernel', file: 'pages/02-history.md', kind: 'main' },
    { id: 'architecture', title: 'Architecture', file: 'pages/03-architecture.md', kind: 'main' },
    { id: 'safety', title: 'The safety case', file: 'pages/04-safety.md', kind: 'main' },
    { id: 'today', title: 'Where Rust runs today', file: 'pages/05-today.md', kind: 'main' },
    { id: 'debates', title: 'The debates', file: 'pages/06-debates.md', kind: 'main' },
    { id: 'next', title: 'What comes next', file: 'pages/07-next.md', kind: 'main' },
    { id: 'takeaways', title: 'Takeaways', file: 'pages/08-takeaways.md', kind: 'main' },
    { id: 'backup-questions', title: 'Backup: questions', file: 'pages/91-backup-questions.md', kind: 'backup' },
    { id: 'backup-build', title: 'Backup: how the build works', file: 'pages/92-backup-build.md', kind: 'backup' },
    { id: 'references', title: 'References', file: 'pages/09-references.md', kind: 'appendix' },
  ],
}

/** The speaker line for the cover and the PDF's Author: the name, or the kit's own. */
export function authorLine(t: Talk = talk): string {
  if (!t.speaker.name)
    return KIT_NAME
  return t.speaker.affiliation ? `${t.speaker.name}, ${t.speaker.affiliation}` : t.speaker.name
}

/** The personal fields a speaker should set and has not, by their path in this file. */
export function unsetFields(t: Talk = talk): string[] {
  const fields: [string, unknown][] = [
    ['speaker.name', t.speaker.name],
    ['speaker.affiliation', t.speaker.affiliation],
    ['event', t.event],
    ['date', t.date],
    ['slidesUrl', t.slidesUrl],
    ['repoUrl', t.repoUrl],
    ['licence', t.licence],
  ]
  return fields.filter(([, v]) => v === undefined || v === '').map(([k]) => k)
}

/** The part a slide belongs to, found by the file it is written in. */
export function partOfFile(file: string, t: Talk = talk): TalkPart | undefined {
  return t.parts.find(p => p.file === file)
}
