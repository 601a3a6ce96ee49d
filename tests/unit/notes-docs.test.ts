// The speaker's documents in notes/ may not drift from the deck: every slide the rehearsal
// checklist tells the speaker to cut is a slide of the main talk, by its exact title, and the
// abstract keeps to its two lengths.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { talk } from '../../data/talk'
import { loadDeck } from '../../lib/deck'
import { ENTRY, ROOT } from '../../lib/settings'
import { talkPlan } from '../../lib/timing'

const deck = await loadDeck(ENTRY, talk)
const plan = talkPlan(deck, talk)
const mainTitles = new Set(plan.slides.filter(s => s.start !== undefined).map(s => s.title.replace(/`/g, '')))
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8')

describe('notes/rehearsal.md', () => {
  const text = read('notes/rehearsal.md')
  const section = (heading: string) => text.split(`## ${heading}`)[1]?.split('\n## ')[0] ?? ''

  it('names only slides of the main talk, by their exact titles, in "If you are behind"', () => {
    const named = [...section('If you are behind').matchAll(/^\d+\. "([^"]+)"/gm)].map(m => m[1])
    expect(named.length).toBeGreaterThanOrEqual(3)
    for (const title of named)
      expect(mainTitles.has(title), `"${title}" is not the title of a main-talk slide: fix notes/rehearsal.md`).toBe(true)
  })

  it('names the present-status slides by their titles', () => {
    const titles = [...section('The week before').matchAll(/\("([^"]+)", "([^"]+)"\)/g)].flatMap(m => [m[1], m[2]])
    expect(titles).toHaveLength(2)
    for (const title of titles)
      expect(deck.slides.some(s => s.title.startsWith(title) && s.frontmatter.asOf === true), title).toBe(true)
  })
})

describe('notes/abstract.md', () => {
  const text = read('notes/abstract.md')
  const words = (heading: string) => (text.split(`## ${heading}`)[1]?.split('\n## ')[0] ?? '').match(/\S+/g)?.length ?? 0

  it('has a 50-word and a 200-word version (within 10 %)', () => {
    expect(words('Short version (50 words)')).toBeGreaterThanOrEqual(45)
    expect(words('Short version (50 words)')).toBeLessThanOrEqual(55)
    expect(words('Long version (200 words)')).toBeGreaterThanOrEqual(180)
    expect(words('Long version (200 words)')).toBeLessThanOrEqual(220)
  })

  it('states three learning outcomes', () => {
    expect((text.split('## Learning outcomes')[1] ?? '').match(/^\d\. /gm)).toHaveLength(3)
  })
})
