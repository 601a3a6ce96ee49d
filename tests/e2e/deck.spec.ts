// The quality gate in a real browser: every slide at every click step of the built deck.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { citedIdsInOrder } from '../../lib/citations'
import { loadDeck } from '../../lib/deck'
import { deckDiagrams } from '../../lib/diagram-drawings'
import { ENTRY, SMALL_DIAGRAM_FLAG, TEST_SITE_DIR } from '../../lib/settings'
import { declaredClicks, mermaidBlocks, noteClickMarkers, noteOpening } from '../../lib/slide-text'
import { findSource } from '../../data/sources'
import {
  canvasUseProblems,
  codeContrastProblems,
  hideEmptyDrawingLayer,
  inCodeBlock,
  isSvgTextTarget,
  clickSteps,
  codeLineProblems,
  codeSizeProblems,
  diagramSizeProblems,
  dimmedCodeProblems,
  edgeLineProblems,
  mermaidErrorProblems,
  mermaidTextProblems,
  openStep,
  overflowProblems,
  textSizeProblems,
  textSizes,
  unknownElementProblems,
} from './checks'
import { watchPage } from './helpers'

const deck = await loadDeck(ENTRY)

for (const slide of deck.slides) {
  test(`slide ${slide.no} "${slide.title}" (${slide.file}) at every click step`, async ({ page }) => {
    const watch = watchPage(page)
    const steps = await clickSteps(page, slide.no)
    expect(declaredClicks(slide), `the linter counts ${declaredClicks(slide)} click step(s) on slide ${slide.no}, the browser ${steps}: declare "clicks: ${steps}" in the slide's frontmatter`).toBe(steps)
    expect(noteClickMarkers(slide.note), `slide ${slide.no}: more [click] markers in the notes than click steps`).toBeLessThanOrEqual(steps)

    const problems: string[] = []
    for (let clicks = 0; clicks <= steps; clicks++) {
      const at = { no: slide.no, clicks, file: slide.file }
      await openStep(page, at)
      if (slide.title)
        await expect(page.locator(`.slidev-page-${slide.no}`)).toContainText(slide.title.replace(/`/g, ''))
      const sizes = await textSizes(page, at)
      problems.push(
        ...await overflowProblems(page, at),
        ...await textSizeProblems(page, at, sizes),
        ...await unknownElementProblems(page, at),
        ...await mermaidErrorProblems(page, at),
        ...await mermaidTextProblems(page, at, sizes),
        ...await codeSizeProblems(page, at, sizes),
        ...await codeLineProblems(page, at),
      )
      // The final step is what the overview and the PDF show: everything on the slide, in place.
      if (clicks === steps) {
        problems.push(
          ...await diagramSizeProblems(page, at, slide.frontmatter[SMALL_DIAGRAM_FLAG.key] === SMALL_DIAGRAM_FLAG.value),
          ...await canvasUseProblems(page, at),
          ...await dimmedCodeProblems(page, at),
          ...await codeContrastProblems(page, at),
        )
      }
    }
    expect(problems).toEqual([])

    // Accessibility at the final step, when everything on the slide is shown (no code line is
    // dimmed there any more, so dimmed lines are checked for contrast like everything else).
    await hideEmptyDrawingLayer(page)
    const axe = await new AxeBuilder({ page })
      .include(`.slidev-page-${slide.no}`)
      .analyze()
    const serious = axe.violations
      .filter(v => v.impact === 'serious' || v.impact === 'critical')
      .map(v => `${v.id} (${v.impact}): ${v.help}; e.g. ${v.nodes[0]?.target.join(' ')}: ${v.nodes[0]?.failureSummary?.replace(/\s+/g, ' ')}`)
    expect(serious, `axe-core on slide ${slide.no}`).toEqual([])
    // The contrast rule must have judged the slide's HTML text, not given up on it. Text inside
    // SVG (Mermaid diagrams in their shadow roots, charts) is beyond axe's reach: its colours come
    // from the Mermaid theme and the palette, which tests/unit/contrast.test.ts checks instead.
    // Code tokens axe often gives up on are checked by codeContrastProblems, at the final step.
    const incomplete = axe.incomplete.filter(r => r.id === 'color-contrast').flatMap(r => r.nodes).filter(n => !isSvgTextTarget(n.target))
    const inCode = await inCodeBlock(page, incomplete.map(n => n.target))
    const unchecked = incomplete.filter((_, i) => !inCode[i]).map(n => `${n.target.join(' ')}: ${n.any[0]?.message ?? ''}`)
    expect(unchecked, `axe-core could not check the contrast of these on slide ${slide.no}`).toEqual([])

    expect(watch.consoleErrors).toEqual([])
    expect(watch.externalRequests).toEqual([])
    expect(watch.failedRequests).toEqual([])
  })
}

test('no dark line at the slide edges at 1280x720 and 1920x1080, on one slide of each layout', async ({ page }) => {
  const layouts = new Map<string, number>()
  for (const slide of deck.slides) {
    const layout = String(slide.frontmatter.layout ?? (slide.no === 1 ? 'cover' : 'default'))
    if (!layouts.has(layout))
      layouts.set(layout, slide.no)
  }
  const problems: string[] = []
  for (const no of layouts.values())
    problems.push(...await edgeLineProblems(page, no))
  expect(problems).toEqual([])
})

test('every Mermaid diagram shows its drawing from diagrams/, and the site carries no Mermaid', async ({ page }) => {
  const withDiagrams = deck.slides.filter(s => mermaidBlocks(s).length > 0)
  expect(withDiagrams.length).toBeGreaterThan(0)
  const keys = deckDiagrams(deck).map(d => d.key)
  const shown: string[] = []
  for (const slide of withDiagrams) {
    await openStep(page, { no: slide.no, clicks: 0 })
    const svgs = page.locator(`.slidev-page-${slide.no} .mermaid svg[id^="mermaid-"]`)
    await expect(svgs.first(), `slide ${slide.no} (${slide.file})`).toBeVisible()
    expect(await svgs.count()).toBe(mermaidBlocks(slide).length)
    for (const id of await svgs.evaluateAll(list => list.map(svg => svg.id)))
      shown.push(id.replace(/^mermaid-/, ''))
  }
  // The SVG ids carry the drawing's key (lib/mermaid-live.ts draws them so): these are the files.
  expect(shown).toEqual(keys)
  const assets = readdirSync(join(TEST_SITE_DIR, 'assets'), { recursive: true }).map(String)
  expect(assets.filter(f => /(^|\/)(flowDiagram|sequenceDiagram|dagre)-/.test(f)), 'Mermaid\'s diagram chunks in the site').toEqual([])
  expect(assets.filter(f => f.endsWith('.js') && readFileSync(join(TEST_SITE_DIR, 'assets', f), 'utf8').includes('not in this build: every diagram had a drawing')), 'the Mermaid stub').toHaveLength(1)
})

test('presenter mode shows each slide\'s notes, with no raw citation key', async ({ page }) => {
  for (const slide of deck.slides) {
    await page.goto(`presenter/${slide.no}`)
    const note = page.locator('.slidev-note').first()
    await expect(note, `notes of slide ${slide.no} (${slide.file})`).toContainText(noteOpening(slide.note, 8))
    // Citations render as numbered links: no raw [@id] key ever shows.
    expect(await note.innerText(), `notes of slide ${slide.no} (${slide.file})`).not.toContain('[@')
  }
})

test('the overview lists every slide', async ({ page }) => {
  await page.goto('overview')
  // One numbered button per slide in the overview's side bar (other buttons hold no number).
  await expect(page.locator('nav button').filter({ hasText: /^\s*\d+\s*$/ })).toHaveCount(deck.slides.length)
  for (const slide of deck.slides.filter(s => s.title))
    await expect(page.locator('main'), `overview, slide ${slide.no}`).toContainText(slide.title.replace(/`/g, ''))
})

test('the references slides list exactly the cited sources, in order', async ({ page }) => {
  const titles: string[] = []
  for (const slide of deck.slides.filter(s => s.content.includes('<References'))) {
    await openStep(page, { no: slide.no, clicks: 0 })
    await expect(page.locator(`.slidev-page-${slide.no} .references li`).first()).toBeVisible()
    titles.push(...await page.locator(`.slidev-page-${slide.no} .references li a`).allInnerTexts())
  }
  expect(titles).toEqual(citedIdsInOrder(deck.slides).map(id => findSource(id)!.title))
})
