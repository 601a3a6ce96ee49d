// Browser checks for one slide at one click step. Each returns problems as sentences that name
// the slide and step, say what is wrong and how to fix it; the deck spec expects none, the
// fixture spec expects specific ones.
import type { Page } from '@playwright/test'
import {
  CANVAS,
  CANVAS_USE_IGNORE_SELECTOR,
  CHART_SELECTOR,
  EDGE_CHECK_VIEWPORTS,
  FINE_PRINT_SELECTOR,
  MAX_CODE_LINES,
  MIN_CODE_PX,
  MIN_CONTENT_BOTTOM_SHARE,
  MIN_DIAGRAM_AREA_SHARE,
  MIN_FINE_PRINT_PX,
  MIN_MERMAID_TEXT_PX,
  MIN_TEXT_PX,
  SMALL_DIAGRAM_FLAG,
  SPARSE_LAYOUTS,
} from '../../lib/settings'
import { openStep, type Step } from '../../lib/slide-page'

export interface At extends Step {
  file?: string
}

export { clickSteps, openStep } from '../../lib/slide-page'

const label = (at: At) => `slide ${at.no}${at.file ? ` (${at.file})` : ''} at click ${at.clicks}`

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

export interface TextSize {
  text: string
  /** Rendered size in canvas pixels. */
  px: number
  fine: boolean
  mermaid: boolean
  code: boolean
}

/**
 * Every visible text on the slide with its rendered size in canvas pixels, Mermaid's shadow
 * roots included. The three size checks below share one measurement when given it.
 */
export async function textSizes(page: Page, at: At): Promise<TextSize[]> {
  return page.evaluate(({ no, canvasWidth, fine }) => {
    const layout = document.querySelector<HTMLElement>(`.slidev-page-${no} .slidev-layout`)
    const frame = document.querySelector<HTMLElement>('#slide-content')
    if (!layout || !frame)
      return []
    const canvasScale = frame.getBoundingClientRect().width / canvasWidth
    const roots: (Element | ShadowRoot)[] = [layout, ...[...layout.querySelectorAll('.mermaid')].flatMap(m => m.shadowRoot ? [m.shadowRoot] : [])]
    const sizes: { text: string, px: number, fine: boolean, mermaid: boolean, code: boolean }[] = []
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
        else if (el instanceof HTMLElement) {
          // Rendered width over layout width. offsetWidth is rounded to whole pixels, so measure
          // on a wide ancestor, but never above an element that transforms or zooms.
          let ref: HTMLElement = el
          while (ref.offsetWidth < 200 && getComputedStyle(ref).transform === 'none' && getComputedStyle(ref).zoom === '1'
            && ref.parentElement instanceof HTMLElement && ref.parentElement !== layout.parentElement)
            ref = ref.parentElement
          if (ref.offsetWidth > 0)
            screenScale = ref.getBoundingClientRect().width / ref.offsetWidth
        }
        const px = Number.parseFloat(style.fontSize) * screenScale / canvasScale
        sizes.push({ text: text.slice(0, 40), px, fine: el.closest(fine) !== null, mermaid: root instanceof ShadowRoot, code: el.closest('.slidev-code, pre') !== null })
      }
    }
    return sizes
  }, { no: at.no, canvasWidth: CANVAS.width, fine: FINE_PRINT_SELECTOR })
}

/** Text below the legible minimum (fine print has its own, smaller minimum). */
export async function textSizeProblems(page: Page, at: At, sizes?: TextSize[]): Promise<string[]> {
  return (sizes ?? await textSizes(page, at))
    .map(t => ({ ...t, limit: t.fine ? MIN_FINE_PRINT_PX : MIN_TEXT_PX }))
    .filter(t => t.px < t.limit - 0.25)
    .slice(0, 3)
    .map(t => `${label(at)}: "${t.text}" is ${t.px.toFixed(1)} px (minimum ${t.limit} px${t.fine ? ' for fine print' : ''}). Enlarge it, or cut content so it fits at a legible size.`)
}

