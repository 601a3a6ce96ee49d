import { describe, expect, it } from 'vitest'
import { codeBlocks, highlightRanges, showsAll } from '../../lib/code-blocks'
import type { DeckSlide } from '../../lib/deck'
import { canvasText, slideWords } from '../../lib/slide-text'
import { median } from '../../lib/words'

function slide(content: string): DeckSlide {
  return { no: 1, title: 'T', file: 'slides.md', line: 1, raw: content, content, note: '', frontmatter: {} }
}

describe('canvas text', () => {
  it('keeps the title and prose, and drops what is not prose', () => {
    const s = slide([
      '<div class="part">Kicker words</div>',
      '',
      '# Three title words',
      '',
      'One **two** [three](https://example.org/four) <Cite id="x" /> `five` <code>six</code> {{ seven }}',
      '',
      '<BarChart title="Props do not count" :data="rows.filter(r => r.value > 1)" />',
      '',
      '```mermaid',
      'flowchart LR',
      '  A["Diagram label"] --> B',
      '```',
      '',
      '| table | words |',
      '|---|---|',
      '',
      '<table><tr><td>html table</td></tr></table>',
      '',
      '![alt text is not on the canvas](/a.png)',
      '',
      '<!-- a comment -->',
      '<style>.x { color: red }</style>',
      '<p class="caption">Untrusted&lt;T&gt;</p>',
    ].join('\n'))
    expect(canvasText(s).replace(/\s+/g, ' ').trim()).toBe('# Three title words One **two** three Untrusted<T>')
    expect(slideWords(s)).toBe(8) // Untrusted<T> reads as two words
    expect(canvasText(s, { tables: true })).toContain('html table')
  })

  it('counts a references slide as no words', () => {
    expect(slideWords(slide('# References (1/2)\n\n<References :page="1" />\n\nA few words here'))).toBe(0)
  })

  it('takes the median of an even count as the mean of the middle two', () => {
    expect(median([10, 40, 20, 30])).toBe(25)
    expect(median([3])).toBe(3)
    expect(median([])).toBe(0)
  })
})

describe('code blocks', () => {
  it('reads highlight steps as Slidev does, options apart', () => {
    expect(highlightRanges('rust {all|1-3|8}')).toEqual(['all', '1-3', '8'])
    expect(highlightRanges('rust {*|2} {lines: true}')).toEqual(['*', '2'])
    expect(highlightRanges('mermaid {scale: 0.9}')).toEqual([])
    expect(['all', '*', ''].every(showsAll)).toBe(true)
    expect(showsAll('1-3')).toBe(false)
  })

  it('lists fences with their lines, but not diagrams', () => {
    const blocks = codeBlocks(slide('# T\n\n```rust {1|all}\nlet a = 1;\nlet b = 2;\n\n```\n\n```mermaid\nflowchart LR\n```\n'))
    expect(blocks).toEqual([{ line: 3, label: '```rust {1|all}', ranges: ['1', 'all'], lines: 2 }])
  })
})
