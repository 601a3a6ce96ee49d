import { describe, expect, it } from 'vitest'
import type { Talk } from '../../data/talk'
import { talk } from '../../data/talk'
import type { Deck, DeckSlide } from '../../lib/deck'
import { clock, describeBehind, paceAt } from '../../lib/pace'
import { slotWarning, talkPlan, timingTable } from '../../lib/timing'

const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ')
function slide(no: number, file: string, noteWords: number): DeckSlide {
  return { no, title: `Slide ${no}`, file, line: 1, raw: '', content: `# Slide ${no}`, note: words(noteWords), frontmatter: {} }
}
// 100 words a minute: part a = 2 + 1 min, part b = 3 min, backup = 1 min.
const deck: Deck = { entry: 'slides.md', headmatter: {}, slides: [slide(1, 'a.md', 200), slide(2, 'a.md', 100), slide(3, 'b.md', 300), slide(4, 'x.md', 100)] }
const t: Talk = {
  ...talk,
  wordsPerMinute: 100,
  slotMinutes: 15,
  questionMinutes: { min: 8, max: 10 },
  parts: [
    { id: 'a', title: 'A', file: 'a.md', kind: 'main' },
    { id: 'b', title: 'B', file: 'b.md', kind: 'main' },
    { id: 'x', title: 'X', file: 'x.md', kind: 'backup' },
  ],
}

describe('the plan', () => {
  const plan = talkPlan(deck, t)

  it('plans each part from its spoken notes and puts main parts on the talk clock', () => {
    expect(plan.parts.map(p => [p.id, p.number, p.minutes, p.start, p.end])).toEqual([
      ['a', 1, 3, 0, 3],
      ['b', 2, 3, 3, 6],
      ['x', undefined, 1, undefined, undefined],
    ])
    expect(plan.slides.map(s => [s.no, s.start, s.end])).toEqual([[1, 0, 2], [2, 2, 3], [3, 3, 6], [4, undefined, undefined]])
    expect([plan.mainMinutes, plan.otherMinutes]).toEqual([6, 1])
  })

  it('spreads a part\'s minutes override over its slides by their words', () => {
    const set = talkPlan(deck, { ...t, parts: [{ ...t.parts[0], minutes: 6 }, t.parts[1], t.parts[2]] })
    expect(set.slides.slice(0, 3).map(s => [s.minutes, s.end])).toEqual([[4, 4], [2, 6], [3, 9]])
    expect(set.parts[0].estimate).toBe(3)
  })

  it('leaves reader\'s paragraphs out of the spoken time', () => {
    const withReader = { ...deck, slides: [{ ...deck.slides[0], note: `${words(200)}\n\n> ${words(500)}` }, ...deck.slides.slice(1)] }
    expect(talkPlan(withReader, t).slides[0].minutes).toBe(2)
  })

  it('shows main talk and backup separately in the linter\'s table', () => {
    const table = timingTable(deck, plan)
    expect(table).toMatch(/^main talk\s+3\s+600\s+6\.0$/m)
    expect(table).toMatch(/^backup and appendix\s+1\s+100\s+1\.0$/m)
    expect(table).toMatch(/^B\s+main\s+b\.md\s+1\s+2\s+300\s+3\.0\s+6:00$/m)
  })

  it('warns unless the main talk leaves the planned minutes for questions', () => {
    expect(slotWarning(plan)).toBeUndefined() // 15 - 6 = 9
    expect(slotWarning({ ...plan, slotMinutes: 10 })).toBe('data/talk.ts: the main talk plans 6.0 min at 100 words a minute, which leaves 4.0 min of the 10-min slot for questions; aim for 8-10 min. Cut the spoken notes, move slides to a backup part, or change slotMinutes.')
  })
})

describe('pacing against the plan', () => {
  const plan = talkPlan(deck, t)

  it('is on plan inside the slide\'s window, ahead before it, behind after it', () => {
    expect(paceAt(plan, 2, 2.5).behind).toBe(0)
    expect(paceAt(plan, 2, 1.25).behind).toBe(-0.75)
    expect(paceAt(plan, 2, 4).behind).toBe(1)
    expect(paceAt(plan, 4, 10).behind).toBeUndefined()
    expect(paceAt(plan, 3, 0).part?.title).toBe('B')
  })

  it('reads as a clock', () => {
    expect(describeBehind(1)).toBe('1:00 behind')
    expect(describeBehind(-0.75)).toBe('0:45 ahead')
    expect(describeBehind(0.001)).toBe('on plan')
    expect(clock(62.5)).toBe('1:02:30')
  })
})