/** Mermaid labels, messages and notes below the projector minimum for diagrams. */
export async function mermaidTextProblems(page: Page, at: At, sizes?: TextSize[]): Promise<string[]> {
  return (sizes ?? await textSizes(page, at))
    .filter(t => t.mermaid && t.px < MIN_MERMAID_TEXT_PX - 0.25)
    .slice(0, 3)
    .map(t => `${label(at)}: Mermaid text "${t.text}" is ${t.px.toFixed(1)} px (minimum ${MIN_MERMAID_TEXT_PX} px in diagrams). Raise the fence's {scale} (text is 18 px at scale 1 in setup/mermaid.ts) or simplify the diagram.`)
}

/** Code smaller than the code minimum. */
export async function codeSizeProblems(page: Page, at: At, sizes?: TextSize[]): Promise<string[]> {
  return (sizes ?? await textSizes(page, at))
    .filter(t => t.code && t.px < MIN_CODE_PX - 0.25)
    .slice(0, 1)
    .map(t => `${label(at)}: code "${t.text}" is ${t.px.toFixed(1)} px (minimum ${MIN_CODE_PX} px for code). Show fewer lines at a larger size: cut the snippet to a #region, or split it.`)
}

/** Code lines visible at this step, per code block: rows of text inside the block's visible box. */
export async function codeLineProblems(page: Page, at: At): Promise<string[]> {
  const blocks = await page.evaluate(({ no }) => {
    const layout = document.querySelector<HTMLElement>(`.slidev-page-${no} .slidev-layout`)
    if (!layout)
      return []
    // v-click hides with opacity 0: checkVisibility's opacityProperty looks at the element and its ancestors.
    const shown = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
    return [...layout.querySelectorAll('pre')].flatMap((pre) => {
      const clip = pre.getBoundingClientRect()
      if (clip.width === 0 || clip.height === 0 || !shown(pre))
        return []
      // One row per distinct line top among the visible text fragments (magic-move steps have no .line spans).
      const tops: number[] = []
      const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim() || !node.parentElement || !shown(node.parentElement))
          continue
        const range = document.createRange()
        range.selectNodeContents(node)
        for (const r of range.getClientRects()) {
          if (r.height > 0 && r.bottom > clip.top + 1 && r.top < clip.bottom - 1)
            tops.push(r.top)
        }
      }
      tops.sort((a, b) => a - b)
      const lineHeight = Number.parseFloat(getComputedStyle(pre).lineHeight) || 20
      let rows = 0
      let last = Number.NEGATIVE_INFINITY
      for (const top of tops) {
        if (top - last > lineHeight * 0.5 * (clip.width / pre.offsetWidth || 1)) {
          rows++
          last = top
        }
      }
      return [{ rows, first: (pre.textContent ?? '').trim().split('\n')[0].slice(0, 40) }]
    })
  }, { no: at.no })
  return blocks
    .filter(b => b.rows > MAX_CODE_LINES)
    .map(b => `${label(at)}: the code block starting "${b.first}" shows ${b.rows} lines of code (at most ${MAX_CODE_LINES} at a step). Cut it to a #region, or split it over steps or slides.`)
}

/** Code lines still dimmed by a highlight step (Slidev's slidev-code-dishonored class): only a problem at the final step. */
export async function dimmedCodeProblems(page: Page, at: At): Promise<string[]> {
  const dimmed = await page.evaluate((no) => {
    const layout = document.querySelector(`.slidev-page-${no} .slidev-layout`)
    // A dimmed element is a line (.line) or, in magic-move, a token: count the rows they sit on.
    const els = [...(layout?.querySelectorAll('.slidev-code-dishonored') ?? [])]
      .filter(el => el.getBoundingClientRect().height > 0 && (el.textContent ?? '').trim())
    return {
      rows: new Set(els.map(el => Math.round(el.getBoundingClientRect().top))).size,
      first: (els[0]?.textContent ?? '').trim().slice(0, 40),
    }
  }, at.no)
  return dimmed.rows === 0
    ? []
    : [`${label(at)}: ${dimmed.rows} code line(s) are still dimmed at the final click step, e.g. "${dimmed.first}": the overview and the PDF show them faded. End the highlight sequence with "all" ({1|3|all}).`]
}

