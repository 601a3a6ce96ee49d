// Every export (slides, click steps, handout, PNGs) takes one path: the deck built once for
// printing (site.ts), served in-process, printed by Chromium from Slidev's print route
// (print.ts), finished by pdf-lib (pdf-finish.ts), then read back (verify.ts). A failed
// check retries once, then fails naming the pages. Nothing is written where the user asked
// until it passed.
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { Browser, Page } from 'playwright-chromium'
import { partOfFile, type Talk } from '../../data/talk'
import { loadTalk } from '../talk-file'
import { launchChromium } from '../chromium'
import { type Deck, type DeckSlide, loadDeck } from '../deck'
import { onExit, runChild } from '../processes'
import { CANVAS, ROOT } from '../settings'
import { declaredClicks } from '../slide-text'
import { serveStatic, type StaticServer } from '../static-server'
import { handoutCss, handoutDom, handoutModel, headerFooter, HANDOUT_MARGIN_MM, plainTitle, printedOpening, runningText, slideHeading } from './handout'
import { moveIntoPlace, type Paper, scratchBeside } from './output'
import { finishPdf, type OutlineEntry } from './pdf-finish'
import { describeState, injectFault, openPrintRoute, type PrintState } from './print'
import type { PrintSite } from './site'
import { type Failure, failedPages, pagesText, type PageCheck, verifyPdf, verifyPngs } from './verify'

export type ExportKind = 'slides' | 'clicks' | 'handout' | 'png'

export interface ExportRequest {
  kind: ExportKind
  entry: string
  /** A PDF file, or for PNGs a directory. */
  output: string
  paper: Paper
  /**
   * The print build of `entry` (site.ts), already under way: scripts/export.ts starts it, and
   * checks the output path, before it loads this module.
   */
  site: Promise<PrintSite>
  /** Port of the in-process static server (0: any free port). */
  port: number
  /** Width of each PNG in pixels. */
  pngWidth: number
  log: (line: string) => void
}

export interface ExportResult {
  output: string
  pages: number
  bytes: number
  attempts: number
}

/** An export whose output failed its checks twice. */
export class ExportCheckError extends Error {
  constructor(message: string, readonly pages: number[]) {
    super(message)
  }
}

/** Millimetres to CSS pixels (96 px an inch). */
const mm = (v: number) => v * 96 / 25.4
const PAPER_MM: Record<Paper, { width: number, height: number }> = { A4: { width: 210, height: 297 }, Letter: { width: 215.9, height: 279.4 } }
/** Faces every export must embed: the deck's own fonts (headmatter fonts.sans). */
const DECK_FONT_FALLBACK = 'Inter'

interface Session {
  deck: Deck
  talk: Talk
  server: StaticServer
  browser: Browser
  describeSlide: (no: number) => string
  families: string[]
  log: (line: string) => void
}

/** Names a slide for a person: slide 7 (pages/02-how.md:40, "Title"). */
export function describer(deck: Deck): (no: number) => string {
  return (no) => {
    const s = deck.slides[no - 1]
    return s ? `slide ${no} (${s.file}:${s.line}, "${plainTitle(s.title)}")` : `slide ${no}`
  }
}

async function buildSite(request: ExportRequest): Promise<StaticServer> {
  const site = await request.site
  request.log(site.built
    ? `built the deck for printing in ${site.seconds.toFixed(1)} s (${relative(ROOT, site.dir)})`
    : `reused the print build of these very files (${relative(ROOT, site.dir)})`)
  const server = await serveStatic(site.dir, { port: request.port })
  onExit(server.close)
  return server
}

async function openSession(request: ExportRequest): Promise<Session> {
  // The build runs in its own process: read the deck and start Chromium meanwhile.
  // The metadata the build reads too: data/talk.ts, or the file RFL_TALK names (tests).
  const talk = await loadTalk()
  const [deck, server, browser] = await Promise.all([
    loadDeck(request.entry, talk),
    buildSite(request),
    launchChromium(request.log),
  ])
  const fontsConfig = deck.headmatter.fonts as { sans?: string } | undefined
  const families = (fontsConfig?.sans ?? DECK_FONT_FALLBACK).split(',').map(f => f.trim()).filter(Boolean).slice(0, 1)
  return { deck, talk, server, browser, describeSlide: describer(deck), families, log: request.log }
}

async function printPage(session: Session, width: number, height: number): Promise<Page> {
  const context = await session.browser.newContext({ viewport: { width, height } })
  const page = await context.newPage()
  // tsx names functions with a __name() helper; functions sent to the page need it too.
  await page.addInitScript('globalThis.__name ??= (f) => f')
  return page
}

/** The pages of each slide (its first page) in print order. */
function firstPages(state: PrintState): Map<number, number> {
  const first = new Map<number, number>()
  state.pages.forEach((p, i) => {
    if (!first.has(p.no))
      first.set(p.no, i + 1)
  })
  return first
}

