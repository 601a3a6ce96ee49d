// The notes tell the speaker where they should be ("Checkpoint: about 9 minutes in" on a
// part's divider, "the talk ends here, at about 34 minutes" on the last slide of the talk).
// Those numbers are written by hand, so they must agree with the plan computed from the notes.
import { describe, expect, it } from 'vitest'
import { talk } from '../../data/talk'
import { loadDeck } from '../../lib/deck'
import { ENTRY } from '../../lib/settings'
import { talkPlan } from '../../lib/timing'

const deck = await loadDeck(ENTRY, talk)
const plan = talkPlan(deck, talk)
const CHECKPOINT = /Checkpoint:[^.\n]*?about (\d+) minutes/

describe('checkpoints in the notes', () => {
  const marked = deck.slides.filter(s => CHECKPOINT.test(s.note))

  it('open every part of the talk with one, and close the talk with one', () => {
    const dividers = deck.slides.filter(s => s.frontmatter.layout === 'divider')
    expect(dividers.length).toBeGreaterThan(0)
    for (const d of dividers)
      expect(d.note, `slide ${d.no} (${d.file}): a divider's notes end with "Checkpoint: about N minutes in."`).toMatch(CHECKPOINT)
    expect(marked.some(s => s.frontmatter.layout !== 'divider'), 'the last slide before the Questions slide gives the end time').toBe(true)
  })

  for (const slide of marked) {
    it(`slide ${slide.no} (${slide.file}) names a time within a minute of the plan`, () => {
      const said = Number(slide.note.match(CHECKPOINT)![1])
      const planned = plan.slides.find(p => p.no === slide.no)!
      // A divider's checkpoint is where its part starts; any other slide's is where it ends.
      const at = slide.frontmatter.layout === 'divider' ? planned.start! : planned.end!
      expect(Math.abs(said - at), `slide ${slide.no} says ${said} min, the plan says ${at.toFixed(1)} min: update the checkpoint`).toBeLessThanOrEqual(1)
    })
  }
})
