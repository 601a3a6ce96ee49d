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
  /**
   * Whether the part is listed, and numbered, in the agenda of the divider slides
   * (default: main parts are). The opening and the closing are spoken but are no chapter.
   */
  agenda?: boolean
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
  /** Minutes the main talk should leave for questions: the linter warns outside this range. */
  questionMinutes: { min: number, max: number }
  keywords: readonly string[]
  takeaways: readonly Takeaway[]
  parts: readonly TalkPart[]
}

/** Used where the speaker's name is unset: the kit itself, never a "Your name" placeholder. */
export const KIT_NAME = 'Rust-for-Linux talk kit'

/**
 * Where the closing slide sends the audience while `slidesUrl` is unset: the project's own
 * site, labelled as such (never passed off as "the slides").
 */
export const PROJECT_SITE = { url: 'https://rust-for-linux.com', label: 'The Rust for Linux project' } as const

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
  questionMinutes: { min: 8, max: 10 },
  keywords: ['Rust', 'Linux kernel', 'memory safety', 'Rust for Linux'],
  takeaways: [
    { audience: 'C maintainer', line: 'Your subsystem decides whether to take Rust; if it does, review the unsafe blocks and their SAFETY comments.' },
    { audience: 'Rust-curious developer', line: 'Start from samples/rust/ and docs.kernel.org/rust; write against the safe abstractions.' },
    { audience: 'Manager', line: 'Rust removes bug classes from new code, not old code: budget for abstractions and review.' },
  ],
  // The parts in talk order. Replace or reorder them here when pages/ changes.
  parts: [
    { id: 'opening', title: 'Opening', file: 'slides.md', kind: 'main', agenda: false },
    { id: 'why', title: 'Why Rust?', file: 'pages/01-why.md', kind: 'main' },
    { id: 'how', title: 'How does it work?', file: 'pages/02-how.md', kind: 'main' },
    { id: 'worth-it', title: 'Was it worth it?', file: 'pages/03-worth-it.md', kind: 'main' },
    { id: 'close', title: 'Close', file: 'pages/04-close.md', kind: 'main', agenda: false },
    { id: 'closing', title: 'Questions', file: 'pages/90-closing.md', kind: 'main', agenda: false },
    { id: 'backup-questions', title: 'Backup: questions', file: 'pages/91-backup-questions.md', kind: 'backup' },
    { id: 'backup-build', title: 'Backup: how the build works', file: 'pages/92-backup-build.md', kind: 'backup' },
    { id: 'history-dates', title: 'For the reader: the history in dates', file: 'pages/98-history-dates.md', kind: 'appendix' },
    { id: 'references', title: 'References', file: 'pages/99-references.md', kind: 'appendix' },
  ],
}

// The helpers take the talk explicitly: the deck, the scripts and the tests may run on another
// metadata file (RFL_TALK, see lib/talk-file.ts), so nothing may fall back to this module's own.

/** The speaker line for the cover and the PDF's Author: the name, or the kit's own. */
export function authorLine(t: Talk): string {
  if (!t.speaker.name)
    return KIT_NAME
  return t.speaker.affiliation ? `${t.speaker.name}, ${t.speaker.affiliation}` : t.speaker.name
}

/** The personal fields a speaker should set and has not, by their path in this file. */
export function unsetFields(t: Talk): string[] {
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
export function partOfFile(file: string, t: Talk): TalkPart | undefined {
  return t.parts.find(p => p.file === file)
}

/** What the closing slide shows as text and as a QR code: the slides, or the project's site. */
export function closingLink(t: Talk): { url: string, label: string, isSlides: boolean } {
  return t.slidesUrl
    ? { url: t.slidesUrl, label: 'Slides and notes', isSlides: true }
    : { url: PROJECT_SITE.url, label: PROJECT_SITE.label, isSlides: false }
}

/** A YYYY-MM-DD (or YYYY-MM, YYYY) date as people read it: "22 November 2026". */
export function displayDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC', ...(m ? { month: 'long' } : {}), ...(d ? { day: 'numeric' } : {}) }
  return new Intl.DateTimeFormat('en-GB', options).format(new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1)))
}

/** The event and date line of the cover, or nothing when both are unset. */
export function eventLine(t: Talk): string {
  return [t.event, t.date && displayDate(t.date)].filter(Boolean).join(' · ')
}

/**
 * Slidev's headmatter fields that come from the metadata; slides.md must not set them.
 * `info` is the thesis: Slidev shows it in its info dialog and writes it as the PDF's Subject.
 */
export function talkHeadmatter(t: Talk): { title: string, author: string, info: string, keywords: string } {
  return { title: t.title, author: authorLine(t), info: t.subtitle, keywords: t.keywords.join(',') }
}
