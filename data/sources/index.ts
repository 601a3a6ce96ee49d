// The deck's one source registry: each part keeps its own list (so parts can be
// written side by side), and this module joins them and refuses duplicate ids.
import type { Source } from './types'
import whyRust from './why-rust'
import history from './history'
import architecture from './architecture'
import safety from './safety'
import today from './today'
import debates from './debates'
import next from './next'
import kernel2026 from './kernel-2026'
import backup from './backup'

export type { Source, SourceStatus } from './types'

const parts: readonly (readonly Source[])[] = [whyRust, history, architecture, safety, today, debates, next, kernel2026, backup]

export const sources: readonly Source[] = parts.flat()

const byId = new Map<string, Source>()
for (const source of sources) {
  if (byId.has(source.id))
    throw new Error(`data/sources: the id "${source.id}" is defined twice; give one of them another id.`)
  byId.set(source.id, source)
}

export function findSource(id: string): Source | undefined {
  return byId.get(id)
}

/** Short label shown on a slide, e.g. "Google Security Blog, 2022". */
export function citationLabel(source: Source): string {
  const year = source.date.slice(0, 4)
  const secondary = source.status === 'V-2' ? ' (secondary)' : ''
  return `${source.publisher}, ${year}${secondary}`
}
