import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDeck } from '../../lib/deck'
import { flaggedSlides, lintDeck, RULES } from '../../lib/lint'
import { ENTRY, ROOT } from '../../lib/settings'
import type { Source } from '../../data/sources'

const fixture = (name: string) => resolve(ROOT, 'tests/fixtures', name, 'slides.md')
const messages = async (name: string, rule: string, sources?: readonly Source[]) =>
  (await lintDeck(await loadDeck(fixture(name)), { rules: [rule], sources })).map(p => `${p.severity ?? 'error'}: ${p.message}`)

describe('deck linter', () => {
  it('finds no problem in the real deck', async () => {
    const problems = await lintDeck(await loadDeck(ENTRY))
    expect(problems.filter(p => p.severity !== 'warning').map(p => `[${p.rule}] ${p.message}`)).toEqual([])
  })

  it('accepts a clean fixture deck under every per-slide rule', async () => {
    // Rules about the real deck as a whole (every source cited; talk.parts naming its files) do not
    // apply to a one-file fixture; tests/unit/lint-talk.test.ts covers the talk rules.
    const deckWide = new Set(['source-uncited', 'talk-parts', 'headmatter-talk', 'mermaid-drawn'])
    const rules = Object.keys(RULES).filter(r => !deckWide.has(r))
    expect(await lintDeck(await loadDeck(fixture('clean')), { rules })).toEqual([])
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

  it('counts the prose words on a slide, not code, citations, tables, scripts or the kicker, and checks the median', async () => {
    expect(await messages('dense-slides', 'words-per-slide')).toEqual([
      'error: tests/fixtures/dense-slides/slides.md:15 (slide 2): "A slide that says too much" has 52 words of prose on the canvas (at most 40; code, citations, tables, chart data and the kicker are not counted). Move what the speaker says into the notes, or show it as a diagram.',
      'error: tests/fixtures/dense-slides/slides.md: the median slide has 30 words of prose on the canvas (at most 25, over the talk\'s 3 slides). Cut words on the densest slides (slide 2 (52), slide 3 (30), slide 1 (11)) and move them into the notes.',
    ])
  })

  it('asks every Mermaid diagram for accTitle and accDescr', async () => {
    expect(await messages('mermaid-no-acc', 'mermaid-accessible')).toEqual([
      'error: tests/fixtures/mermaid-no-acc/slides.md:15 (slide 2): the Mermaid diagram has no accTitle and no accDescr. Add "accTitle: <a short name>" and "accDescr: <what the diagram shows>" after its first line: screen readers and the PDF\'s text read them.',
      'error: tests/fixtures/mermaid-no-acc/slides.md:20 (slide 2): the Mermaid diagram has no accDescr. Add "accTitle: <a short name>" and "accDescr: <what the diagram shows>" after its first line: screen readers and the PDF\'s text read them.',
    ])
  })

  it('asks every highlight sequence, fence, import and last magic-move step, to end on all', async () => {
    expect(await messages('highlight-dimmed', 'highlight-final-all')).toEqual([
      'error: tests/fixtures/highlight-dimmed/slides.md:15 (slide 2): the code highlight {1|2} of ```rust {1|2} ends on "2", so the final click state, the overview and the PDF show the other lines dimmed. End the sequence with "all": {1|2|all} (one more click step).',
      'error: tests/fixtures/highlight-dimmed/slides.md:20 (slide 2): the code highlight {all|2} of <<< @/snippets/short.rs rust {all|2} ends on "2", so the final click state, the overview and the PDF show the other lines dimmed. End the sequence with "all": {all|2|all} (one more click step).',
      'error: tests/fixtures/highlight-dimmed/slides.md:40 (slide 3): the code highlight {*|1} of the last magic-move step (```rust {*|1}) ends on "1", so the final click state, the overview and the PDF show the other lines dimmed. End the sequence with "all": {*|1|all} (one more click step).',
    ])
  })

  it('refuses a code block of more than 14 lines; a #region import is counted as the region', async () => {
    expect(await messages('long-code', 'code-lines')).toEqual([
      'error: tests/fixtures/long-code/slides.md:15 (slide 2): the code block (```c) shows 15 lines (at most 14 a step). Show less: mark a #region in the snippet file and import only it (<<< @/snippets/file#name), or split the code over two steps or slides.',
      'error: tests/fixtures/long-code/slides.md:41 (slide 3): the code block (<<< @/snippets/long.rs rust) shows 20 lines (at most 14 a step). Show less: mark a #region in the snippet file and import only it (<<< @/snippets/file#name), or split the code over two steps or slides.',
    ])
  })

  it('asks present-status slides for the as-of date, and warns when their sources are old', async () => {
    const sources: Source[] = [
      { id: 'fresh-source', title: 'T', publisher: 'P', url: 'https://example.org/a', date: '2026-10-01', status: 'V' },
      { id: 'old-source', title: 'T', publisher: 'P', url: 'https://example.org/b', date: '2025-01', status: 'V' },
    ]
    expect(await messages('as-of', 'as-of', sources)).toEqual([
      'error: tests/fixtures/as-of/slides.md:12 (slide 2): "Marked as dated, but the date is not shown" has "asOf: true" but does not show the as-of date. Put <AsOf /> on the slide (e.g. after the claim it dates).',
      'error: tests/fixtures/as-of/slides.md:27 (slide 3): "Present status without the as-of date" states present status ("No subsystem requires Rust yet", matching "no subsystem ... yet") but does not carry the as-of date. Add "asOf: true" to the slide\'s frontmatter and <AsOf /> on the slide, or reword it without present-status words.',
      'warning: tests/fixtures/as-of/slides.md:34 (slide 4): "Dated, but only old sources back it" states status as of 2026-11-22 but cites nothing dated on or after 2026-05-22 (6 months before); its newest source is dated 2025-01. Re-check the claim and cite a recent source.',
    ])
  })

  it('compares minimum Rust versions and release dates on slides and in notes with data/', async () => {
    expect(await messages('facts-disagree', 'facts-agree')).toEqual([
      'error: tests/fixtures/facts-disagree/slides.md:15 (slide 2): the slide states that Linux 6.11 requires at least Rust 1.80, but data/rust-versions.ts says 1.78.0. Correct the text (or the data, with its source).',
      'error: tests/fixtures/facts-disagree/slides.md:19 (slide 2): the notes state that Linux 7.0 was released on thirteenth of April 2026, but data/kernel-releases.ts says 12 April 2026. Correct the text (or the data, with its source).',
    ])
  })

  it('accepts only the known values of the stage flags, and lists the slides that use them', async () => {
    expect(await messages('as-of', 'frontmatter-flags')).toEqual([
      'error: tests/fixtures/as-of/slides.md:59 (slide 6): "diagram: small" is not a known value. Write "diagram: inline" for a deliberately small diagram, or remove the line.',
      'error: tests/fixtures/as-of/slides.md:58 (slide 6): "asOf: yes" is not a known value. Write "asOf: true" on a slide that states present status, or remove the line.',
    ])
    expect(flaggedSlides(await loadDeck(fixture('as-of')))).toEqual([
      { flag: 'diagram: inline', slides: [] },
      { flag: 'asOf: true', slides: [2, 4, 5] },
    ])
  })
})
