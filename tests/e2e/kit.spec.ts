// The talk kit in a real browser: the closing slide and its QR code, notes a reader can follow
// (numbered citations, reader's paragraphs, the overview's contrast), and the speaker's pacing.
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { closingLink } from '../../data/talk'
import { loadDeck } from '../../lib/deck'
import { clock, describeBehind } from '../../lib/pace'
import { ENTRY } from '../../lib/settings'
import { readerParagraphs } from '../../lib/slide-text'
import { loadTalk } from '../../lib/talk-file'
import { talkPlan } from '../../lib/timing'
import { openStep } from './checks'
import { closingQr } from './qr'

const talk = await loadTalk()
const deck = await loadDeck(ENTRY, talk)
const plan = talkPlan(deck, talk)
const closing = deck.slides.find(s => s.frontmatter.layout === 'closing')!

test('closing slide: "Questions", the three takeaways, the link as text and as a QR code that decodes to it', async ({ page }) => {
  expect(closing, 'a slide with layout: closing').toBeDefined()
  await openStep(page, { no: closing.no, clicks: 0 })
  const slide = page.locator(`.slidev-page-${closing.no}`)
  await expect(slide.locator('h1')).toHaveText('Questions')
  for (const t of talk.takeaways)
    await expect(slide.locator('.closing__takeaways')).toContainText(`${t.audience}${t.line}`, { ignoreCase: true })
  const link = closingLink(talk)
  await expect(slide.locator('.closing__url')).toHaveAttribute('href', link.url)
  await expect(slide.locator('.closing__label')).toHaveText(link.label)
  const qr = await closingQr(page, closing.no)
  expect(qr.url).toBe(link.url)
  expect(qr.share, 'QR code height as a share of the canvas').toBeGreaterThanOrEqual(0.25)
})

test('the closing slide comes before the references', async () => {
  const firstReference = deck.slides.find(s => s.content.includes('<References'))!
  expect(closing.no).toBeLessThan(firstReference.no)
})

test('a citation carries its entry\'s number in the references, on the canvas and in the notes', async ({ page }) => {
  // Number -> URL as the references slides list them.
  const entries = new Map<number, string>()
  for (const slide of deck.slides.filter(s => s.content.includes('<References'))) {
    await openStep(page, { no: slide.no, clicks: 0 })
    const list = page.locator(`.slidev-page-${slide.no} ol.references`)
    const start = Number(await list.getAttribute('start'))
    const urls = await list.locator('li > a').evaluateAll(links => links.map(a => a.getAttribute('href')!))
    urls.forEach((url, i) => entries.set(start + i, url))
  }
  const checked = async (links: { text: string, href: string }[], where: string) => {
    expect(links.length, where).toBeGreaterThan(0)
    for (const link of links)
      expect(entries.get(Number(link.text.replace(/\D/g, ''))), `${where}: ${link.text}`).toBe(link.href)
  }
  const read = (selector: string) => page.locator(selector).evaluateAll(links => links.map(a => ({ text: a.textContent!.trim(), href: a.getAttribute('href')! })))
  const cited = deck.slides.find(s => s.content.includes('<Cite') && s.note.includes('[@'))!
  await openStep(page, { no: cited.no, clicks: 99 })
  await checked(await read(`.slidev-page-${cited.no} a.cite`), `slide ${cited.no}`)
  await page.goto(`presenter/${cited.no}`)
  await checked(await read('.slidev-note a.cite--note'), `notes of slide ${cited.no}`)
})

test('notes in the overview: numbered citations, no raw key, full contrast', async ({ page }) => {
  await page.goto('overview')
  const notes = page.locator('.overview-slide-block .slidev-note')
  await expect(notes).toHaveCount(deck.slides.length)
  expect(await page.locator('main').innerText()).not.toContain('[@')
  await expect(notes.locator('a.cite--note').first()).toHaveText(/^\[\d+\]$/)
  const axe = await new AxeBuilder({ page }).include('.overview-slide-block .slidev-note').withRules(['color-contrast']).analyze()
  expect(axe.violations.flatMap(v => v.nodes.map(n => `${n.target.join(' ')}: ${n.failureSummary}`))).toEqual([])
})

