import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDeck } from '../../lib/deck'
import { lintDeck } from '../../lib/lint'
import { ENTRY, ROOT } from '../../lib/settings'

const fixture = (name: string) => resolve(ROOT, 'tests/fixtures', name, 'slides.md')

describe('deck linter', () => {
  it('finds no problem in the real deck', async () => {
    const problems = await lintDeck(await loadDeck(ENTRY))
    expect(problems).toEqual([])
  })

  it('names file, line and slide of a citation to an unknown source, on the slide and in the notes', async () => {
    const deck = await loadDeck(fixture('unknown-citation'))
    const problems = await lintDeck(deck, { rules: ['citation-unknown'] })
    expect(problems.map(p => p.message)).toEqual([
      expect.stringMatching(/^tests\/fixtures\/unknown-citation\/slides\.md:15 \(slide 2\): the slide cites an unknown source id "no-such-source"\. Fix the id, or add the source/),
      expect.stringMatching(/^tests\/fixtures\/unknown-citation\/slides\.md:18 \(slide 2\): the notes cite an unknown source id "also-missing"/),
    ])
  })

  it('names file, line and slide of a Mermaid diagram that does not parse', async () => {
    const deck = await loadDeck(fixture('broken-mermaid'))
    const problems = await lintDeck(deck, { rules: ['mermaid-syntax'] })
    expect(problems).toHaveLength(1)
    expect(problems[0].message).toMatch(/^tests\/fixtures\/broken-mermaid\/slides\.md:15 \(slide 2\): the Mermaid diagram does not parse: Parse error/)
  })

  it('reports a registry source that nothing cites', async () => {
    const deck = await loadDeck(fixture('broken-mermaid'))
    const problems = await lintDeck(deck, {
      rules: ['source-uncited'],
      sources: [{ id: 'lonely', title: 'T', publisher: 'P', url: 'https://example.org/', date: '2020', status: 'V' }],
    })
    expect(problems.map(p => p.message)).toEqual([expect.stringContaining('the source "lonely" is cited by no slide and no note')])
  })

  it('asks for as many references slides as the cited sources need', async () => {
    const deck = await loadDeck(ENTRY)
    const refs = deck.slides.filter(s => s.content.includes('<References'))
    const trimmed = { ...deck, slides: deck.slides.filter(s => s !== refs.at(-1)) }
    const problems = await lintDeck(trimmed, { rules: ['references-pages'] })
    expect(problems.map(p => p.message)).toEqual([
      expect.stringMatching(new RegExp(`need ${refs.length} references slide\\(s\\).*but it has ${refs.length - 1}\\. Add references slides`)),
    ])
  })

  it('names a slide without notes', async () => {
    const problems = await lintDeck(await loadDeck(fixture('no-notes')), { rules: ['notes'] })
    expect(problems.map(p => p.message)).toEqual([
      expect.stringMatching(/^tests\/fixtures\/no-notes\/slides\.md:13 \(slide 2\): the slide "A slide the speaker forgot to script" has no presenter notes\. Add the spoken script/),
    ])
  })

  it('names a component that does not exist', async () => {
    const problems = await lintDeck(await loadDeck(fixture('missing-component')), { rules: ['component-missing'] })
    expect(problems.map(p => p.message)).toEqual([
      expect.stringMatching(/^tests\/fixtures\/missing-component\/slides\.md:15 \(slide 2\): <NoSuchChart> is not a component of this deck/),
    ])
  })

  it('counts click steps from v-clicks and code highlights, and flags extra [click] markers', async () => {
    const problems = await lintDeck(await loadDeck(fixture('too-many-clicks')), { rules: ['click-markers'] })
    expect(problems.map(p => p.message)).toEqual([
      expect.stringMatching(/slides\.md:\d+ \(slide 2\): the notes have 4 \[click\] step\(s\) but the slide has 3 click step\(s\)/),
    ])
  })

  it('names images without alt text, Markdown and HTML', async () => {
    const problems = await lintDeck(await loadDeck(fixture('no-alt')), { rules: ['image-alt'] })
    expect(problems.map(p => p.message)).toEqual([
      expect.stringMatching(/slides\.md:15 \(slide 2\): the image "\/favicon\.svg" has no alt text/),
      expect.stringMatching(/slides\.md:17 \(slide 2\): the image "\/favicon\.svg" has no alt text/),
    ])
  })

  it('refuses a citation of a status-U source', async () => {
    const deck = await loadDeck(fixture('unknown-citation'))
    const problems = await lintDeck(deck, {
      rules: ['source-unverified'],
      sources: [{ id: 'no-such-source', title: 'T', publisher: 'P', url: 'https://example.org/', date: '2020', status: 'U' }],
    })
    expect(problems.map(p => p.message)).toEqual([expect.stringMatching(/slides\.md:15 \(slide 2\): cites "no-such-source", a source with status U/)])
  })

  it('requires a title on every slide', async () => {
    const deck = await loadDeck(fixture('no-notes'))
    const untitled = { ...deck, slides: deck.slides.map(s => s.no === 2 ? { ...s, title: '' } : s) }
    const problems = await lintDeck(untitled, { rules: ['title'] })
    expect(problems.map(p => p.message)).toEqual([expect.stringMatching(/slides\.md:12 \(slide 2\): the slide has no title/)])
  })
})
