// npm run contact-sheet [-- --url http://localhost:3030/ | --dir dist] [--out docs/contact-sheet]
// Renders every slide's final click state at 1280x720 in Chromium and lays the shots out as
// contact sheets: one image per part of the talk (talk.parts in data/talk.ts) and one for the
// whole deck, each slide labelled with its number and title. Without --url or --dir it builds
// the deck first. The sheets are composed as an HTML grid screenshot by the same Chromium, so
// no image library is needed. Every server and browser it starts is stopped on success, on
// error and on Ctrl-C.
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Page } from 'playwright-chromium'
import { talk } from '../data/talk'
import { launchChromium } from '../lib/chromium'
import { ChildError, interruption, onExit, runChild, stopAll } from '../lib/processes'
import { loadDeck, type DeckSlide } from '../lib/deck'
import { ENTRY, ROOT } from '../lib/settings'
import { openStep } from '../lib/slide-page'
import { serveStatic } from '../lib/static-server'

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    dir: { type: 'string' },
    out: { type: 'string', default: 'docs/contact-sheet' },
  },
})

/** Shots are taken at the size a laptop presents at; sheets scale them down. */
const SHOT = { width: 1280, height: 720 }
/** Thumbnail width and columns: the whole deck small enough for a README, a part large enough to read. */
const DECK_SHEET = { thumb: 320, columns: 6 }
const PART_SHEET = { thumb: 560, columns: 3 }
const BUILD_DIR = resolve(ROOT, '.build/contact-sheet-site')
/** Slidev clamps a larger click number to the slide's last step: its final state. */
const FINAL = 999

async function build(): Promise<void> {
  console.log(`Building the deck into ${relative(ROOT, BUILD_DIR)} ...`)
  try {
    await runChild(resolve(ROOT, 'node_modules/.bin/slidev'), ['build', '--out', BUILD_DIR], { cwd: ROOT })
  }
  catch (error) {
    throw error instanceof ChildError ? new Error(`slidev build exited with ${error.code}:\n${error.output.slice(-3000)}`) : error
  }
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

interface Shot {
  slide: DeckSlide
  png: string
}

interface Section {
  heading: string
  shots: Shot[]
}

function sheetHtml(title: string, sections: Section[], layout: { thumb: number, columns: number }): string {
  const height = Math.round(layout.thumb * SHOT.height / SHOT.width)
  const figures = (shots: Shot[]) => shots.map(s => `
    <figure><img src="data:image/png;base64,${s.png}" width="${layout.thumb}" height="${height}" alt="">
      <figcaption><b>${s.slide.no}</b> ${escapeHtml(s.slide.title.replace(/`/g, ''))}</figcaption></figure>`).join('')
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body { margin: 0; padding: 20px 24px 24px; background: #f3f4f6; color: #1f2937; font: 15px/1.3 sans-serif; width: max-content; }
    h1 { font-size: 22px; margin: 0 0 12px; }
    h2 { font-size: 17px; margin: 18px 0 8px; color: #b7410e; }
    .grid { display: grid; grid-template-columns: repeat(${layout.columns}, ${layout.thumb}px); gap: 14px 16px; }
    figure { margin: 0; }
    img { display: block; box-shadow: 0 0 0 1px #d1d5db; background: #fff; }
    figcaption { margin-top: 5px; width: ${layout.thumb}px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    figcaption b { color: #b7410e; margin-right: 4px; }
  </style></head><body><h1>${escapeHtml(title)}</h1>${sections.map(s => `${s.heading ? `<h2>${escapeHtml(s.heading)}</h2>` : ''}<div class="grid">${figures(s.shots)}</div>`).join('')}</body></html>`
}

async function renderSheet(page: Page, html: string, file: string): Promise<void> {
  await page.setViewportSize({ width: 800, height: 100 })
  await page.setContent(html, { waitUntil: 'load' })
  const width = await page.evaluate(() => document.body.scrollWidth)
  await page.setViewportSize({ width, height: 100 })
  await page.screenshot({ path: file, fullPage: true, type: 'png' })
  const { size } = statSync(file)
  console.log(`  ${relative(ROOT, file)}  ${(size / 1024).toFixed(0)} KB`)
}

async function main(): Promise<void> {
  const deck = await loadDeck(ENTRY)
  let url = values.url
  if (!url) {
    const dir = values.dir ? resolve(values.dir) : BUILD_DIR
    if (!values.dir)
      await build()
    const site = await serveStatic(dir)
    onExit(site.close)
    url = site.url
  }
  const base = url.endsWith('/') ? url : `${url}/`

  const browser = await launchChromium()
  const context = await browser.newContext({ viewport: SHOT, baseURL: base, deviceScaleFactor: 1 })
  const page = await context.newPage()

  console.log(`Rendering ${deck.slides.length} slides from ${base} at ${SHOT.width}x${SHOT.height}, final click state ...`)
  const shots: Shot[] = []
  for (const slide of deck.slides) {
    await openStep(page, { no: slide.no, clicks: FINAL })
    shots.push({ slide, png: (await page.screenshot({ type: 'png' })).toString('base64') })
  }

  // A slide belongs to the part whose file it is written in (data/talk.ts).
  const parts = talk.parts.map((part, i) => ({ part, index: i + 1, shots: shots.filter(s => s.slide.file === part.file) }))
  const orphans = shots.filter(s => !talk.parts.some(p => p.file === s.slide.file))
  for (const p of parts.filter(p => p.shots.length === 0))
    console.warn(`contact-sheet: part "${p.part.title}" (${p.part.file}) has no slides in ${deck.entry}.`)
  if (orphans.length > 0)
    console.warn(`contact-sheet: slides ${orphans.map(s => s.slide.no).join(', ')} are in files no part of data/talk.ts names; they appear under "Other".`)
  const span = (s: Shot[]) => s.length === 1 ? `slide ${s[0].slide.no}` : `slides ${s[0].slide.no}–${s.at(-1)!.slide.no}`
  const sections: (Section & { file: string })[] = [
    ...parts.filter(p => p.shots.length > 0).map(p => ({
      heading: `${p.index}. ${p.part.title} · ${span(p.shots)}${p.part.kind === 'main' ? '' : ` · ${p.part.kind}`}`,
      shots: p.shots,
      file: `part-${String(p.index).padStart(2, '0')}-${p.part.id}.png`,
    })),
    ...(orphans.length > 0 ? [{ heading: `Other · ${span(orphans)}`, shots: orphans, file: 'part-other.png' }] : []),
  ]

  const out = resolve(values.out)
  mkdirSync(out, { recursive: true })
  for (const old of readdirSync(out).filter(f => /^(?:part-.*|deck)\.png$/.test(f)))
    rmSync(join(out, old))
  const sheet = await context.newPage()
  console.log(`Writing contact sheets to ${relative(ROOT, out)}:`)
  const when = `as of ${talk.asOf}`
  await renderSheet(sheet, sheetHtml(`${talk.title}: ${deck.slides.length} slides (${when})`, sections, DECK_SHEET), join(out, 'deck.png'))
  for (const s of sections)
    await renderSheet(sheet, sheetHtml(`${talk.title} · ${s.heading}`, [{ ...s, heading: '' }], PART_SHEET), join(out, s.file))
}

try {
  await main()
  await stopAll()
}
catch (error) {
  await stopAll()
  process.exit(interruption() ?? (console.error(`contact-sheet: ${(error as Error).message}`), 1))
}
