// npm run export            -> exports/rust-for-linux.pdf         (one page per slide)
// npm run export -- --with-clicks -> exports/rust-for-linux-clicks.pdf (one page per click step)
// npm run export:notes      -> exports/rust-for-linux-notes.pdf   (handout: slides, notes, references)
// npm run export:png        -> exports/rust-for-linux-png/        (one PNG per slide, final step)
// Options: --output PATH  --paper a4|letter (handout)  --width 1920 (PNGs)  --entry slides.md
//          --rebuild (build the deck again, ignoring the build kept in .build/print/)
// Every output is read back and checked before it is written where asked (lib/export/).
// Exit codes: 0 written and checked; 1 failed (the message says what and where); 130/143 interrupted.
import { relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { ExportKind } from '../lib/export/exporter'
import { checkOutput, OutputError, type Paper, PAPERS } from '../lib/export/output'
import { SlideRenderError } from '../lib/export/print'
import { printSite } from '../lib/export/site'
import { interruption, stopAll } from '../lib/processes'
import { ENTRY, EXPORT_BASENAME, EXPORT_DIR } from '../lib/settings'
// The exporter (Playwright, pdf-lib: most of this script's start-up time) is loaded below,
// once the build, which everything waits for, is under way.

const started = performance.now()
const log = (line: string) => console.log(`export [${((performance.now() - started) / 1000).toFixed(1)} s]: ${line}`)

function fail(message: string): never {
  console.error(`export failed: ${message}`)
  process.exit(1)
}

let values: ReturnType<typeof parse>
function parse() {
  return parseArgs({
    options: {
      'entry': { type: 'string' },
      'output': { type: 'string' },
      'notes': { type: 'boolean', default: false },
      'png': { type: 'boolean', default: false },
      'with-clicks': { type: 'boolean', default: false },
      'paper': { type: 'string', default: 'a4' },
      'width': { type: 'string', default: '1920' },
      'rebuild': { type: 'boolean', default: false },
      'port': { type: 'string', default: '0' },
    },
  }).values
}
try {
  values = parse()
}
catch (error) {
  fail(`${(error as Error).message}\nOptions: --with-clicks, --notes, --png, --output PATH, --paper a4|letter, --width PX, --entry FILE, --rebuild`)
}

const kind: ExportKind = values.notes ? 'handout' : values.png ? 'png' : values['with-clicks'] ? 'clicks' : 'slides'
if ([values.notes, values.png, values['with-clicks']].filter(Boolean).length > 1)
  fail('choose one of --notes, --png and --with-clicks')
const paper = PAPERS.find(p => p.toLowerCase() === values.paper.toLowerCase()) as Paper | undefined
if (!paper)
  fail(`--paper ${values.paper} is not a paper size this export knows; use ${PAPERS.map(p => p.toLowerCase()).join(' or ')}`)
const pngWidth = Number(values.width)
if (!Number.isInteger(pngWidth) || pngWidth < 320 || pngWidth > 7680)
  fail(`--width ${values.width} is not a width in pixels between 320 and 7680`)
const suffix = { slides: '.pdf', clicks: '-clicks.pdf', handout: '-notes.pdf', png: '-png' }[kind]
const output = resolve(values.output ?? resolve(EXPORT_DIR, `${EXPORT_BASENAME}${suffix}`))

const entry = resolve(values.entry ?? ENTRY)
try {
  checkOutput(output, { directory: kind === 'png' })
  // Started before anything else: everything else waits for it. Errors surface where it is awaited.
  const site = printSite(entry, { rebuild: values.rebuild, log })
  site.catch(() => {})
  const { runExport } = await import('../lib/export/exporter')
  const result = await runExport({
    kind,
    entry,
    output,
    paper,
    site,
    port: Number(values.port),
    pngWidth,
    log,
  })
  await stopAll()
  const size = result.bytes > 1024 * 1024 ? `${(result.bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(result.bytes / 1024)} KB`
  const what = kind === 'png' ? `${result.pages} PNG files` : `${result.pages} pages`
  const retried = result.attempts > 1 ? ', on the second attempt' : ''
  console.log(`✓ export: wrote ${relative(process.cwd(), result.output) || result.output} (${what}, ${size}; checked${retried}) in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  process.exit(0)
}
catch (error) {
  await stopAll()
  if (interruption())
    process.exit(interruption())
  const { ChromiumNotFoundError } = await import('../lib/chromium')
  const { ExportCheckError } = await import('../lib/export/exporter')
  if (error instanceof ChromiumNotFoundError || error instanceof OutputError || error instanceof ExportCheckError)
    fail(error.message)
  if (error instanceof SlideRenderError)
    fail(`a slide did not render:\n${error.message}\nOpen that slide in \`npm run dev\` to see its error.`)
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error))
}