/** Outline: each part of the talk (data/talk.ts), then its slides; slides of no part at the top level. */
export function outlineByPart(slides: DeckSlide[], pageOf: (no: number) => number, talk: Talk): OutlineEntry[] {
  const entries: OutlineEntry[] = []
  let currentPart: string | undefined
  for (const slide of slides) {
    const item = { title: plainTitle(slide.title) || `Slide ${slide.no}`, page: pageOf(slide.no) }
    const part = partOfFile(slide.file, talk)
    if (!part) {
      entries.push(item)
      currentPart = undefined
      continue
    }
    const last = entries[entries.length - 1]
    if (currentPart === part.id && last?.children)
      last.children.push(item)
    else
      entries.push({ title: part.title, page: item.page, children: [item] })
    currentPart = part.id
  }
  return entries
}

interface Rendered {
  /** The finished PDF, written to a scratch file. */
  file: string
  pages: number
  failures: Failure[]
  state: PrintState
}

async function renderSlides(session: Session, clicks: boolean, attempt: number, file: string): Promise<Rendered> {
  const page = await printPage(session, 980, 552)
  try {
    const state = await openPrintRoute(page, session.server.url, { clicks, describeSlide: session.describeSlide })
    // Slidev breaks the page after every slide, the last one too: that would add a blank page.
    // Its print container is black behind the slides: a page a fraction of a pixel larger
    // than the canvas would show a dark sliver at its edge.
    await page.addStyleTag({ content: ':root { --slidev-slide-container-background: transparent; } #print-content > .print-slide-container:last-child { break-after: auto !important; }' })
    await injectFault(page, attempt)
    session.log('print route ready; printing')
    const raw = await page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true, outline: false, margin: { top: 0, right: 0, bottom: 0, left: 0 } })
    session.log('printed; checking')
    const { deck, talk } = session
    const first = firstPages(state)
    const bytes = await finishPdf(raw, { talk, outline: outlineByPart(deck.slides, no => first.get(no) ?? 1, talk) })
    writeFileSync(file, bytes)
    const expectedPages = clicks ? deck.slides.reduce((n, s) => n + declaredClicks(s) + 1, 0) : deck.slides.length
    const checks: PageCheck[] = state.pages.map((p, i) => ({
      page: i + 1,
      texts: [plainTitle(deck.slides[p.no - 1]?.title ?? '')].filter(Boolean),
      label: `${session.describeSlide(p.no)}${clicks ? `, click ${p.step}` : ''}`,
    }))
    const failures = verifyPdf(file, { pages: expectedPages, checks, families: session.families })
    if (clicks && state.pages.length !== expectedPages)
      failures.push({ message: clickMismatch(session, state) })
    return { file, pages: state.pages.length, failures, state }
  }
  finally {
    await page.context().close()
  }
}

function clickMismatch(session: Session, state: PrintState): string {
  const counted = new Map<number, number>()
  for (const p of state.pages)
    counted.set(p.no, (counted.get(p.no) ?? 0) + 1)
  const differ = session.deck.slides.filter(s => (counted.get(s.no) ?? 0) !== declaredClicks(s) + 1)
    .map(s => `${session.describeSlide(s.no)}: ${counted.get(s.no) ?? 0} steps printed, ${declaredClicks(s) + 1} declared`)
  return `click steps differ from the slides' Markdown: ${differ.join('; ')}`
}

async function renderHandout(session: Session, paper: Paper, attempt: number, file: string): Promise<Rendered> {
  const size = PAPER_MM[paper]
  const contentWidth = Math.floor(mm(size.width - 2 * HANDOUT_MARGIN_MM.side))
  const page = await printPage(session, contentWidth, 1000)
  try {
    const { deck, talk } = session
    const state = await openPrintRoute(page, session.server.url, { clicks: false, describeSlide: session.describeSlide })
    const model = handoutModel(deck, talk)
    await page.evaluate(handoutDom, { model, css: handoutCss(paper, contentWidth, 980) })
    await injectFault(page, attempt, '#handout section.slide')
    session.log('handout laid out; printing')
    const raw = await page.pdf({
      format: paper,
      printBackground: true,
      preferCSSPageSize: false,
      tagged: true,
      outline: false,
      displayHeaderFooter: true,
      ...headerFooter(talk),
      margin: { top: `${HANDOUT_MARGIN_MM.top}mm`, bottom: `${HANDOUT_MARGIN_MM.bottom}mm`, left: `${HANDOUT_MARGIN_MM.side}mm`, right: `${HANDOUT_MARGIN_MM.side}mm` },
    })
    // Where each slide landed: found in the text, in order, to build the outline and the checks.
    writeFileSync(file, raw)
    const texts = pagesText(file).map(t => stripRunning(t, talk))
    const failures: Failure[] = []
    const slides = model.parts.flatMap(p => p.slides)
    const pageOf = new Map<number, number>()
    let from = 0
    for (const slide of slides) {
      const at = texts.findIndex((t, i) => i >= from && t.includes(slideHeading(slide)))
      if (at < 0) {
        failures.push({ message: `${session.describeSlide(slide.no)}: its page is not in the handout ("${slideHeading(slide)}" not found after page ${from})` })
        continue
      }
      pageOf.set(slide.no, at + 1)
      from = at + 1
    }
    const refsPage = texts.findIndex((t, i) => i >= from && t.startsWith('References')) + 1
    const outline = [...outlineByPart(deck.slides, no => pageOf.get(no) ?? 1, talk), ...(refsPage > 0 ? [{ title: 'All references, numbered', page: refsPage }] : [])]
    writeFileSync(file, await finishPdf(raw, { talk, titleSuffix: 'handout', outline }))
    const checks: PageCheck[] = slides.filter(s => pageOf.has(s.no)).map(s => ({
      page: pageOf.get(s.no)!,
      texts: [slideHeading(s), printedOpening(s.notesHtml, 5)].filter(Boolean),
      label: `${session.describeSlide(s.no)} with its notes`,
    }))
    const pages = texts.length
    failures.push(...verifyPdf(file, {
      // A page at least for the front, each slide and the references; long notes may take more.
      pages: 1 + slides.length + 1,
      atLeast: true,
      checks,
      families: session.families,
      ignore: runningText(talk),
      forbidden: [[/\[@[^\]\s]+\]/, 'a raw citation key'], [/\[click(:\d+)?\]/, 'a raw [click] marker'], [/\uFFFD/, 'a broken character (U+FFFD)']],
    }))
    if (refsPage === 0)
      failures.push({ message: 'the references section is missing' })
    return { file, pages, failures, state }
  }
  finally {
    await page.context().close()
  }
}

