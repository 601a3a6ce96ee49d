// Opening one slide of a served deck at one click step, waiting until it is drawn: shared by
// the browser checks (tests/e2e) and the contact sheet (scripts/contact-sheet.ts).
import type { Page } from 'playwright-chromium'

export interface Step {
  /** Slide number, as in the URL /N. */
  no: number
  /** Click step; Slidev clamps a number above the slide's last step to that step. */
  clicks: number
}

/** Opens /N?clicks=K and waits for the slide, its fonts and its Mermaid diagrams. */
export async function openStep(page: Page, at: Step): Promise<void> {
  await page.goto(`${at.no}?clicks=${at.clicks}`)
  await page.locator(`.slidev-page-${at.no} .slidev-layout`).waitFor()
  await page.waitForLoadState('networkidle')
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  // Mermaid draws asynchronously: wait until every diagram container holds its SVG.
  await page.waitForFunction((no) => {
    const boxes = [...document.querySelectorAll(`.slidev-page-${no} .mermaid`)]
    return boxes.every(b => (b.shadowRoot ?? b).querySelector('svg'))
  }, at.no, { timeout: 10_000 }).catch(() => undefined)
}

/** Real click steps of the slide: Slidev clamps ?clicks= to the total and writes it back to the URL. */
export async function clickSteps(page: Page, no: number): Promise<number> {
  await page.goto(`${no}?clicks=999`)
  await page.locator(`.slidev-page-${no} .slidev-layout`).waitFor()
  // A slide without click steps drops the parameter instead.
  await page.waitForURL(url => url.searchParams.get('clicks') !== '999', { timeout: 5_000 }).catch(() => undefined)
  const clicks = new URL(page.url()).searchParams.get('clicks')
  return clicks === null || clicks === '999' ? 0 : Number(clicks)
}
