// npm run diagrams: draws every ```mermaid diagram of the deck in Chromium, exactly as the deck
// draws it live (same Mermaid, set-up and fonts), and writes the SVGs to diagrams/ (one file
// per diagram, named by its key: lib/diagram-key.ts); drawings no diagram uses are removed.
// Run it after adding or changing a diagram, or setup/mermaid.ts; `npm run lint:deck` says when.
//   --check   write nothing; exit 1 if diagrams/ differs from what Mermaid draws now
// Exit codes: 0 done (or up to date); 1 failed or out of date; 130/143 interrupted.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { launchChromium } from '../lib/chromium'
import { type Deck, loadDeck } from '../lib/deck'
import { deckDiagrams, DIAGRAMS_DIR, DIAGRAMS_ENV, drawingFile, drawingPlan, drawnKeys } from '../lib/diagram-drawings'
import type { LiveDrawings } from '../lib/mermaid-live'
import { describer } from '../lib/export/exporter'
import { openPrintRoute } from '../lib/export/print'
import { printSite } from '../lib/export/site'
import { interruption, onExit, stopAll } from '../lib/processes'
import { ENTRY, ROOT } from '../lib/settings'
import { serveStatic } from '../lib/static-server'

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } })
const log = (line: string) => console.log(`diagrams: ${line}`)

async function drawAll(deck: Deck): Promise<LiveDrawings> {
  const site = await printSite(ENTRY, { log, env: { [DIAGRAMS_ENV]: 'live' } })
  const server = await serveStatic(site.dir)
  onExit(server.close)
  const page = await (await launchChromium()).newPage()
  await page.addInitScript('globalThis.__name ??= (f) => f')
  // The print route mounts every slide, so every diagram is drawn once.
  await openPrintRoute(page, server.url, { clicks: false, describeSlide: describer(deck) })
  return page.evaluate(() => window.__rflDiagrams ?? {})
}

try {
  const deck = await loadDeck(ENTRY)
  const diagrams = deckDiagrams(deck)
  const drawn = await drawAll(deck)
  const notDrawn = diagrams.filter(d => drawn[d.key] === undefined)
  if (notDrawn.length > 0)
    throw new Error(`the page drew no diagram under the key Node computed for ${notDrawn.map(d => d.where).join(', ')}: lib/diagram-drawings.ts and setup/mermaid-renderer.ts disagree on the options`)
  const { unused } = drawingPlan(diagrams, drawnKeys())
  const file = (key: string) => join(DIAGRAMS_DIR, drawingFile(key))
  const changed = diagrams.filter(d => !existsSync(file(d.key)) || readFileSync(file(d.key), 'utf8') !== drawn[d.key])
  if (values.check) {
    for (const d of changed)
      console.error(`diagrams: ${d.where}: ${existsSync(file(d.key)) ? 'drawing differs from' : 'no drawing in'} ${relative(ROOT, file(d.key))}`)
    for (const f of unused)
      console.error(`diagrams: ${relative(ROOT, join(DIAGRAMS_DIR, f))} is the drawing of no diagram`)
    if (changed.length + unused.length > 0) {
      console.error('diagrams: out of date; run `npm run diagrams` and commit diagrams/')
      await stopAll()
      process.exit(1)
    }
    log(`all ${diagrams.length} drawings match what Mermaid draws now`)
  }
  else {
    mkdirSync(DIAGRAMS_DIR, { recursive: true })
    for (const d of changed)
      writeFileSync(file(d.key), drawn[d.key])
    for (const f of unused)
      rmSync(join(DIAGRAMS_DIR, f))
    log(`${diagrams.length} diagrams: ${changed.length} drawn anew, ${unused.length} unused drawing(s) removed (${relative(ROOT, DIAGRAMS_DIR)}/)`)
  }
  await stopAll()
  process.exit(0)
}
catch (error) {
  await stopAll()
  process.exit(interruption() ?? (console.error(`diagrams failed: ${(error as Error).message}`), 1))
}
