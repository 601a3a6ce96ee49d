// Linter rules around the talk kit: notes/qa.md citations, talk metadata, parts, dividers, headmatter.
import { describe, expect, it } from 'vitest'
import { talk } from '../../data/talk'
import { sources } from '../../data/sources'
import { loadDeck } from '../../lib/deck'
import { lintDeck, readCitingFiles } from '../../lib/lint'
import { ENTRY } from '../../lib/settings'

const deck = await loadDeck(ENTRY, talk)
const qa = readCitingFiles(['tests/fixtures/qa/qa.md'])

describe('notes/qa.md is checked like notes', () => {
  it('names file and line of an unknown source id', async () => {
    const problems = await lintDeck(deck, { rules: ['citation-unknown'], talk, citingFiles: qa })
    expect(problems.map(p => p.message)).toEqual([
      'tests/fixtures/qa/qa.md:7: cites an unknown source id "no-such-qa-source". Fix the id, or add the source to a list in data/sources/.',
    ])
  })

  it('refuses a status-U source with file and line', async () => {
    const unverified = sources.map(s => s.id === 'msrc-2019' ? { ...s, status: 'U' as const } : s)
    const problems = await lintDeck({ ...deck, slides: [] }, { rules: ['source-unverified'], talk, citingFiles: qa, sources: unverified })
    expect(problems.map(p => p.message)).toEqual([expect.stringMatching(/^tests\/fixtures\/qa\/qa\.md:4: cites "msrc-2019", a source with status U/)])
  })

  it('counts its citations as uses of a source', async () => {
    const lonely = { id: 'only-in-qa', title: 'T', publisher: 'P', url: 'https://example.org/qa', date: '2020', status: 'V' as const }
    const cited = [{ file: 'notes/qa.md', text: 'Answer [@only-in-qa].' }]
    expect(await lintDeck(deck, { rules: ['source-uncited'], talk, sources: [lonely], citingFiles: cited })).toEqual([])
    expect(await lintDeck(deck, { rules: ['source-uncited'], talk, sources: [lonely], citingFiles: [] })).toHaveLength(1)
  })
})

describe('talk metadata and parts', () => {
  it('accepts the kit\'s own metadata and deck', async () => {
    expect(await lintDeck(deck, { rules: ['talk-metadata', 'talk-parts', 'divider-part', 'headmatter-talk', 'note-rendered-citation'], talk })).toEqual([])
  })

  it('explains bad metadata field by field', async () => {
    const bad = { ...talk, wordsPerMinute: 0, date: '14.3.2031', slidesUrl: 'slides', takeaways: talk.takeaways.slice(0, 2), parts: [...talk.parts, { ...talk.parts[1], file: 'pages/nope.md' }] }
    const messages = (await lintDeck(deck, { rules: ['talk-metadata'], talk: bad })).map(p => p.message)
    expect(messages).toEqual([
      'data/talk.ts: wordsPerMinute is 0: give the speaking pace in words a minute, e.g. 130.',
      'data/talk.ts: date is "14.3.2031": write the day of the talk as YYYY-MM-DD, or leave it undefined.',
      'data/talk.ts: slidesUrl is "slides": write a full http(s) address, or leave it undefined.',
      'data/talk.ts: takeaways has 2 entries: the closing slide shows three, one each for its audience.',
      `data/talk.ts: parts[${talk.parts.length}].id "why" is used twice: give each part its own id.`,
      `data/talk.ts: parts[${talk.parts.length}].file "pages/nope.md" does not exist: name the part's page file, relative to the repository.`,
    ])
  })

  it('names a page that is in no part, and parts listed out of order', async () => {
    const missing = { ...talk, parts: talk.parts.filter(p => p.id !== 'how') }
    expect((await lintDeck(deck, { rules: ['talk-parts'], talk: missing })).map(p => p.message)).toEqual([
      expect.stringMatching(/^pages\/02-how\.md:1 \(slide \d+\): pages\/02-how\.md is in no part of data\/talk\.ts.*Add \{ id, title, file: 'pages\/02-how\.md', kind \} to talk\.parts\.$/),
    ])
    const swapped = { ...talk, parts: [talk.parts[0], talk.parts[2], talk.parts[1], ...talk.parts.slice(3)] }
    expect((await lintDeck(deck, { rules: ['talk-parts'], talk: swapped })).map(p => p.message)).toEqual([
      expect.stringMatching(/^data\/talk\.ts: talk\.parts are in another order than the deck shows them\. Deck: slides\.md, pages\/01-why\.md, pages\/02-how\.md/),
    ])
  })

  it('names a divider whose part is unknown or lives in another file', async () => {
    const divider = deck.slides.find(s => s.frontmatter.layout === 'divider')!
    const unknown = { ...deck, slides: [{ ...divider, frontmatter: { ...divider.frontmatter, part: 'nope' } }] }
    expect((await lintDeck(unknown, { rules: ['divider-part'], talk })).map(p => p.message)).toEqual([
      expect.stringMatching(new RegExp(`^${divider.file}:${divider.line} \\(slide ${divider.no}\\): the divider names an unknown part "nope"\\. Set "part:"`)),
    ])
    const elsewhere = { ...deck, slides: [{ ...divider, frontmatter: { ...divider.frontmatter, part: 'how' } }] }
    expect((await lintDeck(elsewhere, { rules: ['divider-part'], talk })).map(p => p.message)).toEqual([
      expect.stringContaining('the divider opens "how", whose slides are in pages/02-how.md'),
    ])
  })

  it('refuses headmatter fields that come from the metadata', async () => {
    const written = { ...deck, headmatter: { ...deck.headmatter, author: 'Someone', duration: '40min' } }
    expect((await lintDeck(written, { rules: ['headmatter-talk'], talk })).map(p => p.message)).toEqual([
      'slides.md:1: the headmatter sets author, duration, which come from data/talk.ts (and the planned talk) through setup/preparser.ts. Remove them from the headmatter, and edit data/talk.ts instead.',
    ])
  })

  it('names a note in which a rendered citation was saved back', async () => {
    const slide = deck.slides[2]
    const saved = { ...deck, slides: [{ ...slide, note: 'Said <a class="cite cite--note" href="x">[1]</a>.' }] }
    expect((await lintDeck(saved, { rules: ['note-rendered-citation'], talk })).map(p => p.message)).toEqual([
      expect.stringMatching(/\(slide 3\): the notes hold a rendered citation link .*Write the citation as \[@id\] again\.$/),
    ])
  })
})
