// The deck built with other talk metadata (RFL_TALK=tests/fixtures/talk/talk.ts, see
// playwright.config.ts): the change must reach the cover, the page title and the QR code.
import { expect, test } from '@playwright/test'
import { authorLine, closingLink, displayDate, eventLine } from '../../data/talk'
import { loadDeck } from '../../lib/deck'
import { ENTRY, METADATA_FIXTURE, METADATA_PORT, TEST_BASE } from '../../lib/settings'
import { loadTalk, talkFile, TALK_ENV } from '../../lib/talk-file'
import { openStep } from './checks'
import { closingQr } from './qr'

test.use({ baseURL: `http://localhost:${METADATA_PORT}${TEST_BASE}` })

const fixture = await loadTalk(talkFile({ [TALK_ENV]: METADATA_FIXTURE }))
const deck = await loadDeck(ENTRY, fixture)

test('the cover shows the fixture\'s title, thesis, speaker, event, date and as-of date', async ({ page }) => {
  await openStep(page, { no: 1, clicks: 0 })
  const cover = page.locator('.slidev-page-1 .talk-cover')
  await expect(cover.locator('h1')).toHaveText(fixture.title)
  for (const text of [fixture.subtitle, authorLine(fixture), eventLine(fixture), `Facts as of ${displayDate(fixture.asOf)}`])
    await expect(cover).toContainText(text)
  await expect(page).toHaveTitle(new RegExp(`^${fixture.title}`))
})

test('the closing slide\'s QR code carries the fixture\'s slides URL', async ({ page }) => {
  const closing = deck.slides.find(s => s.frontmatter.layout === 'closing')!
  await openStep(page, { no: closing.no, clicks: 0 })
  const link = closingLink(fixture)
  expect(link.isSlides).toBe(true)
  await expect(page.locator(`.slidev-page-${closing.no} .closing__label`)).toHaveText('Slides and notes')
  expect((await closingQr(page, closing.no)).url).toBe(fixture.slidesUrl)
})
