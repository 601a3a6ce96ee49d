// npm run notes:timing: writes notes/timing.md, the planned minutes per part and per slide with
// the talk clock at each checkpoint, from the deck's spoken notes and data/talk.ts (lib/timing.ts).
// tests/unit/timing-notes.test.ts fails when the committed file is stale.
import { writeFileSync } from 'node:fs'
import { relative } from 'node:path'
import { loadDeck } from '../lib/deck'
import { ENTRY, ROOT, TIMING_NOTES } from '../lib/settings'
import { loadTalk } from '../lib/talk-file'
import { talkPlan, timingMarkdown } from '../lib/timing'

const talk = await loadTalk()
const plan = talkPlan(await loadDeck(ENTRY, talk), talk)
writeFileSync(TIMING_NOTES, timingMarkdown(plan))
console.log(`notes:timing: wrote ${relative(ROOT, TIMING_NOTES)} (main talk ${plan.mainMinutes.toFixed(1)} min, ${plan.parts.length} parts, ${plan.slides.length} slides)`)
