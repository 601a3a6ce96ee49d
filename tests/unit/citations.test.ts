import { describe, expect, it } from 'vitest'
import { citedIdsInOrder, lineOf, noteCitations, slideCitations } from '../../lib/citations'

describe('citation syntax', () => {
  it('finds <Cite id> on slides, with either quote style and extra attributes', () => {
    const text = 'a <Cite id="one" /> b <Cite class="x" id=\'two\'/> c <Citation id="not-this" />'
    expect(slideCitations(text).map(u => u.id)).toEqual(['one', 'two'])
  })

  it('finds [@id] in notes and ignores ordinary brackets', () => {
    expect(noteCitations('as shown [@msrc-2019], see [this] and [@ spaced]').map(u => u.id)).toEqual(['msrc-2019'])
  })

  it('lists cited ids once, in order of first use across slides and notes', () => {
    const ids = citedIdsInOrder([
      { content: '<Cite id="b" />', note: '[@a] [@b]' },
      { content: '<Cite id="a" /> <Cite id="c" />' },
    ])
    expect(ids).toEqual(['b', 'a', 'c'])
  })

  it('computes 1-based line numbers', () => {
    expect(lineOf('x\ny\nz', 0)).toBe(1)
    expect(lineOf('x\ny\nz', 4)).toBe(3)
  })
})
