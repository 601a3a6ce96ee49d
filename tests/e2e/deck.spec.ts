import { expect, test } from '@playwright/test'
import { loadDeck } from '../../lib/deck'
import { mermaidBlocks } from '../../lib/lint'
import { ENTRY } from '../../lib/settings'
import { noteWords, watchPage } from './helpers'

const deck = await loadDeck(ENTRY)

test('every slide renders, with no console error and no request leaving localhost', async ({ page }) => {
  const watch = watchPage(page)
  for (const slide of deck.slides) {
    await page.goto(String(slide.no))
    await expect(page.locator(`.slidev-page-${slide.no} .slidev-layout`), `slide ${slide.no} (${slide.file})`).toBeVisible()
    if (slide.title)
      await expect(page.locator(`.slidev-page-${slide.no}`)).toContainText(slide.title.replace(/`/g, ''))
    await page.waitForLoadState('networkidle')
  }
  expect(watch.consoleErrors).toEqual([])
  expect(watch.externalRequests).toEqual([])
  expect(watch.failedRequests).toEqual([])
})

test('every Mermaid diagram draws an SVG, without Mermaid error text', async ({ page }) => {
  const withDiagrams = deck.slides.filter(s => mermaidBlocks(s).length > 0)
  expect(withDiagrams.length).toBeGreaterThan(0)
  for (const slide of withDiagrams) {
    await page.goto(String(slide.no))
    const svgs = page.locator(`.slidev-page-${slide.no} .mermaid svg`)
    await expect(svgs.first(), `slide ${slide.no} (${slide.file})`).toBeVisible()
    expect(await svgs.count()).toBe(mermaidBlocks(slide).length)
    await expect(page.locator(`.slidev-page-${slide.no}`)).not.toContainText('Syntax error in text')
  }
})

test('presenter mode shows each slide\'s notes', async ({ page }) => {
  for (const slide of deck.slides.filter(s => s.note.trim())) {
    await page.goto(`presenter/${slide.no}`)
    await expect(page.locator('.slidev-note').first(), `notes of slide ${slide.no} (${slide.file})`).toContainText(noteWords(slide.note))
  }
})

test('the cited sources are listed on the references slides', async ({ page }) => {
  const refs = deck.slides.filter(s => s.content.includes('<References'))
  const titles: string[] = []
  for (const slide of refs) {
    await page.goto(String(slide.no))
    await expect(page.locator(`.slidev-page-${slide.no} .references li`).first()).toBeVisible()
    titles.push(...await page.locator(`.slidev-page-${slide.no} .references li a`).allInnerTexts())
  }
  const { citedIdsInOrder } = await import('../../lib/citations')
  const { findSource } = await import('../../data/sources')
  expect(titles).toEqual(citedIdsInOrder(deck.slides).map(id => findSource(id)!.title))
})
