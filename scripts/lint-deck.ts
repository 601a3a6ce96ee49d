// npm run lint:deck [-- path/to/slides.md] [--rules citation-unknown,mermaid-syntax]
// Checks the deck without a browser and exits non-zero on any problem.
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { loadDeck } from '../lib/deck'
import { lintDeck, RULES } from '../lib/lint'
import { ENTRY } from '../lib/settings'

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

if (problems.length === 0) {
  console.log(`lint:deck: ${deck.slides.length} slides in ${deck.entry}, no problems.`)
}
else {
  for (const p of problems)
    console.error(`error [${p.rule}] ${p.message}`)
  console.error(`\nlint:deck: ${problems.length} problem(s) in ${deck.entry}.`)
  process.exitCode = 1
}
