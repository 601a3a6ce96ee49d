import { describe, expect, it } from 'vitest'
import { citationNumbers } from '../../lib/citations'
import { readerParagraphs, spokenNote } from '../../lib/slide-text'

describe('notes: spoken text and reader\'s paragraphs', () => {
  const note = 'Say this.\n\n> For the reader: more\n> detail here.\n\nSay that [@a].'

  it('finds a blockquote as one reader\'s paragraph, without its marks', () => {
    expect(readerParagraphs(note)).toEqual(['For the reader: more\ndetail here.'])
  })

  it('leaves the reader\'s paragraph out of what the speaker says', () => {
    expect(spokenNote(note).replace(/\s+/g, ' ')).toBe('Say this. Say that [@a].')
  })
})

describe('citation numbers', () => {
  it('numbers sources by first use across slides and notes', () => {
    const numbers = citationNumbers([
      { content: '<Cite id="b" />', note: '[@a] [@b]' },
      { content: '', note: '[@c] [@a]' },
    ])
    expect([...numbers]).toEqual([['b', 1], ['a', 2], ['c', 3]])
  })
})
