/**
 * Status marks, as in ../shared/facts.md:
 * V   read in a primary source;
 * V-2 seen only in a secondary source (news, mirror, summary), shown as such on the slide;
 * U   no source found: never cited as fact (the deck linter rejects it).
 */
export type SourceStatus = 'V' | 'V-2' | 'U'

export interface Source {
  /** Stable id used by <Cite id="…"/> on slides and [@id] in notes: lower-case words joined by '-'. */
  id: string
  title: string
  /** Author(s) or publisher, as a reader would name it. */
  publisher: string
  url: string
  /** Publication date: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string
  status: SourceStatus
}

/** Typed identity helper so each part's list is checked where it is written. */
export function defineSources<const T extends readonly Source[]>(list: T): T {
  return list
}