/** Diagrams (Mermaid SVGs) and charts (CHART_SELECTOR) with their share of the canvas area. */
async function diagramAreas(page: Page, at: At): Promise<{ what: string, share: number, width: number, height: number }[]> {
  return page.evaluate(({ no, canvas, chart }) => {
    const layout = document.querySelector<HTMLElement>(`.slidev-page-${no} .slidev-layout`)
    const frame = document.querySelector<HTMLElement>('#slide-content')
    if (!layout || !frame)
      return []
    // v-click hides with opacity 0: checkVisibility's opacityProperty looks at the element and its ancestors.
    const shown = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
    const scale = frame.getBoundingClientRect().width / canvas.width
    const mermaid = [...layout.querySelectorAll('.mermaid')].flatMap((m) => {
      const svg = (m.shadowRoot ?? m).querySelector('svg')
      return svg ? [{ svg, host: m, what: 'Mermaid diagram' }] : []
    })
    const charts = [...layout.querySelectorAll(chart)].filter(svg => !svg.closest('.mermaid')).map(svg => ({ svg, host: svg, what: `chart "${(svg.querySelector('title')?.textContent ?? svg.getAttribute('aria-label') ?? '').trim().slice(0, 40)}"` }))
    return [...mermaid, ...charts]
      .filter(d => shown(d.host))
      .map((d) => {
        const r = d.svg.getBoundingClientRect()
        const width = r.width / scale
        const height = r.height / scale
        return { what: d.what, share: width * height / (canvas.width * canvas.height), width, height }
      })
      .filter(d => d.width > 0 && d.height > 0)
  }, { no: at.no, canvas: CANVAS, chart: CHART_SELECTOR })
}

const FLAG = `${SMALL_DIAGRAM_FLAG.key}: ${SMALL_DIAGRAM_FLAG.value}`

/**
 * A diagram or chart covers at least MIN_DIAGRAM_AREA_SHARE of the canvas, unless the slide
 * sets `diagram: inline`; a slide with that flag must have a small diagram (so the flag stays honest).
 */
export async function diagramSizeProblems(page: Page, at: At, inline: boolean): Promise<string[]> {
  const diagrams = await diagramAreas(page, at)
  const small = diagrams.filter(d => d.share < MIN_DIAGRAM_AREA_SHARE)
  const pct = (share: number) => `${Math.round(share * 100)} %`
  if (inline) {
    return small.length > 0
      ? []
      : [`${label(at)}: the slide sets "${FLAG}" but has no diagram smaller than ${pct(MIN_DIAGRAM_AREA_SHARE)} of the canvas. Remove the flag.`]
  }
  return small.map(d => `${label(at)}: the ${d.what} covers ${pct(d.share)} of the canvas (${Math.round(d.width)} x ${Math.round(d.height)} px; at least ${pct(MIN_DIAGRAM_AREA_SHARE)}). `
    + `Make it larger (raise {scale}, give it the slide's width, move text into the notes), or set "${FLAG}" in the slide's frontmatter if a small diagram is deliberate.`)
}

