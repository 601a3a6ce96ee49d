// setup/preparser.ts as Slidev's CLI runs it: the headmatter from the talk metadata, divider
// titles, and numbered citation links in the notes.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseSync } from '@slidev/parser'
import preparser from '../../setup/preparser'
import { authorLine, talk } from '../../data/talk'
import { citationNumbers } from '../../lib/citations'
import { AS_WRITTEN, loadDeck } from '../../lib/deck'
import { ENTRY } from '../../lib/settings'
import { talkPlan } from '../../lib/timing'

const headmatter = parseSync(readFileSync(ENTRY, 'utf8'), ENTRY).slides[0].frontmatter as Record<string, unknown>
const [extension] = await preparser({ filepath: ENTRY, headmatter, mode: 'build' })

describe('setup/preparser.ts', () => {
  it('fills Slidev\'s headmatter from the talk metadata and the planned talk', async () => {
    const frontmatter = structuredClone(headmatter)
    await extension.transformSlide!('', frontmatter)
    const deck = await loadDeck(ENTRY, talk)
    expect(frontmatter).toMatchObject({
      title: talk.title,
      author: authorLine(talk),
      info: talk.subtitle,
      keywords: talk.keywords.join(','),
      duration: `${Math.ceil(talkPlan(deck, talk).mainMinutes)}min`,
    })
  })

  it('leaves other slides\' frontmatter alone, but titles a divider after its part', async () => {
    const plain = { layout: 'default' }
    await extension.transformSlide!('', plain)
    expect(plain).toEqual({ layout: 'default' })
    const divider: Record<string, unknown> = { layout: 'divider', part: 'how' }
    await extension.transformSlide!('', divider)
    expect(divider.title).toBe('How does it work?')
  })

  it('turns [@id] in the notes into the number the deck gives the source', async () => {
    const numbers = citationNumbers((await loadDeck(ENTRY, talk)).slides)
    const note = await extension.transformNote!('As measured [@android-2022].', {})
    expect(note).toContain(`>[${numbers.get('android-2022')}]</a>`)
    expect(note).not.toContain('[@')
  })

  it('does nothing when the deck is read as written (lib/deck.ts), so it cannot call itself', async () => {
    expect(await preparser({ filepath: ENTRY, headmatter, mode: AS_WRITTEN })).toEqual([])
  })
})
