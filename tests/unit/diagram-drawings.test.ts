import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDeck } from '../../lib/deck'
import { diagramKey } from '../../lib/diagram-key'
import { deckDiagrams, DIAGRAMS_DIR, drawingPlan, drawnKeys, fenceOptions, rendererOptions } from '../../lib/diagram-drawings'
import { lintDeck } from '../../lib/lint'
import { ENTRY } from '../../lib/settings'

describe('diagram keys', () => {
  it('are 14 hex digits, the same for the same diagram, options in any order', () => {
    const key = diagramKey('stamp', 'flowchart LR\n  A --> B', { a: 1, b: 'x' })
    expect(key).toMatch(/^[0-9a-f]{14}$/)
    expect(diagramKey('stamp', '\nflowchart LR\n  A --> B\n\n', { b: 'x', a: 1, theme: undefined })).toBe(key)
  })

  it('change with the stamp, the text and the options', () => {
    const key = diagramKey('stamp', 'flowchart LR\n  A --> B')
    expect(diagramKey('other stamp', 'flowchart LR\n  A --> B')).not.toBe(key)
    expect(diagramKey('stamp', 'flowchart LR\n  A --> C')).not.toBe(key)
    expect(diagramKey('stamp', 'flowchart LR\n  A --> B', { theme: 'dark' })).not.toBe(key)
  })
})

describe('fence options', () => {
  it('are read as Slidev binds them, and only non-props reach the renderer', () => {
    expect(fenceOptions('mermaid')).toEqual({})
    expect(fenceOptions('mermaid {scale: 0.9}')).toEqual({ scale: 0.9 })
    expect(rendererOptions({ scale: 0.9 })).toEqual({ theme: undefined })
    expect(rendererOptions({ scale: 0.9, theme: 'neutral', look: 'classic' })).toEqual({ theme: 'neutral', look: 'classic' })
  })

  it('that are not an object literal are an error that quotes them', () => {
    expect(() => fenceOptions('mermaid {scale: }')).toThrow(/\{scale: \} are not a JavaScript object literal/)
  })
})

describe('the deck\'s drawings', () => {
  it('cover every diagram of the deck, with none left over', async () => {
    const diagrams = deckDiagrams(await loadDeck(ENTRY))
    expect(diagrams.length).toBeGreaterThan(0)
    expect(drawingPlan(diagrams, drawnKeys())).toEqual({ missing: [], unused: [] })
  })

  it('make the linter name a diagram without a drawing, and a drawing without a diagram', async () => {
    const deck = await loadDeck(ENTRY)
    const dir = mkdtempSync(join(tmpdir(), 'drawings-'))
    try {
      cpSync(DIAGRAMS_DIR, dir, { recursive: true })
      const [first] = deckDiagrams(deck)
      rmSync(join(dir, `${first.key}.svg`))
      writeFileSync(join(dir, '00000000000000.svg'), '<svg/>')
      expect(readdirSync(dir).length).toBeGreaterThan(1)
      const problems = await lintDeck(deck, { rules: ['mermaid-drawn'], diagramsDir: dir })
      expect(problems.map(p => p.message)).toEqual([
        expect.stringContaining(`${first.where}: this Mermaid diagram has no drawing in`),
        expect.stringMatching(/00000000000000\.svg is the drawing of no diagram in the deck\. Run `npm run diagrams` to remove it\.$/),
      ])
    }
    finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