test('presenter mode sets reader\'s paragraphs apart, labelled "For the reader"', async ({ page }) => {
  const withReader = deck.slides.filter(s => readerParagraphs(s.note).length > 0)
  expect(withReader.length, 'slides whose notes hold a reader\'s paragraph (a Markdown blockquote)').toBeGreaterThan(0)
  for (const slide of withReader) {
    await page.goto(`presenter/${slide.no}`)
    const quote = page.locator('.slidev-note blockquote').first()
    await expect(quote, `slide ${slide.no}`).toContainText(readerParagraphs(slide.note)[0].split(/\s+/).slice(0, 6).join(' '))
    const look = await quote.evaluate((el) => {
      const note = el.closest('.slidev-note')!
      const bg = (e: Element) => getComputedStyle(e).backgroundColor
      let noteBg = bg(note)
      for (let up: Element | null = note; up && noteBg === 'rgba(0, 0, 0, 0)'; up = up.parentElement)
        noteBg = bg(up)
      return { label: getComputedStyle(el, '::before').content, bg: bg(el), noteBg, border: getComputedStyle(el).borderLeftWidth }
    })
    expect(look.label).toBe('"For the reader"')
    expect(look.bg).not.toBe(look.noteBg)
    expect(look.border).not.toBe('0px')
  }
})

test.describe('pacing', () => {
  // A main slide a few minutes into the talk, so the speaker can be ahead of it and behind it.
  const target = plan.slides.find(s => s.start !== undefined && s.start >= 2)!
  const part = plan.parts.find(p => p.id === target.part)!

  test('presenter mode shows the part, its planned end and ahead/behind on Slidev\'s timer', async ({ page }) => {
    // Date.now() is held at fixed points (timers keep running, so the page works as usual);
    // Slidev's timer and the pacing display both read Date.now().
    const t0 = new Date('2030-01-01T10:00:00Z').getTime()
    await page.clock.setFixedTime(t0)
    await page.goto(`presenter/${target.no}`)
    const pacing = page.locator('.rfl-pacing')
    await expect(pacing).toContainText(part.title)
    await expect(pacing).toContainText(`ends at ${clock(part.end!)} into the talk`)
    await expect(pacing.locator('.rfl-pacing__delta')).toHaveText('start the timer to pace')

    // Start Slidev's own presenter timer: hovering it swaps its clock icon for the play button.
    await page.locator('.slidev-presenter .group', { has: page.locator('.i-carbon\\:time') }).hover()
    await page.locator('.slidev-presenter .i-carbon\\:play').click()

    // One minute in, the speaker is already on a slide planned to start later: ahead.
    await page.clock.setFixedTime(t0 + 60_000)
    await expect(pacing.locator('.rfl-pacing__delta')).toHaveText(describeBehind(1 - target.start!))
    await expect(pacing).toHaveAttribute('data-state', 'ahead')

    // Two and a half minutes after the slide's planned end: behind by 2:30.
    await page.clock.setFixedTime(t0 + Math.round((target.end! + 2.5) * 60_000))
    await expect(pacing.locator('.rfl-pacing__delta')).toHaveText('2:30 behind')
    await expect(pacing).toHaveAttribute('data-state', 'behind')
  })

  test('the audience\'s slide never shows it', async ({ page }) => {
    await openStep(page, { no: target.no, clicks: 0 })
    await page.mouse.move(40, 700) // the navigation controls appear on hover
    await expect(page.locator('.slidev-nav, nav').first()).toBeAttached()
    await expect(page.locator('.rfl-pacing')).toHaveCount(0)
  })
})