/** The lowest point of visible content inside the layout, in canvas pixels from the top; undefined for exempt layouts. */
async function contentBottom(page: Page, at: At): Promise<{ layout: string, bottom?: number }> {
  return page.evaluate(({ no, canvas, sparse, ignore }) => {
    const layout = document.querySelector<HTMLElement>(`.slidev-page-${no} .slidev-layout`)
    const frame = document.querySelector<HTMLElement>('#slide-content')
    if (!layout || !frame)
      return { layout: '?' }
    const name = [...layout.classList].find(c => c !== 'slidev-layout') ?? 'default'
    if (sparse.some((s: string) => layout.classList.contains(s)))
      return { layout: name }
    // v-click hides with opacity 0: checkVisibility's opacityProperty looks at the element and its ancestors.
    const shown = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
    const box = frame.getBoundingClientRect()
    const scale = box.width / canvas.width
    const visible = (el: Element) => !el.closest(ignore) && shown(el)
    let bottom = 0
    const add = (r: DOMRect) => {
      if (r.width > 0 && r.height > 0)
        bottom = Math.max(bottom, (Math.min(r.bottom, box.bottom) - box.top) / scale)
    }
    // Text, pictures, and boxes that paint something (a background, a border).
    const walker = document.createTreeWalker(layout, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent?.trim() && node.parentElement && visible(node.parentElement)) {
        const range = document.createRange()
        range.selectNodeContents(node)
        add(range.getBoundingClientRect())
      }
    }
    for (const el of layout.querySelectorAll('*')) {
      if (!visible(el))
        continue
      const style = getComputedStyle(el)
      const paints = /^(?:IMG|svg|CANVAS|VIDEO|IFRAME|PRE|TABLE)$/.test(el.tagName) || el.classList.contains('mermaid')
        || (style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent') || style.backgroundImage !== 'none'
        || Number.parseFloat(style.borderBottomWidth) > 0 || Number.parseFloat(style.borderTopWidth) > 0
      if (paints)
        add(el.getBoundingClientRect())
    }
    return { layout: name, bottom }
  }, { no: at.no, canvas: CANVAS, sparse: SPARSE_LAYOUTS, ignore: CANVAS_USE_IGNORE_SELECTOR })
}

/** The slide uses its canvas: visible content reaches into the lower 40 % (layouts in SPARSE_LAYOUTS exempt). */
export async function canvasUseProblems(page: Page, at: At): Promise<string[]> {
  const { layout, bottom } = await contentBottom(page, at)
  const limit = CANVAS.height * MIN_CONTENT_BOTTOM_SHARE
  if (bottom === undefined || bottom >= limit)
    return []
  return [`${label(at)}: content ends ${Math.round(bottom)} px from the top (${Math.round(bottom / CANVAS.height * 100)} % of the canvas height; it must reach below ${Math.round(MIN_CONTENT_BOTTOM_SHARE * 100)} %), so the lower part of the ${layout} slide is empty. `
    + 'Enlarge the diagram or type, balance the content vertically, or use a layout meant to be sparse (lib/settings.ts SPARSE_LAYOUTS).']
}

/**
 * A dark line at the slide's left or right edge (the sub-pixel gap of a 980 x 552 canvas in a
 * 16:9 window, styles/layout-fixes.css): screenshots the slide at each EDGE_CHECK_VIEWPORTS size
 * and compares the two outermost pixel columns with the column just inside them.
 */
