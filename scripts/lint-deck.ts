// npm run lint:deck [-- path/to/slides.md] [--rules title,notes,...]
// Checks the deck without a browser, prints the timing table per part and the metadata fields
// still unset, and exits non-zero on any problem.
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { unsetFields } from '../data/talk'
import { loadDeck } from '../lib/deck'
import { flaggedSlides, lintDeck, RULES } from '../lib/lint'
import { ENTRY } from '../lib/settings'
import { loadTalk, talkFileLabel } from '../lib/talk-file'
import { slotWarning, talkPlan, timingTable } from '../lib/timing'
import { wordsReport } from '../lib/words'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rules: { type: 'string' } },
})

const rules = values.rules?.split(',').map(r => r.trim()).filter(Boolean)
for (const rule of rules ?? []) {
  if (!(rule in RULES)) {
    console.error(`lint:deck: unknown rule "${rule}". Known rules: ${Object.keys(RULES).join(', ')}`)
    process.exit(2)
  }
}

const entry = positionals[0] ? resolve(positionals[0]) : ENTRY
const talk = await loadTalk()
const deck = await loadDeck(entry, talk)
const problems = await lintDeck(deck, { rules, talk })

if (entry === ENTRY) {
  const plan = talkPlan(deck, talk)
  console.log(`Planned time from the spoken notes at ${talk.wordsPerMinute} words a minute (${talkFileLabel()}):\n`)
  console.log(timingTable(deck, plan))
  const warning = slotWarning(plan, talkFileLabel())
  if (warning)
    console.warn(`\nwarning [timing] ${warning}`)
  const unset = unsetFields(talk)
  if (unset.length)
    console.log(`\nnotice [talk-unset] ${talkFileLabel()}: not set yet: ${unset.join(', ')}. The deck shows the kit's own defaults or nothing there; set them to make the talk yours (README: "Make the talk yours").`)
}

console.log(`\n${wordsReport(deck)}`)
console.log(`\nSlide flags (frontmatter): ${flaggedSlides(deck).map(f => `${f.flag}: ${f.slides.length ? `slides ${f.slides.join(', ')}` : 'none'}`).join('; ')}`)

const warnings = problems.filter(p => p.severity === 'warning')
const errors = problems.filter(p => p.severity !== 'warning')
if (warnings.length > 0)
  console.warn('')
for (const p of warnings)
  console.warn(`warning [${p.rule}] ${p.message}`)

if (errors.length === 0) {
  console.log(`\nlint:deck: ${deck.slides.length} slides in ${deck.entry}, no problems${warnings.length ? ` (${warnings.length} warning(s))` : ''}.`)
}
else {
  console.error('')
  for (const p of errors)
    console.error(`error [${p.rule}] ${p.message}`)
  console.error(`\nlint:deck: ${errors.length} problem(s) in ${deck.entry}${warnings.length ? `, ${warnings.length} warning(s)` : ''}.`)
  process.exitCode = 1
}