function stripRunning(text: string, talk: Talk): string {
  return runningText(talk).reduce((t, re) => t.replace(re, ' '), text).replace(/\s+/g, ' ').trim()
}

/** Renders and checks; on failure once more; then throws, naming the pages. */
async function withRetry(kind: string, log: (l: string) => void, render: (attempt: number) => Promise<Rendered>): Promise<Rendered & { attempts: number }> {
  let last: Rendered | undefined
  for (let attempt = 1; attempt <= 2; attempt++) {
    const result = await render(attempt)
    log(`print page held: ${describeState(result.state)}`)
    if (result.failures.length === 0)
      return { ...result, attempts: attempt }
    last = result
    log(`the ${kind} failed its checks (attempt ${attempt} of 2):\n  ${result.failures.map(f => f.message).join('\n  ')}`)
  }
  const pages = failedPages(last!.failures)
  const where = pages.length > 0 ? `page${pages.length > 1 ? 's' : ''} ${pages.join(', ')}` : 'the document'
  throw new ExportCheckError(`the ${kind} failed its checks twice, at ${where}:\n  ${last!.failures.map(f => f.message).join('\n  ')}`, pages)
}

export async function runExport(request: ExportRequest): Promise<ExportResult> {
  const isPng = request.kind === 'png'
  const session = await openSession(request)
  const scratch = scratchBeside(request.output)
  const label = { slides: 'slides PDF', clicks: 'click-steps PDF', handout: 'handout', png: 'PNG set' }[request.kind]

  if (request.kind === 'handout') {
    const result = await withRetry(label, request.log, attempt => renderHandout(session, request.paper, attempt, scratch))
    moveIntoPlace(scratch, request.output)
    return { output: request.output, pages: result.pages, bytes: statSync(request.output).size, attempts: result.attempts }
  }

  const pdf = isPng ? `${scratch}.pdf` : scratch
  if (isPng)
    onExit(() => rmSync(pdf, { force: true }))
  const result = await withRetry(label, request.log, async (attempt) => {
    const rendered = await renderSlides(session, request.kind === 'clicks', attempt, pdf)
    if (!isPng || rendered.failures.length > 0)
      return rendered
    // PNGs are the checked PDF's pages, rasterised: what they show passed the same checks.
    rmSync(scratch, { recursive: true, force: true })
    mkdirSync(scratch)
    // The canvas's aspect, rounded down: the page is a fraction of a pixel larger than the canvas.
    const width = request.pngWidth
    const height = Math.floor(width * CANVAS.height / CANVAS.width)
    // Two halves at once: rasterising is the slow part, and poppler uses one core.
    const half = Math.ceil(rendered.pages / 2)
    await Promise.all([[1, half], [half + 1, rendered.pages]].filter(([f, l]) => f <= l).map(([f, l]) =>
      runChild('pdftocairo', ['-png', '-f', String(f), '-l', String(l), '-scale-to-x', String(width), '-scale-to-y', '-1', '-W', String(width), '-H', String(height), pdf, join(scratch, 'slide')])))
    const files = readdirSync(scratch).filter(f => f.endsWith('.png')).sort().map(f => join(scratch, f))
    const failures = verifyPngs(files, { count: session.deck.slides.length, width: request.pngWidth, labels: session.deck.slides.map(s => session.describeSlide(s.no)) })
    return { ...rendered, failures }
  })
  moveIntoPlace(scratch, request.output)
  const bytes = isPng
    ? readdirSync(request.output).reduce((n, f) => n + statSync(join(request.output, f)).size, 0)
    : statSync(request.output).size
  return { output: request.output, pages: result.pages, bytes, attempts: result.attempts }
}