export async function edgeLineProblems(page: Page, no: number): Promise<string[]> {
  const problems: string[] = []
  for (const size of EDGE_CHECK_VIEWPORTS) {
    await page.setViewportSize(size)
    await openStep(page, { no, clicks: 0 })
    const png = (await page.screenshot()).toString('base64')
    const edges = await page.evaluate(async (src) => {
      const img = new Image()
      img.src = src
      await img.decode()
      const canvas = document.createElement('canvas')
      canvas.width = img.width
      canvas.height = img.height
      const ctx = canvas.getContext('2d')!
      ctx.drawImage(img, 0, 0)
      const column = (x: number) => {
        const d = ctx.getImageData(x, 0, 1, img.height).data
        return Array.from({ length: img.height }, (_, y) => (d[y * 4] + d[y * 4 + 1] + d[y * 4 + 2]) / 3)
      }
      // The share of rows where an edge column is much darker than the column 3 px inside it.
      const darker = (edge: number, inside: number) => {
        const a = column(edge)
        const b = column(inside)
        const rows = a.filter((v, y) => b[y] - v > 24)
        return { share: rows.length / img.height, value: Math.round(Math.min(...a)) }
      }
      const w = img.width
      return [
        { side: 'left', x: 0, ...darker(0, 3) },
        { side: 'left', x: 1, ...darker(1, 3) },
        { side: 'right', x: w - 1, ...darker(w - 1, w - 4) },
        { side: 'right', x: w - 2, ...darker(w - 2, w - 4) },
      ]
    }, `data:image/png;base64,${png}`)
    for (const e of edges.filter(e => e.share > 0.5)) {
      problems.push(`slide ${no} at ${size.width}x${size.height}: pixel column ${e.x} (${e.side} edge) is darker than the slide in ${Math.round(e.share * 100)} % of its rows (luminance down to ${e.value}): a dark line at the slide's edge. `
        + 'The canvas does not fill the window; paint the gap in the slide\'s background (styles/layout-fixes.css).')
    }
  }
  return problems
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

/**
 * Slidev lays its drawing canvas (an SVG the size of the slide) over every slide. While nobody
 * has drawn on it, it is empty and transparent, but axe-core cannot see through it: it then
 * reports every text's contrast as "incomplete" and checks none. Hide it for axe when it is
 * empty; a slide with drawings on it keeps it, and its contrast is reported as unchecked.
 */
export async function hideEmptyDrawingLayer(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const svg of document.querySelectorAll<SVGSVGElement>('#slide-content svg.absolute.top-0.w-full.h-full')) {
      if (svg.childElementCount === 0)
        svg.style.display = 'none'
    }
  })
}

/** An axe target inside a Mermaid shadow root or an SVG chart (text axe cannot check). */
export function isSvgTextTarget(target: readonly unknown[]): boolean {
  const path = target.map(String)
  return path.length > 1 || /(?:^|[\s>,])(?:svg|text|tspan|foreignobject)\b|bar-chart__/.test(path.join(' '))
}

/**
 * Contrast of code tokens against their code block's background, computed from the rendered
 * colours (WCAG AA, 4.5:1). axe-core gives up on many code tokens ("partially obscured" by the
 * next line's box in Slidev's code wrapper), so the suite checks them itself.
 */
export async function codeContrastProblems(page: Page, at: At): Promise<string[]> {
  const found = await page.evaluate((no) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number)
    const lum = (c: string) => {
      const [r, g, b] = rgb(c).map(v => v / 255).map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
      return 0.2126 * r + 0.7152 * g + 0.0722 * b
    }
    const ratio = (a: string, b: string) => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x)
      return (hi + 0.05) / (lo + 0.05)
    }
    const out: string[] = []
    for (const block of document.querySelectorAll<HTMLElement>(`.slidev-page-${no} pre.slidev-code`)) {
      const background = getComputedStyle(block).backgroundColor
      for (const span of block.querySelectorAll<HTMLElement>('.line span')) {
        const text = span.textContent?.trim()
        if (!text || span.children.length > 0)
          continue
        const style = getComputedStyle(span)
        const r = ratio(style.color, background)
        if (r < 4.5 && Number(style.opacity) > 0)
          out.push(`code "${text.slice(0, 30)}" is ${style.color} on ${background}: ${r.toFixed(2)}:1`)
      }
    }
    return out
  }, at.no)
  return found.slice(0, 3).map(f => `slide ${at.no} at click ${at.clicks}: ${f} (at least 4.5:1). Change the code theme's colour (setup/shiki.ts).`)
}

/** Which of these axe targets (selectors in the page) sit inside a code block, whose contrast codeContrastProblems checks. */
export async function inCodeBlock(page: Page, targets: readonly (readonly unknown[])[]): Promise<boolean[]> {
  return page.evaluate(list => list.map(t => t.length === 1 && document.querySelector(String(t[0]))?.closest('pre.slidev-code') != null), targets.map(t => t.map(String)))
}
