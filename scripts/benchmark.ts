// npm run bench: the speed and size figures of the deck, each against a plain deck of the
// same slide count that this script writes and measures in the same run (title, three
// bullets and notes a slide; default theme; no components, code or diagrams). Medians of
// --runs (3). Prints a table; asserts nothing: targets are judged by a person, not a timed test.
// Everything it starts (builds, exports, its static server, Chromium) stops with it, on
// success, on error and on Ctrl-C.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { findChromium, launchChromium } from '../lib/chromium'
import { loadDeck } from '../lib/deck'
import { interruption, onExit, runChild, stopAll } from '../lib/processes'
import { ENTRY, ROOT } from '../lib/settings'
import { serveStatic } from '../lib/static-server'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } })
const RUNS = Number(values.runs)
const scratch = mkdtempSync(join(tmpdir(), 'bench-'))
onExit(() => rmSync(scratch, { recursive: true, force: true }))
const bin = (name: string) => resolve(ROOT, 'node_modules/.bin', name)
const chromiumPath = findChromium().path

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const seconds = (s: number) => `${s.toFixed(1)} s`
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`

interface Job {
  cmd: string
  args: string[]
  /** Runs before each timed run, untimed. */
  prepare?: () => void
}

/**
 * Median wall time of each job over --runs rounds. A round runs every job once, in turn, so
 * that a change in the machine's load falls on all of them alike.
 */
async function timedRounds(jobs: Job[]): Promise<number[]> {
  const times: number[][] = jobs.map(() => [])
  for (let round = 0; round < RUNS; round++) {
    for (const [i, job] of jobs.entries()) {
      job.prepare?.()
      const start = performance.now()
      await runChild(job.cmd, job.args, { cwd: ROOT, env: { ...process.env, CI: '1' } })
      times[i].push((performance.now() - start) / 1000)
    }
  }
  return times.map(median)
}

function files(dir: string): { name: string, bytes: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(e => e.isFile())
    .map(e => ({ name: e.name, bytes: statSync(join(e.parentPath, e.name)).size }))
}

function pdfPages(pdf: string): Promise<number> {
  return runChild('pdfinfo', [pdf]).then(out => Number(out.match(/^Pages:\s+(\d+)/m)?.[1]))
}

/** A deck of `count` plain slides, in .build/ so that it sees none of this deck's setup/, styles/ or components/. */
function writePlainDeck(count: number): string {
  const dir = resolve(ROOT, '.build/bench-plain')
  mkdirSync(dir, { recursive: true })
  const slides = Array.from({ length: count }, (_, i) => `# Plain slide ${i + 1}\n\n- A first point about topic ${i + 1}\n- A second point, a little longer than the first one\n- A third point\n\n<!--\nNotes for slide ${i + 1}: a sentence or two that the speaker says here.\n-->\n`)
  writeFileSync(join(dir, 'slides.md'), `---\ntheme: default\ntitle: Plain deck\n---\n\n${slides.join('\n---\n\n')}`)
  return join(dir, 'slides.md')
}

const deck = await loadDeck(ENTRY)
const plain = writePlainDeck(deck.slides.length)
console.log(`Benchmark: ${deck.slides.length} slides, against a plain deck of as many; median of ${RUNS} runs each.`)
const rows: [string, string, string, string][] = []
try {
  const site = join(scratch, 'site')
  const plainSite = join(scratch, 'plain-site')
  const fresh = (dir: string) => () => rmSync(dir, { recursive: true, force: true })
  const [buildDeck, buildPlain] = await timedRounds([
    { cmd: bin('slidev'), args: ['build', ENTRY, '--out', site], prepare: fresh(site) },
    { cmd: bin('slidev'), args: ['build', plain, '--out', plainSite], prepare: fresh(plainSite) },
  ])
  rows.push(['build (slidev build)', seconds(buildDeck), seconds(buildPlain), ratio(buildDeck, buildPlain)])

  const stockPdf = join(scratch, 'plain-stock.pdf')
  const slidesPdf = join(scratch, 'slides.pdf')
  const handout = join(scratch, 'handout.pdf')
  const exportScript = (...args: string[]) => ({ cmd: bin('tsx'), args: ['scripts/export.ts', ...args] })
  const [stockExport, ourExport, warmExport, handoutTime] = await timedRounds([
    { cmd: bin('slidev'), args: ['export', plain, '--executable-path', chromiumPath, '--output', stockPdf] },
    // --rebuild: the deck is built each time, as for the first export of a fresh checkout.
    exportScript('--rebuild', '--output', slidesPdf),
    // The build of the same files, kept from the run before, is reused.
    exportScript('--output', slidesPdf),
    exportScript('--notes', '--rebuild', '--output', handout),
  ])
  rows.push(['slides PDF: ours, build included, vs stock slidev export of the plain deck', seconds(ourExport), seconds(stockExport), ratio(ourExport, stockExport)])
  rows.push(['slides PDF: ours, build kept from an earlier export', seconds(warmExport), seconds(stockExport), ratio(warmExport, stockExport)])
  rows.push(['handout, build included, vs stock slides export of the plain deck', seconds(handoutTime), seconds(stockExport), ratio(handoutTime, stockExport)])

  const perPage = async (pdf: string) => statSync(pdf).size / 1024 / await pdfPages(pdf)
  rows.push(['slides PDF size per page', `${(await perPage(slidesPdf)).toFixed(1)} KB`, `${(await perPage(stockPdf)).toFixed(1)} KB`, ratio(await perPage(slidesPdf), await perPage(stockPdf))])
  rows.push(['handout size per page', `${(await perPage(handout)).toFixed(1)} KB (${await pdfPages(handout)} pages)`, '', ''])

  const siteFiles = files(site)
  const siteBytes = siteFiles.reduce((n, f) => n + f.bytes, 0)
  const plainBytes = files(plainSite).reduce((n, f) => n + f.bytes, 0)
  rows.push(['built site size', mb(siteBytes), mb(plainBytes), ratio(siteBytes, plainBytes)])
  for (const f of siteFiles.sort((a, b) => b.bytes - a.bytes).slice(0, 5))
    rows.push([`  largest: ${f.name}`, `${(f.bytes / 1024).toFixed(0)} KB`, '', ''])

  // Time to the first slide and to presenter notes, in the statically served build.
  const server = await serveStatic(site)
  onExit(server.close)
  const page = await (await launchChromium()).newPage()
  const visible = async (url: string, selector: string) => {
    const times: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now()
      await page.goto(`${server.url}${url}`)
      await page.locator(selector).first().waitFor()
      times.push((performance.now() - start) / 1000)
    }
    return median(times)
  }
  rows.push(['built deck: slide 1 visible', `${(await visible('1', '.slidev-page-1 .slidev-layout h1')).toFixed(2)} s`, '', ''])
  rows.push(['built deck: presenter notes visible', `${(await visible('presenter/1', '.slidev-note')).toFixed(2)} s`, '', ''])
}
catch (error) {
  await stopAll()
  process.exit(interruption() ?? (console.error(`bench failed: ${(error as Error).message}`), 1))
}
await stopAll()

const header: [string, string, string, string] = ['figure', 'this deck', 'plain deck', 'ratio']
const widths = header.map((_, i) => Math.max(...[header, ...rows].map(r => r[i].length)))
const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`
console.log(`\nNode ${process.version}, ${process.platform}\n`)
console.log(line(header))
console.log(line(widths.map(w => '-'.repeat(w))))
for (const r of rows)
  console.log(line(r))
