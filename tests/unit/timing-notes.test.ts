import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { talk } from '../../data/talk'
import { loadDeck } from '../../lib/deck'
import { ENTRY, TIMING_NOTES } from '../../lib/settings'
import { talkPlan, timingMarkdown } from '../../lib/timing'

it('notes/timing.md is up to date with the deck and data/talk.ts', async () => {
  const expected = timingMarkdown(talkPlan(await loadDeck(ENTRY, talk), talk))
  const committed = readFileSync(TIMING_NOTES, 'utf8')
  expect(committed === expected, 'notes/timing.md is stale: the notes or data/talk.ts changed since it was written. Run `npm run notes:timing` and commit the file.').toBe(true)
})
