// Browser checks for one slide at one click step. Each returns problems as sentences that name
// the slide and step, say what is wrong and how to fix it; the deck spec expects none, the
// fixture spec expects specific ones.
import type { Page } from '@playwright/test'
import { CANVAS, FINE_PRINT_SELECTOR, MIN_FINE_PRINT_PX, MIN_TEXT_PX } from '../../lib/settings'

export interface At {
  no: number
  clicks: number
  file?: string
}

const label = (at: At) => `slide ${at.no}${at.file ? ` (${at.file})` : ''} at click ${at.clicks}`

/** Opens /N?clicks=K and waits for the slide, its fonts and its Mermaid diagrams. */
export async function openStep(page: Page, at: At): Promise<void> {
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

/** Content outside the canvas: the layout scrolls, or any visible element pokes out (1 px allowed). */
export async function overflowProblems(page: Page, at: At): Promise<string[]> {
  const found = await page.evaluate(({ no, canvas }) => {
    const layout = document.querySelector<HTMLElement>(`.slidev-page-${no} .slidev-layout`)
    const frame = document.querySelector<HTMLElement>('#slide-content')
    if (!layout || !frame)
      return ['the slide did not render']
    const out: string[] = []
    if (layout.scrollHeight > layout.clientHeight + 1 || layout.scrollWidth > layout.clientWidth + 1)
      out.push(`content is ${layout.scrollWidth} x ${layout.scrollHeight} px in a ${layout.clientWidth} x ${layout.clientHeight} px layout`)
    const box = frame.getBoundingClientRect()
    const scale = box.width / canvas.width
    const describe = (el: Element) => {
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)
      return `<${el.tagName.toLowerCase()}${el.classList.length ? ` class="${[...el.classList].slice(0, 2).join(' ')}"` : ''}>${text ? ` "${text}"` : ''}`
    }
    const all = [...layout.querySelectorAll('*'), ...[...layout.querySelectorAll('.mermaid')].flatMap(m => m.shadowRoot ? [...m.shadowRoot.querySelectorAll('svg')] : [])]
    for (const el of all) {
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden')
        continue
      const over = Math.max(box.left - r.left, box.top - r.top, r.right - box.right, r.bottom - box.bottom) / scale
      if (over > 1) {
        out.push(`${describe(el)} reaches ${Math.round(over)} px beyond the ${canvas.width} x ${canvas.height} canvas`)
        break
      }
    }
    return out
  }, { no: at.no, canvas: CANVAS })
  return found.map(f => `${label(at)}: ${f}. Shorten the slide, split it, or scale the block down (e.g. {scale: 0.8} on a Mermaid fence).`)
}

/** Text below the legible minimum (fine print has its own, smaller minimum). */
export async function textSizeProblems(page: Page, at: At): Promise<string[]> {
  const found = await page.evaluate(({ no, canvasWidth, min, fineMin, fine }) => {
    const layout = document.querySelector<HTMLElement>(`.slidev-page-${no} .slidev-layout`)
    const frame = document.querySelector<HTMLElement>('#slide-content')
    if (!layout || !frame)
      return []
    const canvasScale = frame.getBoundingClientRect().width / canvasWidth
    const roots: (Element | ShadowRoot)[] = [layout, ...[...layout.querySelectorAll('.mermaid')].flatMap(m => m.shadowRoot ? [m.shadowRoot] : [])]
    const small: string[] = []
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim()
        const el = node.parentElement
        if (!text || !el)
          continue
        const style = getComputedStyle(el)
        if (style.display === 'none' || style.visibility === 'hidden' || el.closest('style, script, title, desc'))
          continue
        const rect = el.getBoundingClientRect()
        if (rect.width === 0 || rect.height === 0)
          continue
        // Rendered size: the computed size times every transform, zoom and SVG scaling above it.
        let screenScale = canvasScale
        if (el instanceof SVGGraphicsElement) {
          const m = el.getScreenCTM()
          if (m)
            screenScale = Math.hypot(m.a, m.b)
        }
        else if (el instanceof HTMLElement && el.offsetWidth > 0) {
          screenScale = rect.width / el.offsetWidth
        }
        const px = Number.parseFloat(style.fontSize) * screenScale / canvasScale
        const isFine = el.closest(fine) !== null
        const limit = isFine ? fineMin : min
        if (px < limit - 0.25)
          small.push(`"${text.slice(0, 40)}" is ${px.toFixed(1)} px (minimum ${limit} px${isFine ? ' for fine print' : ''})`)
      }
    }
    return small
  }, { no: at.no, canvasWidth: CANVAS.width, min: MIN_TEXT_PX, fineMin: MIN_FINE_PRINT_PX, fine: FINE_PRINT_SELECTOR })
  return found.slice(0, 3).map(f => `${label(at)}: ${f}. Enlarge it, or cut content so it fits at a legible size.`)
}

/** Components that did not resolve render as unknown elements (Vue's warning is stripped in builds). */
export async function unknownElementProblems(page: Page, at: At): Promise<string[]> {
  const names = await page.evaluate((no) => {
    const layout = document.querySelector(`.slidev-page-${no} .slidev-layout`)
    return [...(layout?.querySelectorAll('*') ?? [])]
      .filter(el => el instanceof HTMLUnknownElement)
      .map(el => el.tagName.toLowerCase())
  }, at.no)
  return [...new Set(names)].map(n => `${label(at)}: <${n}> did not resolve to a component. Fix the name or add it to components/.`)
}

/** Mermaid's own error output inside a diagram. */
export async function mermaidErrorProblems(page: Page, at: At): Promise<string[]> {
  const errors = await page.evaluate((no) => {
    const boxes = [...document.querySelectorAll(`.slidev-page-${no} .mermaid`)]
    return boxes.flatMap((b) => {
      const root = b.shadowRoot ?? b
      const svg = root.querySelector('svg')
      const text = (root.textContent ?? '')
      if (!svg)
        return ['a Mermaid block drew no SVG']
      return /Syntax error in text|Parse error/.test(text) ? ['a Mermaid block shows Mermaid\'s error text'] : []
    })
  }, at.no)
  return errors.map(e => `${label(at)}: ${e}. Run npm run lint:deck for the parse error.`)
}
