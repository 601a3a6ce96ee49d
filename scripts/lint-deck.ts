// npm run lint:deck [-- path/to/slides.md] [--rules title,notes,...]
// Checks the deck without a browser, prints the timing table per part, and exits non-zero on any problem.
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { loadDeck } from '../lib/deck'
import { flaggedSlides, lintDeck, RULES } from '../lib/lint'
import { ENTRY } from '../lib/settings'
import { durationWarning, SPEAKING_WPM, timingByPart, timingTable } from '../lib/timing'
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
const deck = await loadDeck(entry)
const problems = await lintDeck(deck, { rules })

const timing = timingByPart(deck)
console.log(`Speaking time from the notes at ${SPEAKING_WPM} words a minute:\n`)
console.log(timingTable(timing))
console.log(`\n${wordsReport(deck)}`)
console.log(`\nSlide flags (frontmatter): ${flaggedSlides(deck).map(f => `${f.flag}: ${f.slides.length ? `slides ${f.slides.join(', ')}` : 'none'}`).join('; ')}`)
const warning = durationWarning(deck, timing)
if (warning)
  console.warn(`\nwarning [duration] ${warning}`)

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
